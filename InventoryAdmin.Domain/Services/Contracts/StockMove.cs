namespace InventoryAdmin.Domain.Services.Contracts;

/// <summary>
/// Units of one segment moved between storage locations of one location (null = stock outside any storage location).
/// Tags name the segment (left-out tags take their default).
/// </summary>
public sealed record StockMove(string Sku, string LocationCode, IReadOnlyDictionary<string, string>? Tags, string? FromStorageLocation,
    string? ToStorageLocation, int Quantity, string? Reason = null);
