namespace InventoryAdmin.Domain.Services.Contracts;

/// <summary>
/// Names one stock row: product, location, segment (tags; left-out tags take their default) and storage location
/// (none = stock outside any storage location). Pages that list rows pass the stored <see cref="SegmentKey"/> instead of tags.
/// </summary>
public sealed record StockRowRef(string Sku, string LocationCode, IReadOnlyDictionary<string, string>? Tags = null, string? StorageLocation = null,
    string? SegmentKey = null);
