namespace InventoryAdmin.Domain.Model.Availability;

/// <summary>
/// Safety stock and a low-stock threshold for one segment, optionally narrowed to a location and/or a product (SPEC §10).
/// <see cref="AnyLocation"/> / <see cref="AnyProduct"/> (0) mean "not narrowed", so the unique key (segment, location,
/// product) holds, which nullable columns would not (NULLs never collide in a unique index). A figure left null is not
/// set by this rule and falls through to a less specific one.
/// </summary>
public sealed class StockRule
{
    public const int AnyLocation = 0;
    public const int AnyProduct = 0;

    private StockRule()
    {
    }

    public StockRule(string segmentKey, int locationId, int productId, int? safetyStock, int? lowStockAt, DateTime updatedAtUtc)
    {
        SegmentKey = segmentKey;
        LocationId = locationId;
        ProductId = productId;
        Set(safetyStock, lowStockAt, updatedAtUtc);
    }

    public int Id { get; private set; }

    /// <summary>The segment's stored key with every tag's value (see <see cref="Stock.StoredSegment"/>).</summary>
    public string SegmentKey { get; private set; } = "";

    public int LocationId { get; private set; }

    public int ProductId { get; private set; }

    public int? SafetyStock { get; private set; }

    public int? LowStockAt { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    public void Set(int? safetyStock, int? lowStockAt, DateTime updatedAtUtc)
    {
        if (safetyStock < 0 || lowStockAt < 0) throw new InventoryRuleException(safetyStock < 0 ? "safetyStock" : "lowStockAt", "Must be 0 or more.");
        SafetyStock = safetyStock;
        LowStockAt = lowStockAt;
        UpdatedAtUtc = updatedAtUtc;
    }

    /// <summary>0 = segment alone, 1 = location, 2 = product, 3 = product at a location: a higher one wins.</summary>
    public int Specificity => (ProductId != AnyProduct ? 2 : 0) + (LocationId != AnyLocation ? 1 : 0);
}
