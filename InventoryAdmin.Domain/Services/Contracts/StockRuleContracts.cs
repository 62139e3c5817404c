namespace InventoryAdmin.Domain.Services.Contracts;

/// <summary>PUT /api/v1/stock-rules.</summary>
public sealed record StockRulesRequest(IReadOnlyList<StockRuleLine?>? Items);

/// <summary>A rule: the segment named by tags (left-out tags take their default), narrowed by location and/or SKU; both figures null removes it.</summary>
public sealed record StockRuleLine(Dictionary<string, string>? Tags, string? LocationCode, string? Sku, int? SafetyStock, int? LowStockAt);

/// <summary>A rule as GET /api/v1/stock-rules lists it.</summary>
public sealed record StockRuleDto(IReadOnlyDictionary<string, string> Tags, string? LocationCode, string? Sku, int? SafetyStock, int? LowStockAt);

public sealed record StockRulesAppliedDto(int Applied);
