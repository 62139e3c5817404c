namespace InventoryAdmin.Domain.Model.Availability;

/// <summary>A segment whose promisable is at or below its low-stock threshold, since when it fell there.</summary>
public sealed class LowStockAlert
{
    private LowStockAlert()
    {
    }

    public LowStockAlert(int productId, int locationId, string segmentKey, DateTime sinceUtc)
    {
        ProductId = productId;
        LocationId = locationId;
        SegmentKey = segmentKey;
        SinceUtc = sinceUtc;
    }

    public int ProductId { get; private set; }

    public int LocationId { get; private set; }

    /// <summary>The segment's stored key, as on the segments table.</summary>
    public string SegmentKey { get; private set; } = "";

    public DateTime SinceUtc { get; private set; }
}
