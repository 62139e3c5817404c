namespace InventoryAdmin.Domain.Model.Availability;

/// <summary>
/// A segment's figures after a change, written by database triggers on the segments table (so every writer is seen,
/// in its own transaction) and by a stock rule change. On PostgreSQL <see cref="TxId"/> is the writing transaction's id
/// (xid8): readers only take changes of transactions older than every one still running, so a change that commits
/// while a reader reads is never skipped. On SQLite (one writer at a time) it is 0 and the id order is the commit order.
/// </summary>
public sealed class SegmentChange
{
    private SegmentChange()
    {
    }

    public long Id { get; private set; }

    public long TxId { get; private set; }

    public int ProductId { get; private set; }

    public int LocationId { get; private set; }

    public string SegmentKey { get; private set; } = "";

    public int OnHand { get; private set; }

    public int Locked { get; private set; }

    public int Allocated { get; private set; }

    public DateTime ChangedAtUtc { get; private set; }

    public int Available => Math.Max(0, OnHand - Locked - Allocated);
}
