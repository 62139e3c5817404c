namespace InventoryAdmin.Domain.Services.Contracts;

/// <summary>A record at one location; its figures are the sums of its segments.</summary>
public sealed record RecordLocationDto(string LocationCode, int OnHand, int Locked, int Allocated, int Available,
    bool PendingRedistribution, IReadOnlyList<SegmentDto> Segments);
