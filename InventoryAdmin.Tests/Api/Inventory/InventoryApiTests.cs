using System.Net;
using System.Net.Http.Json;
using InventoryAdmin.Tests.Support;

namespace InventoryAdmin.Tests.Api.Inventory;

/// <summary>Refresh and adjust through the API, read back as the Record document of API.md.</summary>
public class InventoryApiTests : IAsyncLifetime
{
    private const string Sku = "TEE-RED-M";
    private const string Store = "Retailer2";

    private readonly InventoryAppFactory app;
    private InventoryArrange arrange = default!;

    public InventoryApiTests()
        : this(null)
    {
    }

    /// <param name="postgreSqlDatabase">Run the app on PostgreSQL, on this (new) database of the test cluster (see the PostgreSQL subclass).</param>
    protected InventoryApiTests(string? postgreSqlDatabase) => app = new InventoryAppFactory(postgreSqlDatabase: postgreSqlDatabase);

    public async Task InitializeAsync()
    {
        arrange = await InventoryArrange.CreateAsync(app);
        await arrange.LocationAsync(Store, "Retailer 2");
        await arrange.ProductAsync(Sku, "Tee red M", upc: "0012345678905");
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Refresh_TenUnitsWithoutTags_SplitsByPercentagesIntoFourSegmentsWithFourMovements()
    {
        await arrange.ChannelAndOrderTypeAsync();

        var result = await arrange.RefreshAsync(new { sku = Sku, locationCode = Store, quantity = 10 });

        Assert.Equal(1, result.GetProperty("applied").GetInt32());
        Assert.Equal(4, result.GetProperty("movements").GetInt32());
        var location = RecordAssert.Location(await arrange.RecordAsync(Sku, Store), Store);
        Assert.Equal(["Amazon/STH=1", "Kibo/BOPIS=2", "Kibo/STH=6", "Walmart/STH=1"], RecordAssert.ChannelOrderTypeSegments(location));
        var kiboSth = RecordAssert.Segment(location, ("Channel", "Kibo"), ("OrderType", "STH"));
        Assert.Equal(6, kiboSth.GetProperty("onHand").GetInt32());
        Assert.Equal(0, kiboSth.GetProperty("locked").GetInt32());
        Assert.Equal(0, kiboSth.GetProperty("allocated").GetInt32());
        Assert.Equal(6, kiboSth.GetProperty("available").GetInt32());
        Assert.False(kiboSth.GetProperty("short").GetBoolean());
        Assert.Equal(10, location.GetProperty("onHand").GetInt32());
        Assert.Equal(10, location.GetProperty("available").GetInt32());
    }

    [Fact]
    public async Task Refresh_WithTags_SetsOnlyThatSegment()
    {
        await arrange.ChannelAndOrderTypeAsync();
        await arrange.RefreshAsync(new { sku = Sku, locationCode = Store, quantity = 10 });

        var result = await arrange.RefreshAsync(new { sku = Sku, locationCode = Store, tags = new Dictionary<string, string> { ["Channel"] = "Amazon" }, quantity = 5 });

        Assert.Equal(1, result.GetProperty("movements").GetInt32());
        var record = await arrange.RecordAsync(Sku, Store);
        var location = RecordAssert.Location(record, Store);
        Assert.Equal(["Amazon/STH=5", "Kibo/BOPIS=2", "Kibo/STH=6", "Walmart/STH=1"], RecordAssert.ChannelOrderTypeSegments(location));
        Assert.Equal(14, record.GetProperty("totals").GetProperty("onHand").GetInt32());
    }

    [Fact]
    public async Task Refresh_BothTagsGiven_CreatesThatSegmentOnly()
    {
        await arrange.ChannelAndOrderTypeAsync();

        var result = await arrange.RefreshAsync(new
        {
            sku = Sku, locationCode = Store, tags = new Dictionary<string, string> { ["Channel"] = "Walmart", ["OrderType"] = "BOPIS" }, quantity = 3,
        });

        Assert.Equal(1, result.GetProperty("movements").GetInt32());
        var location = RecordAssert.Location(await arrange.RecordAsync(Sku, Store), Store);
        Assert.Equal(["Walmart/BOPIS=3"], RecordAssert.ChannelOrderTypeSegments(location));
    }

    [Fact]
    public async Task Refresh_TagNamesAndValuesInOtherCase_SetTheSameSegment()
    {
        await arrange.ChannelAndOrderTypeAsync();

        await arrange.RefreshAsync(new { sku = Sku, locationCode = "retailer2", tags = new Dictionary<string, string> { ["channel"] = "amazon", ["ORDERTYPE"] = "bopis" }, quantity = 4 });

        var location = RecordAssert.Location(await arrange.RecordAsync(Sku), Store);
        Assert.Equal(4, RecordAssert.Segment(location, ("Channel", "Amazon"), ("OrderType", "BOPIS")).GetProperty("onHand").GetInt32());
    }

    [Fact]
    public async Task Refresh_SameCountAgain_AppliesTheLineButWritesNoMovement()
    {
        await arrange.ChannelAndOrderTypeAsync();
        await arrange.RefreshAsync(new { sku = Sku, locationCode = Store, quantity = 10 });

        var result = await arrange.RefreshAsync(new { sku = Sku, locationCode = Store, quantity = 10 });

        Assert.Equal(1, result.GetProperty("applied").GetInt32());
        Assert.Equal(0, result.GetProperty("movements").GetInt32());
        Assert.Equal(10, (await arrange.RecordAsync(Sku)).GetProperty("totals").GetProperty("onHand").GetInt32());
    }

    [Fact]
    public async Task Refresh_SegmentToZero_RemovesThatSegmentAndKeepsTheOthers()
    {
        await arrange.ChannelAndOrderTypeAsync();
        await arrange.RefreshAsync(new { sku = Sku, locationCode = Store, quantity = 10 });

        await arrange.RefreshAsync(new { sku = Sku, locationCode = Store, tags = new Dictionary<string, string> { ["Channel"] = "Walmart" }, quantity = 0 });

        var location = RecordAssert.Location(await arrange.RecordAsync(Sku, Store), Store);
        Assert.Equal(["Amazon/STH=1", "Kibo/BOPIS=2", "Kibo/STH=6"], RecordAssert.ChannelOrderTypeSegments(location));
    }

    [Fact]
    public async Task Refresh_LowerCountWithoutTags_TakesTheDifferenceFromTheSegmentsInProportion()
    {
        await arrange.ChannelAndOrderTypeAsync();
        await arrange.RefreshAsync(new { sku = Sku, locationCode = Store, tags = new Dictionary<string, string> { ["Channel"] = "Kibo" }, quantity = 30 });
        await arrange.RefreshAsync(new { sku = Sku, locationCode = Store, tags = new Dictionary<string, string> { ["Channel"] = "Amazon" }, quantity = 10 });

        await arrange.RefreshAsync(new { sku = Sku, locationCode = Store, quantity = 20 });

        var location = RecordAssert.Location(await arrange.RecordAsync(Sku, Store), Store);
        Assert.Equal(["Amazon/STH=5", "Kibo/STH=15"], RecordAssert.ChannelOrderTypeSegments(location));
    }

    [Fact]
    public async Task Refresh_TagsDisabled_KeepsOneSegmentWithAnEmptyTagsMap()
    {
        var result = await arrange.RefreshAsync(new { sku = Sku, locationCode = Store, quantity = 10 });

        Assert.Equal(1, result.GetProperty("movements").GetInt32());
        var location = RecordAssert.Location(await arrange.RecordAsync(Sku), Store);
        var segment = Assert.Single(location.GetProperty("segments").EnumerateArray());
        Assert.Empty(segment.GetProperty("tags").EnumerateObject());
        Assert.Equal(10, segment.GetProperty("onHand").GetInt32());
    }

    [Fact]
    public async Task Refresh_OnlyDiscreteTagsAndNoTagsGiven_SetsTheDefaultSegment()
    {
        await arrange.TagAsync(new
        {
            name = "Condition",
            values = new object[] { new { name = "New", percent = (decimal?)null }, new { name = "Refurbished", percent = (decimal?)null } },
            defaultValue = "New",
        });
        await arrange.EnableTagsAsync();

        var result = await arrange.RefreshAsync(new { sku = Sku, locationCode = Store, quantity = 10 });

        Assert.Equal(1, result.GetProperty("movements").GetInt32());
        var location = RecordAssert.Location(await arrange.RecordAsync(Sku), Store);
        var segment = RecordAssert.Segment(location, ("Condition", "New"));
        Assert.Equal(10, segment.GetProperty("onHand").GetInt32());
        Assert.Single(location.GetProperty("segments").EnumerateArray());
    }

    [Fact]
    public async Task Adjust_NegativeDeltaOnSegment_LowersThatSegmentOnly()
    {
        await arrange.ChannelAndOrderTypeAsync();
        await arrange.RefreshAsync(new { sku = Sku, locationCode = Store, quantity = 10 });

        var result = await arrange.AdjustAsync(new
        {
            sku = Sku, locationCode = Store, tags = new Dictionary<string, string> { ["Channel"] = "Kibo", ["OrderType"] = "STH" }, delta = -4,
        });

        Assert.Equal(1, result.GetProperty("applied").GetInt32());
        Assert.Equal(1, result.GetProperty("movements").GetInt32());
        var location = RecordAssert.Location(await arrange.RecordAsync(Sku, Store), Store);
        Assert.Equal(["Amazon/STH=1", "Kibo/BOPIS=2", "Kibo/STH=2", "Walmart/STH=1"], RecordAssert.ChannelOrderTypeSegments(location));
        Assert.Equal(6, location.GetProperty("available").GetInt32());
    }

    [Fact]
    public async Task Adjust_NegativeDeltaWithoutTags_TakesFromTheSegmentsInProportionToTheirFreeUnits()
    {
        await arrange.ChannelAndOrderTypeAsync();
        await arrange.RefreshAsync(new { sku = Sku, locationCode = Store, quantity = 10 });

        await arrange.AdjustAsync(new { sku = Sku, locationCode = Store, delta = -5 });

        var location = RecordAssert.Location(await arrange.RecordAsync(Sku, Store), Store);
        Assert.Equal(5, location.GetProperty("onHand").GetInt32());
        Assert.Equal(3, RecordAssert.OnHand(location, "Kibo", "STH"));
        Assert.Equal(1, RecordAssert.OnHand(location, "Kibo", "BOPIS"));
        Assert.Equal(1, RecordAssert.OnHand(location, "Amazon", "STH") + RecordAssert.OnHand(location, "Walmart", "STH"));
    }

    [Fact]
    public async Task Adjust_PositiveDeltaWithoutTags_SplitsTheDeltaByPercentages()
    {
        await arrange.ChannelAndOrderTypeAsync();
        await arrange.RefreshAsync(new { sku = Sku, locationCode = Store, quantity = 10 });

        var result = await arrange.AdjustAsync(new { sku = Sku, locationCode = Store, delta = 10 });

        Assert.Equal(4, result.GetProperty("movements").GetInt32());
        var location = RecordAssert.Location(await arrange.RecordAsync(Sku, Store), Store);
        Assert.Equal(["Amazon/STH=2", "Kibo/BOPIS=4", "Kibo/STH=12", "Walmart/STH=2"], RecordAssert.ChannelOrderTypeSegments(location));
    }

    [Fact]
    public async Task Adjust_BelowZero_Returns422NamingDeltaAndChangesNothing()
    {
        await arrange.RefreshAsync(new { sku = Sku, locationCode = Store, quantity = 3 });
        var before = await InventoryStoreSnapshot.TakeAsync(app);

        var response = await arrange.Stock.PostAsJsonAsync("/api/v1/inventory/adjust", new { items = new[] { new { sku = Sku, locationCode = Store, delta = -4 } } });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.NotEmpty(ProblemAssert.ErrorsFor(problem, "items[0].delta"));
        Assert.Equal(before, await InventoryStoreSnapshot.TakeAsync(app));
        Assert.Equal(3, (await arrange.RecordAsync(Sku)).GetProperty("totals").GetProperty("onHand").GetInt32());
    }

    [Fact]
    public async Task RefreshAndAdjust_ByUpc_ChangeTheProductWithThatUpc()
    {
        await arrange.ProductAsync("TEE-BLUE-M", "Tee blue M", upc: "0012345678912");

        await arrange.RefreshAsync(new { upc = "0012345678905", locationCode = Store, quantity = 7 });
        await arrange.AdjustAsync(new { upc = "0012345678905", locationCode = Store, delta = 2 });

        Assert.Equal(9, (await arrange.RecordAsync(Sku)).GetProperty("totals").GetProperty("onHand").GetInt32());
        Assert.Equal(0, (await arrange.RecordAsync("TEE-BLUE-M")).GetProperty("totals").GetProperty("onHand").GetInt32());
    }

    [Fact]
    public async Task Refresh_UnknownUpc_Returns404NamingUpc()
    {
        var response = await arrange.Stock.PostAsJsonAsync("/api/v1/inventory/refresh", new { items = new[] { new { upc = "999", locationCode = Store, quantity = 1 } } });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Contains("999", Assert.Single(ProblemAssert.ErrorsFor(problem, "items[0].upc")));
    }
}
