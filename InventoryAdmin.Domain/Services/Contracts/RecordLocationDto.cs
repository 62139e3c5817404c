namespace InventoryAdmin.Domain.Services.Contracts;

/// <summary>
/// A record at one location; its figures are the sums of its segments. Stock lists its stock rows (segment × storage
/// location) with their trait cascade; LocationLocked (with LockReason) when the whole location is locked. A bundle's
/// figures and segments include the bundles its components can build (when the location uses them); Bundle tells the parts.
/// </summary>
public sealed record RecordLocationDto(string LocationCode, int OnHand, int Locked, int Allocated, int Available,
    bool PendingRedistribution, IReadOnlyList<SegmentDto> Segments, IReadOnlyList<StockRowDto>? Stock = null, bool LocationLocked = false,
    string? LockReason = null, BundlePartsDto? Bundle = null);
