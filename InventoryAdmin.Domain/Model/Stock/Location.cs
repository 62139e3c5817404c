namespace InventoryAdmin.Domain.Model.Stock;

/// <summary>A store, warehouse or DC. Higher <see cref="Priority"/> is routed to first.</summary>
public sealed class Location
{
    private Location()
    {
    }

    public Location(string code, string name, int priority = 0, bool useComponentInventory = true)
    {
        Code = code.Trim();
        Name = name.Trim();
        Priority = priority;
        UseComponentInventory = useComponentInventory;
    }

    public int Id { get; private set; }

    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public int Priority { get; private set; }

    public bool UseComponentInventory { get; private set; } = true;

    /// <summary>The whole location is locked: none of its stock is sellable, whatever its traits say.</summary>
    public bool Locked { get; private set; }

    public string? LockReason { get; private set; }

    public string? LockedBy { get; private set; }

    public DateTime? LockedAtUtc { get; private set; }

    public void Lock(string reason, string by, DateTime atUtc) => (Locked, LockReason, LockedBy, LockedAtUtc) = (true, reason, by, atUtc);

    public void Unlock() => (Locked, LockReason, LockedBy, LockedAtUtc) = (false, null, null, null);

    public void Update(string name, int priority, bool useComponentInventory)
    {
        Name = name.Trim();
        Priority = priority;
        UseComponentInventory = useComponentInventory;
    }
}
