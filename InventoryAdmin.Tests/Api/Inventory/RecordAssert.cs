using System.Text.Json;

namespace InventoryAdmin.Tests.Api.Inventory;

/// <summary>
/// Checks on the <c>Record</c> documents of API.md. <see cref="SumsAddUp"/> is the SPEC §2 invariant a user of the
/// grid and of the API relies on: each location's figures are the sums of its segments and <c>totals</c> the sums
/// of the locations; every answer that returns figures is checked with it.
/// </summary>
internal static class RecordAssert
{
    public static readonly string[] FigureNames = ["onHand", "locked", "allocated", "available"];

    /// <summary>Every location's figures equal the sums of its segments; <c>totals</c> equal the sums of the locations.</summary>
    public static void SumsAddUp(JsonElement record)
    {
        var sku = record.GetProperty("sku").GetString();
        var locations = record.GetProperty("locations").EnumerateArray().ToList();
        foreach (var location in locations)
        {
            var code = location.GetProperty("locationCode").GetString();
            var segments = location.GetProperty("segments").EnumerateArray().ToList();
            foreach (var segment in segments)
            {
                var onHand = segment.GetProperty("onHand").GetInt32();
                var locked = segment.GetProperty("locked").GetInt32();
                var allocated = segment.GetProperty("allocated").GetInt32();
                Assert.True(segment.GetProperty("available").GetInt32() == Math.Max(0, onHand - locked - allocated),
                    $"{sku} at {code}: a segment's available is not max(0, onHand − locked − allocated): {segment}");
                Assert.True(segment.GetProperty("short").GetBoolean() == allocated > onHand - locked, $"{sku} at {code}: wrong short flag: {segment}");
            }

            foreach (var figure in FigureNames)
                Assert.True(location.GetProperty(figure).GetInt32() == segments.Sum(s => s.GetProperty(figure).GetInt32()),
                    $"{sku} at {code}: {figure} is not the sum of the segments: {location}");
        }

        var totals = record.GetProperty("totals");
        foreach (var figure in FigureNames)
            Assert.True(totals.GetProperty(figure).GetInt32() == locations.Sum(l => l.GetProperty(figure).GetInt32()),
                $"{sku}: totals.{figure} is not the sum of the locations: {record}");
    }

    /// <summary><see cref="SumsAddUp"/> for every record of a <c>{ items, total }</c> page.</summary>
    public static void PageSumsAddUp(JsonElement page)
    {
        foreach (var record in page.GetProperty("items").EnumerateArray())
            SumsAddUp(record);
    }

    public static JsonElement Location(JsonElement record, string locationCode) =>
        Assert.Single(record.GetProperty("locations").EnumerateArray(), l => l.GetProperty("locationCode").GetString() == locationCode);

    /// <summary>The segment whose tags map is exactly the given tags.</summary>
    public static JsonElement Segment(JsonElement location, params (string Tag, string Value)[] tags) =>
        Assert.Single(location.GetProperty("segments").EnumerateArray(), s => HasTags(s.GetProperty("tags"), tags));

    /// <summary>On Hand of the (Channel, OrderType) segment, 0 when the location lists no such segment.</summary>
    public static int OnHand(JsonElement location, string channel, string orderType) =>
        location.GetProperty("segments").EnumerateArray()
            .Where(s => HasTags(s.GetProperty("tags"), ("Channel", channel), ("OrderType", orderType)))
            .Sum(s => s.GetProperty("onHand").GetInt32());

    /// <summary>The (Channel, OrderType) → On Hand of every segment listed, for comparing a whole location at once.</summary>
    public static IReadOnlyList<string> ChannelOrderTypeSegments(JsonElement location) =>
        location.GetProperty("segments").EnumerateArray()
            .Select(s => $"{s.GetProperty("tags").GetProperty("Channel").GetString()}/{s.GetProperty("tags").GetProperty("OrderType").GetString()}={s.GetProperty("onHand").GetInt32()}")
            .Order(StringComparer.Ordinal)
            .ToList();

    public static bool HasTags(JsonElement map, params (string Tag, string Value)[] tags)
    {
        var actual = map.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString());
        return actual.Count == tags.Length && tags.All(t => actual.TryGetValue(t.Tag, out var v) && v == t.Value);
    }
}
