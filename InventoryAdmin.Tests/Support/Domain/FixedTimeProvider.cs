namespace InventoryAdmin.Tests.Support.Domain;

/// <summary>A clock that always says the same instant, so ledger timestamps can be asserted.</summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
