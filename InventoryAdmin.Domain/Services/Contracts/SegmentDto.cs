namespace InventoryAdmin.Domain.Services.Contracts;

/// <summary>
/// A segment of a record at one location: its tags and four figures; Short when allocated exceeds what can be picked;
/// SafetyStock from the stock rules and Promisable = max(0, Available − SafetyStock), what channels are told (SPEC §10).
/// </summary>
public sealed record SegmentDto(IReadOnlyDictionary<string, string> Tags, int OnHand, int Locked, int Allocated, int Available, bool Short,
    int SafetyStock = 0)
{
    public int Promisable => Math.Max(0, Available - SafetyStock);
}
