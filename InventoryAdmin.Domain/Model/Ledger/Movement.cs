namespace InventoryAdmin.Domain.Model.Ledger;

/// <summary>An immutable ledger entry: one change of one stock quantity, who made it and why.</summary>
public sealed class Movement
{
    private Movement()
    {
    }

    public Movement(DateTime atUtc, string actor, MovementSource source, string reason, int productId, int locationId,
        string segmentKey, int before, int after, string? reference = null)
    {
        AtUtc = atUtc;
        Actor = actor;
        Source = source;
        Reason = reason;
        ProductId = productId;
        LocationId = locationId;
        SegmentKey = segmentKey;
        Before = before;
        Delta = after - before;
        After = after;
        Reference = reference;
    }

    public long Id { get; private set; }

    public DateTime AtUtc { get; private set; }

    public string Actor { get; private set; } = "";

    public MovementSource Source { get; private set; }

    public string Reason { get; private set; } = "";

    public int ProductId { get; private set; }

    public int LocationId { get; private set; }

    public string SegmentKey { get; private set; } = "";

    public int Before { get; private set; }

    public int Delta { get; private set; }

    public int After { get; private set; }

    public string? Reference { get; private set; }

    /// <summary>The stock row's storage location (0 = none).</summary>
    public int StorageLocationId { get; private set; }

    /// <summary>How the Locked figure changed: ±units when a lock or trait change (Delta 0) or a change of locked units.</summary>
    public int LockedDelta { get; private set; }

    /// <summary>How the Allocated figure of the segment changed: + when an order reserves units, − when they are fulfilled or cancelled.</summary>
    public int AllocatedDelta { get; private set; }
}
