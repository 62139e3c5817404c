namespace InventoryAdmin.Domain.Model.Tags;

/// <summary>The units a split gives one segment.</summary>
public sealed record SegmentShare(SegmentKey Key, int Units);
