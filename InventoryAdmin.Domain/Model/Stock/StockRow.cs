namespace InventoryAdmin.Domain.Model.Stock;

/// <summary>Units of one product at one location in one segment (stored as <see cref="StoredSegment"/>).</summary>
public sealed class StockRow
{
    private StockRow()
    {
    }

    public StockRow(int productId, int locationId, string segmentKey, int quantity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(quantity);
        ProductId = productId;
        LocationId = locationId;
        SegmentKey = segmentKey;
        Quantity = quantity;
    }

    public long Id { get; private set; }

    public int ProductId { get; private set; }

    public int LocationId { get; private set; }

    /// <summary>The segment's tag value ids, see <see cref="StoredSegment"/>.</summary>
    public string SegmentKey { get; private set; } = "";

    public int Quantity { get; private set; }
}
