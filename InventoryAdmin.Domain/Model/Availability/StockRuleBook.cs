namespace InventoryAdmin.Domain.Model.Availability;

/// <summary>
/// The rules in force, resolved per segment: for each figure the most specific rule that sets it wins
/// (product + location, then product, then location, then the segment alone); none = 0 safety stock, no threshold.
/// Keys are canonical stored keys (every tag's value), see <c>TagCatalogue.Canonical</c>.
/// </summary>
public sealed class StockRuleBook
{
    public static readonly StockRuleBook Empty = new([]);

    private readonly Dictionary<(string Key, int LocationId, int ProductId), StockRule> rules;

    public StockRuleBook(IEnumerable<StockRule> rules)
    {
        this.rules = rules.ToDictionary(r => (r.SegmentKey, r.LocationId, r.ProductId));
    }

    public bool IsEmpty => rules.Count == 0;

    public StockLevels Resolve(int productId, int locationId, string canonicalKey)
    {
        if (rules.Count == 0) return StockLevels.None;
        int? safety = null, low = null;
        foreach (var (location, product) in new[] { (locationId, productId), (StockRule.AnyLocation, productId), (locationId, StockRule.AnyProduct),
                     (StockRule.AnyLocation, StockRule.AnyProduct) })
        {
            if (!rules.TryGetValue((canonicalKey, location, product), out var rule)) continue;
            safety ??= rule.SafetyStock;
            low ??= rule.LowStockAt;
        }

        return new StockLevels(safety ?? 0, low);
    }
}
