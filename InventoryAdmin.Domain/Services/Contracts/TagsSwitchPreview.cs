namespace InventoryAdmin.Domain.Services.Contracts;

/// <summary>
/// What turning the Enable Inventory Tags switch would do to the stock, for the confirmation that asks first.
/// </summary>
/// <param name="TagsEnabled">The switch as it is now.</param>
/// <param name="Tags">How many tags exist (kept either way).</param>
/// <param name="Records">Inventory records (product at a location) holding stock.</param>
/// <param name="Units">Units on hand in those records.</param>
/// <param name="Segments">Stored segments holding stock, summed over the records (each record counts its own).</param>
/// <param name="SplitRecords">Records whose stock sits in more than one stored segment.</param>
/// <param name="UnitsInDefaultSegment">Units stored in the segment of every tag's default value.</param>
/// <param name="Allocated">Units allocated to open orders.</param>
/// <param name="DefaultSegment">The defaults' segment for people, e.g. "Channel=Kibo, OrderType=STH".</param>
/// <param name="HasPercentageTags">True when a redistribution would split records by percentages.</param>
public sealed record TagsSwitchPreview(bool TagsEnabled, int Tags, int Records, long Units, int Segments, int SplitRecords,
    long UnitsInDefaultSegment, long Allocated, string DefaultSegment, bool HasPercentageTags)
{
    /// <summary>Units stored outside the defaults' segment: they come back in their own segments when tags are on.</summary>
    public long UnitsInOtherSegments => Units - UnitsInDefaultSegment;
}
