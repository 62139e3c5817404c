namespace InventoryAdmin.Domain.Services;

/// <summary>
/// In-process change feed (a singleton). Services publish after their transaction commits; live pages
/// subscribe and must unsubscribe when their circuit ends.
/// </summary>
public sealed class InventoryChanges
{
    public event Action<InventoryChange>? Changed;

    public void Publish(InventoryChange change) => Changed?.Invoke(change);
}
