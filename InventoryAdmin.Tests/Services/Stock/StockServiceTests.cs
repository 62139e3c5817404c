using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Model.Ledger;
using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Tests.Support.Domain;
using InventoryAdmin.Tests.Support.Stock;
using static InventoryAdmin.Tests.Support.Stock.StockTestBed;

namespace InventoryAdmin.Tests.Services.Stock;

/// <summary>Refresh and adjust of one record: spread by percentages or into a named segment.</summary>
public class StockServiceTests : StockServiceTestBase
{
    public StockServiceTests()
        : this(null)
    {
    }

    /// <summary>The same tests on another engine (see the PostgreSQL subclass).</summary>
    protected StockServiceTests(InventoryTestStore? store)
        : base(store)
    {
    }

    // Spread and named segments

    [Fact]
    public async Task RefreshAsync_NoTagsGiven_SplitsTheCountLikeTheSpecExample()
    {
        await _bed.UseSpecTagsAsync();

        await RefreshAsync(Line(Shirt, Store, 10));

        var location = await LocationAsync(Shirt, Store);
        Assert.Equal([("Kibo/STH", 6), ("Kibo/BOPIS", 2), ("Amazon/STH", 1), ("Walmart/STH", 1)], OnHandBySegment(location));
        Assert.Equal(10, location.OnHand);
    }

    [Fact]
    public async Task RefreshAsync_NoTagsGivenBelowCurrent_TakesOnlyTheDifference()
    {
        await _bed.UseSpecTagsAsync();
        await RefreshAsync(Line(Shirt, Store, 100));

        await RefreshAsync(Line(Shirt, Store, 90));

        Assert.Equal(
            [("Kibo/STH", 50), ("Kibo/BOPIS", 22), ("Amazon/STH", 6), ("Amazon/BOPIS", 3), ("Walmart/STH", 6), ("Walmart/BOPIS", 3)],
            await SegmentsAsync(Shirt, Store));
    }

    [Fact]
    public async Task RefreshAsync_SegmentGiven_SetsThatSegmentOnly()
    {
        await _bed.UseSpecTagsAsync();
        await RefreshAsync(Line(Shirt, Store, 10));

        await RefreshAsync(Line(Shirt, Store, 5, ("Channel", "Amazon"), ("OrderType", "BOPIS")));

        Assert.Equal([("Kibo/STH", 6), ("Kibo/BOPIS", 2), ("Amazon/STH", 1), ("Amazon/BOPIS", 5), ("Walmart/STH", 1)],
            await SegmentsAsync(Shirt, Store));
    }

    [Fact]
    public async Task RefreshAsync_SegmentGivenWithATagLeftOut_SetsTheSegmentWithThatTagsDefault()
    {
        await _bed.UseSpecTagsAsync();
        await RefreshAsync(Line(Shirt, Store, 10));

        await RefreshAsync(Line(Shirt, Store, 4, ("channel", "AMAZON")));

        Assert.Equal([("Kibo/STH", 6), ("Kibo/BOPIS", 2), ("Amazon/STH", 4), ("Walmart/STH", 1)], await SegmentsAsync(Shirt, Store));
    }

    [Fact]
    public async Task AdjustAsync_PositiveWithoutTags_SplitsTheDeltaByThePercentages()
    {
        await _bed.UseSpecTagsAsync();
        await RefreshAsync(Line(Shirt, Store, 3, ("Channel", "Walmart")));

        await AdjustAsync(Line(Shirt, Store, 10));

        Assert.Equal([("Kibo/STH", 6), ("Kibo/BOPIS", 2), ("Amazon/STH", 1), ("Walmart/STH", 4)], await SegmentsAsync(Shirt, Store));
    }

    [Fact]
    public async Task AdjustAsync_NegativeWithoutTags_TakesFromFreeUnitsInProportion()
    {
        await _bed.UseSpecTagsAsync();
        await RefreshAsync(Line(Shirt, Store, 100));

        await AdjustAsync(Line(Shirt, Store, -10));

        // 56/24/7/3/7/3 lose 5.6/2.4/0.7/0.3/0.7/0.3, rounded by largest remainder to 6/2/1/0/1/0.
        Assert.Equal(
            [("Kibo/STH", 50), ("Kibo/BOPIS", 22), ("Amazon/STH", 6), ("Amazon/BOPIS", 3), ("Walmart/STH", 6), ("Walmart/BOPIS", 3)],
            await SegmentsAsync(Shirt, Store));
    }

    [Fact]
    public async Task AdjustAsync_SegmentGiven_ChangesThatSegmentOnly()
    {
        await _bed.UseSpecTagsAsync();
        await RefreshAsync(Line(Shirt, Store, 10));

        await AdjustAsync(Line(Shirt, Store, -5, ("Channel", "Kibo"), ("OrderType", "STH")), Line(Shirt, Store, 3, ("OrderType", "BOPIS")));

        Assert.Equal([("Kibo/STH", 1), ("Kibo/BOPIS", 5), ("Amazon/STH", 1), ("Walmart/STH", 1)], await SegmentsAsync(Shirt, Store));
    }

