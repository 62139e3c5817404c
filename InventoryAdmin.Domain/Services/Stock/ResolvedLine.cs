namespace InventoryAdmin.Domain.Services.Stock;

/// <summary>
/// A stock line after validation: ids instead of codes, the segment as a stored key (null = spread), the storage
/// location's id (0 = none).
/// </summary>
internal sealed record ResolvedLine(int Index, int ProductId, int LocationId, string? SegmentKey, int Amount, string Reason, string? Reference,
    int StorageLocationId = 0);
