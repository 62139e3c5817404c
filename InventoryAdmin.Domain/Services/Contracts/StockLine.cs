namespace InventoryAdmin.Domain.Services.Contracts;

/// <summary>
/// One line of a refresh (Amount = counted On Hand) or an adjust (Amount = signed delta). Product by SKU or UPC;
/// Tags name a segment (tags left out take their default) or, when null, the change is spread over the record.
/// StorageLocation names the bin the line counts or changes; without one, the line is about the stock kept at the
/// location outside any storage location.
/// </summary>
public sealed record StockLine(string? Sku, string? Upc, string? LocationCode, IReadOnlyDictionary<string, string>? Tags, int Amount,
    string? Reason = null, string? Reference = null, string? StorageLocation = null);