    [Fact]
    public async Task AdjustAsync_SegmentBelowZeroWhileRecordHasEnough_IsRefused()
    {
        await _bed.UseSpecTagsAsync();
        await RefreshAsync(Line(Shirt, Store, 10));
        var before = await _bed.SnapshotAsync();

        var exception = await Assert.ThrowsAsync<InventoryRuleException>(() => AdjustAsync(Line(Shirt, Store, -2, ("Channel", "Amazon"))));

        Assert.Equal(RuleViolationKind.Invalid, exception.Kind);
        Assert.Equal("The segment has 1 on hand; it cannot go below 0 (delta -2).", Assert.Single(exception.Errors["items[0].delta"]));
        Assert.Equal(before, await _bed.SnapshotAsync());
    }

    [Fact]
    public async Task RefreshAsync_ProductByUpc_UpdatesThatProduct()
    {
        await _bed.UseSpecTagsAsync();

        await RefreshAsync(new StockLine(null, JeansUpc, Store, null, 10));

        Assert.Equal(10, (await LocationAsync(Jeans, Store)).OnHand);
        Assert.Empty((await _bed.Query.GetRecordAsync(Shirt)).Locations);
    }

    [Fact]
    public async Task RefreshAsync_UnknownUpc_IsRefusedAsNotFound()
    {
        var exception = await Assert.ThrowsAsync<InventoryRuleException>(() => RefreshAsync(new StockLine(null, "999", Store, null, 10)));

        Assert.Equal(RuleViolationKind.NotFound, exception.Kind);
        Assert.Equal("There is no product with UPC '999'.", Assert.Single(exception.Errors["items[0].upc"]));
    }

    [Fact]
    public async Task RefreshAsync_SkuAndLocationInOtherCase_FindsThem()
    {
        await RefreshAsync(Line(Shirt.ToLowerInvariant(), " retailer2 ", 7));

        Assert.Equal(7, (await LocationAsync(Shirt, Store)).OnHand);
    }

    [Fact]
    public async Task RefreshAsync_UnknownLocation_IsRefusedAsNotFound()
    {
        var exception = await Assert.ThrowsAsync<InventoryRuleException>(() => RefreshAsync(Line(Shirt, "Nowhere", 10)));

        Assert.Equal(RuleViolationKind.NotFound, exception.Kind);
        Assert.Equal("There is no location with code 'Nowhere'.", Assert.Single(exception.Errors["items[0].locationCode"]));
    }

    [Fact]
    public async Task RefreshAsync_NoLines_IsRefused()
    {
        var exception = await Assert.ThrowsAsync<InventoryRuleException>(() => RefreshAsync());

        Assert.Contains("items", exception.Errors.Keys);
    }

    [Fact]
    public async Task RefreshAsync_OnlyDiscreteTagsAndNoTagsGiven_SetsTheDefaultSegmentOnly()
    {
        await _bed.Tags.CreateAsync(Draft("Defective", "No", ("No", null), ("Yes", null)), Manager);
        await _bed.Settings.SetTagsEnabledAsync(true);
        await RefreshAsync(Line(Shirt, Store, 4, ("Defective", "Yes")));

        await RefreshAsync(Line(Shirt, Store, 10));

        var segments = (await LocationAsync(Shirt, Store)).Segments.Select(s => (s.Tags["Defective"], s.OnHand));
        Assert.Equal([("No", 10), ("Yes", 4)], segments);
    }

    // Tags disabled

    [Fact]
    public async Task RefreshAsync_TagsDisabled_KeepsTheRecordAsOneSegment()
    {
        await _bed.UseSpecTagsAsync(enabled: false);

        await RefreshAsync(Line(Shirt, Store, 10));

        var row = Assert.Single(await _bed.StockRowsAsync());
        Assert.Equal(await _bed.KeyOfAsync(), row.SegmentKey);
        Assert.Equal(10, row.Quantity);
        var segment = Assert.Single((await LocationAsync(Shirt, Store)).Segments);
        Assert.Empty(segment.Tags);
        Assert.Equal(10, segment.OnHand);
    }

    [Fact]
    public async Task RefreshAsync_TagsDisabledAndLineNamesTags_StillSetsTheWholeRecord()
    {
        await _bed.UseSpecTagsAsync(enabled: false);
        await RefreshAsync(Line(Shirt, Store, 10));

        await RefreshAsync(Line(Shirt, Store, 4, ("Channel", "Amazon")));

        var row = Assert.Single(await _bed.StockRowsAsync());
        Assert.Equal(4, row.Quantity);
        Assert.Equal(await _bed.KeyOfAsync(), row.SegmentKey);
    }
}
