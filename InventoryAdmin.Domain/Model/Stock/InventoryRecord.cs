namespace InventoryAdmin.Domain.Model.Stock;

/// <summary>
/// One product at one location with its totals, kept by the stock writer in the same transaction as the
/// stock rows, so the grid can page and sort 100k records without summing segments first.
/// </summary>
public sealed class InventoryRecord
{
    private InventoryRecord()
    {
    }

    public long Id { get; private set; }

    public int ProductId { get; private set; }

    public int LocationId { get; private set; }

    public int OnHand { get; private set; }

    public int Locked { get; private set; }

    public int Allocated { get; private set; }

    public int Available { get; private set; }

    public bool PendingRedistribution { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }
}
