namespace InventoryAdmin.Domain.Model.Stock;

/// <summary>
/// One segment of a record with its figures: On Hand and Locked summed from its stock rows by the writers, Allocated
/// kept by the allocator. Allocation reserves units with one conditional update of this row
/// (<c>… SET Allocated = Allocated + q WHERE OnHand - Locked - Allocated &gt;= q</c>), so concurrent orders never
/// oversell a segment, on SQLite as on a server database with several app instances.
/// </summary>
public sealed class Segment
{
    private Segment()
    {
    }

    public long Id { get; private set; }

    public int ProductId { get; private set; }

    public int LocationId { get; private set; }

    /// <summary>The segment's tag value ids, see <see cref="StoredSegment"/>.</summary>
    public string SegmentKey { get; private set; } = "";

    public int OnHand { get; private set; }

    public int Locked { get; private set; }

    public int Allocated { get; private set; }

    public Figures Figures => new(OnHand, Locked, Allocated);
}
