namespace InventoryAdmin.Domain.Services.Contracts;

/// <summary>A segment of a record at one location: its tags and four figures; Short when allocated exceeds what can be picked.</summary>
public sealed record SegmentDto(IReadOnlyDictionary<string, string> Tags, int OnHand, int Locked, int Allocated, int Available, bool Short);
