using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Tests.Support.Stock;
using static InventoryAdmin.Tests.Support.Stock.StockTestBed;

namespace InventoryAdmin.Tests.Services.Stock;

public sealed class InventoryQueryServiceTests : IAsyncLifetime
{
    private const string BlackShirt = "TSHI-BLA-001";
    private const string RedShirt = "TSHI-RED-002";
    private const string Jeans = "JEAN-BLU-032";
    private const string JeansUpc = "0001234567890";
    private const string Socks = "SOCK-WHI-001";
    private const string Cap = "CAP-TSHI-009";
    private const string Store = "Retailer2";
    private const string Dc = "DC1";
    private const string Outlet = "Outlet";

    private static readonly string[] AllSkus = [Cap, Jeans, Socks, BlackShirt, RedShirt];

    private readonly StockTestBed _bed = new();

    /// <summary>
    /// Seven records: black shirt 10 at the store and 100 at the DC, red shirt 40 at the store, jeans 25 at the DC
    /// and 5 (Amazon/BOPIS) at the outlet, socks 3 (Walmart/STH) at the store, cap 60 at the outlet.
    /// </summary>
    public async Task InitializeAsync()
    {
        await _bed.InitializeAsync();
        await _bed.UseSpecTagsAsync();
        await _bed.Catalogue.PutProductAsync(BlackShirt, "T-shirt black", "0000000000011", null);
        await _bed.Catalogue.PutProductAsync(RedShirt, "T-shirt red", "0000000000022", null);
        await _bed.Catalogue.PutProductAsync(Jeans, "Jeans blue 32", JeansUpc, null);
        await _bed.Catalogue.PutProductAsync(Socks, "Socks white", null, null);
        await _bed.Catalogue.PutProductAsync(Cap, "Baseball cap", null, null);
        await _bed.AddLocationsAsync(Store, Dc, Outlet);
        await _bed.Stock.RefreshAsync(
        [
            Line(BlackShirt, Store, 10),
            Line(BlackShirt, Dc, 100),
            Line(RedShirt, Store, 40),
            Line(Jeans, Dc, 25),
            Line(Jeans, Outlet, 5, ("Channel", "Amazon"), ("OrderType", "BOPIS")),
            Line(Socks, Store, 3, ("Channel", "Walmart")),
            Line(Cap, Outlet, 60),
        ], Manager);
    }

    public Task DisposeAsync() => _bed.DisposeAsync();

    private static List<(string Sku, string Location, int OnHand)> Rows(PagedResult<GridRowDto> page) =>
        page.Items.Select(r => (r.Sku, r.LocationCode, r.OnHand)).ToList();

    private static void AssertFiguresAddUp(RecordDto record)
    {
        foreach (var location in record.Locations)
        {
            Assert.Equal(location.Segments.Sum(s => s.OnHand), location.OnHand);
            Assert.Equal(location.Segments.Sum(s => s.Locked), location.Locked);
            Assert.Equal(location.Segments.Sum(s => s.Allocated), location.Allocated);
            Assert.Equal(location.Segments.Sum(s => s.Available), location.Available);
        }

        Assert.Equal(record.Locations.Sum(l => l.OnHand), record.Totals.OnHand);
        Assert.Equal(record.Locations.Sum(l => l.Locked), record.Totals.Locked);
        Assert.Equal(record.Locations.Sum(l => l.Allocated), record.Totals.Allocated);
        Assert.Equal(record.Locations.Sum(l => l.Available), record.Totals.Available);
    }

    // Grid: paging and sorting

    [Fact]
    public async Task GridAsync_Pages_SplitTheRowsInSkuOrderWithTheTotal()
    {
        var first = await _bed.Query.GridAsync(new GridQuery(Page: 0, PageSize: 3));
        var second = await _bed.Query.GridAsync(new GridQuery(Page: 1, PageSize: 3));
        var third = await _bed.Query.GridAsync(new GridQuery(Page: 2, PageSize: 3));

        Assert.Equal([7, 7, 7], new[] { first.Total, second.Total, third.Total });
        Assert.Equal([(Cap, Outlet, 60), (Jeans, Dc, 25), (Jeans, Outlet, 5)], Rows(first));
        Assert.Equal([(Socks, Store, 3), (BlackShirt, Dc, 100), (BlackShirt, Store, 10)], Rows(second));
        Assert.Equal([(RedShirt, Store, 40)], Rows(third));
    }

    [Fact]
    public async Task GridAsync_PageBeyondTheEnd_IsEmptyWithTheTotal()
    {
        var page = await _bed.Query.GridAsync(new GridQuery(Page: 5, PageSize: 3));

        Assert.Empty(page.Items);
        Assert.Equal(7, page.Total);
    }

    [Fact]
    public async Task GridAsync_SkuDescendingPaged_PagesContinueTheReverseOrder()
    {
        var first = await _bed.Query.GridAsync(new GridQuery(Descending: true, Page: 0, PageSize: 4));
        var second = await _bed.Query.GridAsync(new GridQuery(Descending: true, Page: 1, PageSize: 4));

        Assert.Equal([(RedShirt, Store, 40), (BlackShirt, Store, 10), (BlackShirt, Dc, 100), (Socks, Store, 3)], Rows(first));
        Assert.Equal([(Jeans, Outlet, 5), (Jeans, Dc, 25), (Cap, Outlet, 60)], Rows(second));
        Assert.Equal(7, second.Total);
    }

    [Fact]
    public async Task GridAsync_SortByOnHandDescending_LargestFirst()
    {
        var page = await _bed.Query.GridAsync(new GridQuery(SortBy: "onHand", Descending: true));

        Assert.Equal([100, 60, 40, 25, 10, 5, 3], page.Items.Select(r => r.OnHand));
        Assert.Equal((BlackShirt, Dc), (page.Items[0].Sku, page.Items[0].LocationCode));
    }

    [Fact]
    public async Task GridAsync_SortByOnHandDescendingPaged_PagesContinueTheOrder()
    {
        var first = await _bed.Query.GridAsync(new GridQuery(SortBy: "onhand", Descending: true, Page: 0, PageSize: 4));
        var second = await _bed.Query.GridAsync(new GridQuery(SortBy: "onhand", Descending: true, Page: 1, PageSize: 4));

        Assert.Equal([100, 60, 40, 25], first.Items.Select(r => r.OnHand));
        Assert.Equal([10, 5, 3], second.Items.Select(r => r.OnHand));
    }

    // Grid: search and filters

    [Fact]
    public async Task GridAsync_SearchBySkuPrefix_FindsOnlySkusStartingWithIt()
    {
        var page = await _bed.Query.GridAsync(new GridQuery(Search: "TSHI"));

        Assert.Equal([(BlackShirt, Dc, 100), (BlackShirt, Store, 10), (RedShirt, Store, 40)], Rows(page));
        Assert.Equal(3, page.Total);
    }

    [Fact]
    public async Task GridAsync_SearchByExactUpc_FindsThatProduct()
    {
        var page = await _bed.Query.GridAsync(new GridQuery(Search: JeansUpc));

        Assert.Equal([(Jeans, Dc, 25), (Jeans, Outlet, 5)], Rows(page));
    }

    [Fact]
    public async Task GridAsync_SearchByPartOfUpc_FindsNothing()
    {
        var page = await _bed.Query.GridAsync(new GridQuery(Search: "000123456"));

        Assert.Empty(page.Items);
        Assert.Equal(0, page.Total);
    }

    [Fact]
    public async Task GridAsync_SearchByPartOfName_FindsMatchingNamesIgnoringCase()
    {
        var page = await _bed.Query.GridAsync(new GridQuery(Search: "SHIRT"));

        Assert.Equal([(BlackShirt, Dc, 100), (BlackShirt, Store, 10), (RedShirt, Store, 40)], Rows(page));
    }

    [Fact]
    public async Task GridAsync_LocationFilter_ShowsThatLocationOnly()
    {
        var page = await _bed.Query.GridAsync(new GridQuery(LocationCode: Dc));

        Assert.Equal([(Jeans, Dc, 25), (BlackShirt, Dc, 100)], Rows(page));
        Assert.Equal(2, page.Total);
    }

    [Fact]
    public async Task GridAsync_UnknownLocation_ThrowsNotFound()
    {
        var exception = await Assert.ThrowsAsync<InventoryRuleException>(() => _bed.Query.GridAsync(new GridQuery(LocationCode: "Nowhere")));

        Assert.Equal(RuleViolationKind.NotFound, exception.Kind);
        Assert.Contains("locationCode", exception.Errors.Keys);
    }

    [Fact]
    public async Task GridAsync_SegmentFilterChannelAmazon_ShowsTheAmazonFiguresOnly()
    {
        var page = await _bed.Query.GridAsync(new GridQuery(Segment: new Dictionary<string, string> { ["Channel"] = "Amazon" }, PageSize: 100));

        // 10 % of each spread count (the jeans' 25 rounds Amazon up to 3); the socks hold no Amazon units.
        Assert.Equal(
            [(Cap, Outlet, 6), (Jeans, Dc, 3), (Jeans, Outlet, 5), (BlackShirt, Dc, 10), (BlackShirt, Store, 1), (RedShirt, Store, 4)],
            Rows(page));
        Assert.All(page.Items, r => Assert.Equal(r.OnHand, r.Available));
    }

    [Fact]
    public async Task GridAsync_SegmentFilter_AgreesWithTheRecordsSegments()
    {
        var filter = new Dictionary<string, string> { ["channel"] = "amazon", ["OrderType"] = "BOPIS" };

        var page = await _bed.Query.GridAsync(new GridQuery(Segment: filter, PageSize: 100));

        var expected = new List<(string, string, int)>();
        foreach (var sku in AllSkus)
            foreach (var location in (await _bed.Query.GetRecordAsync(sku)).Locations)
            {
                var units = location.Segments.Where(s => Name(s) == "Amazon/BOPIS").Sum(s => s.OnHand);
                if (units > 0) expected.Add((sku, location.LocationCode, units));
            }

        Assert.Equal(expected, Rows(page));
        Assert.Contains((Jeans, Outlet, 5), Rows(page));
    }

    [Fact]
    public async Task GridAsync_SegmentLocationAndSearchTogether_KeepOnlyRowsMatchingAll()
    {
        var amazon = new Dictionary<string, string> { ["Channel"] = "Amazon" };

        var page = await _bed.Query.GridAsync(new GridQuery(Search: "shirt", LocationCode: Store, Segment: amazon));
        var byOnHand = await _bed.Query.GridAsync(new GridQuery(Segment: amazon, SortBy: "onHand", Descending: true, Page: 1, PageSize: 2));

        Assert.Equal([(BlackShirt, Store, 1), (RedShirt, Store, 4)], Rows(page));
        Assert.Equal(2, page.Total);
        Assert.Equal([(Jeans, Outlet, 5), (RedShirt, Store, 4)], Rows(byOnHand));
        Assert.Equal(6, byOnHand.Total);
    }

    [Fact]
    public async Task GridAsync_SegmentFilterWithUnknownValue_IsRefused()
    {
        var filter = new Dictionary<string, string> { ["Channel"] = "eBay" };

        var exception = await Assert.ThrowsAsync<InventoryRuleException>(() => _bed.Query.GridAsync(new GridQuery(Segment: filter)));

        Assert.Equal("'eBay' is not a value of tag 'Channel'.", Assert.Single(exception.Errors["segment"]));
    }

    [Fact]
    public async Task GridAsync_EveryRow_EqualsItsRecordsFigures()
    {
        var page = await _bed.Query.GridAsync(new GridQuery(PageSize: 100));

        foreach (var row in page.Items)
        {
            var location = Assert.Single((await _bed.Query.GetRecordAsync(row.Sku, row.LocationCode)).Locations);
            Assert.Equal((location.OnHand, location.Locked, location.Allocated, location.Available), (row.OnHand, row.Locked, row.Allocated, row.Available));
        }
    }

    // Records

    [Fact]
    public async Task GetRecordAsync_EveryProduct_LocationsSumTheirSegmentsAndTotalsSumTheLocations()
    {
        foreach (var sku in AllSkus)
            AssertFiguresAddUp(await _bed.Query.GetRecordAsync(sku));

        var shirt = await _bed.Query.GetRecordAsync(BlackShirt);
        Assert.Equal(110, shirt.Totals.OnHand);
        Assert.Equal([(Dc, 100), (Store, 10)], shirt.Locations.Select(l => (l.LocationCode, l.OnHand)));
    }

    [Fact]
    public async Task GetRecordAsync_AfterAnAdjust_StillAddsUp()
    {
        await _bed.Stock.AdjustAsync([Line(BlackShirt, Dc, -37), Line(BlackShirt, Store, 4, ("Channel", "Walmart"), ("OrderType", "BOPIS"))], Manager);

        var record = await _bed.Query.GetRecordAsync(BlackShirt);

        AssertFiguresAddUp(record);
        Assert.Equal(77, record.Totals.OnHand);
    }

    [Fact]
    public async Task GetRecordAsync_LocationGiven_ShowsThatLocationOnly()
    {
        var record = await _bed.Query.GetRecordAsync(BlackShirt, Store);

        var location = Assert.Single(record.Locations);
        Assert.Equal(Store, location.LocationCode);
        Assert.Equal(10, record.Totals.OnHand);
        Assert.Equal([("Kibo/STH", 6), ("Kibo/BOPIS", 2), ("Amazon/STH", 1), ("Walmart/STH", 1)], OnHandBySegment(location));
    }

    [Fact]
    public async Task GetRecordAsync_UnknownSku_ThrowsNotFound()
    {
        var exception = await Assert.ThrowsAsync<InventoryRuleException>(() => _bed.Query.GetRecordAsync("NO-SUCH-SKU"));

        Assert.Equal(RuleViolationKind.NotFound, exception.Kind);
        Assert.Equal("There is no product with SKU 'NO-SUCH-SKU'.", Assert.Single(exception.Errors["sku"]));
    }

    [Fact]
    public async Task GetRecordAsync_UnknownLocation_ThrowsNotFound()
    {
        var exception = await Assert.ThrowsAsync<InventoryRuleException>(() => _bed.Query.GetRecordAsync(BlackShirt, "Nowhere"));

        Assert.Equal(RuleViolationKind.NotFound, exception.Kind);
        Assert.Equal("There is no location with code 'Nowhere'.", Assert.Single(exception.Errors["locationCode"]));
    }

    [Fact]
    public async Task ListAsync_AllProducts_EveryRecordAddsUp()
    {
        var page = await _bed.Query.ListAsync(null, null, 1, 50);

        Assert.Equal(5, page.Total);
        Assert.Equal(AllSkus, page.Items.Select(r => r.Sku));
        Assert.All(page.Items, AssertFiguresAddUp);
        Assert.Equal(243, page.Items.Sum(r => r.Totals.OnHand));
    }

    [Fact]
    public async Task ListAsync_Pages_SplitTheProductsInSkuOrder()
    {
        var first = await _bed.Query.ListAsync(null, null, 1, 2);
        var third = await _bed.Query.ListAsync(null, null, 3, 2);

        Assert.Equal([Cap, Jeans], first.Items.Select(r => r.Sku));
        Assert.Equal([RedShirt], third.Items.Select(r => r.Sku));
        Assert.Equal(5, first.Total);
    }

    [Fact]
    public async Task ListAsync_SearchAndLocation_ShowsMatchingProductsAtThatLocationOnly()
    {
        var page = await _bed.Query.ListAsync("tshi", Store, 1, 50);

        Assert.Equal([BlackShirt, RedShirt], page.Items.Select(r => r.Sku));
        Assert.All(page.Items, r => Assert.Equal(Store, Assert.Single(r.Locations).LocationCode));
        Assert.Equal([10, 40], page.Items.Select(r => r.Totals.OnHand));
        Assert.All(page.Items, AssertFiguresAddUp);
    }

    [Fact]
    public async Task ListAsync_UnknownLocation_ThrowsNotFound()
    {
        var exception = await Assert.ThrowsAsync<InventoryRuleException>(() => _bed.Query.ListAsync(null, "Nowhere", 1, 50));

        Assert.Equal(RuleViolationKind.NotFound, exception.Kind);
    }

    // Movements

    [Fact]
    public async Task MovementsAsync_Pages_NewestFirst()
    {
        foreach (var (delta, reference) in new[] { (4, "A"), (-2, "B"), (10, "C") })
            await _bed.Stock.AdjustAsync([Line(Socks, Store, delta, ("Channel", "Walmart")) with { Reference = reference }], Manager);

        var first = await _bed.Query.MovementsAsync(Socks, null, 1, 2);
        var second = await _bed.Query.MovementsAsync(Socks, null, 2, 2);

        Assert.Equal(4, first.Total);
        Assert.Equal([("C", 5, 10, 15), ("B", 7, -2, 5)], first.Items.Select(m => (m.Reference!, m.Before, m.Delta, m.After)));
        Assert.Equal([("A", 3, 4, 7), (null, 0, 3, 3)], second.Items.Select(m => (m.Reference, m.Before, m.Delta, m.After)));
        var newest = first.Items[0];
        Assert.Equal(Store, newest.LocationCode);
        Assert.Equal([("Channel", "Walmart"), ("OrderType", "STH")], newest.Tags.Select(t => (t.Key, t.Value)));
        Assert.Equal((Manager.Name, "Ui", "Adjustment"), (newest.Actor, newest.Source, newest.Reason));
        Assert.Equal(Now.UtcDateTime, newest.At);
        Assert.Equal(DateTimeKind.Utc, newest.At.Kind);
    }

    [Fact]
    public async Task MovementsAsync_LocationGiven_ShowsThatLocationOnly()
    {
        var page = await _bed.Query.MovementsAsync(BlackShirt, Dc, 1, 50);

        Assert.Equal(6, page.Total);
        Assert.All(page.Items, m => Assert.Equal(Dc, m.LocationCode));
        Assert.Equal(100, page.Items.Sum(m => m.Delta));
    }

    [Fact]
    public async Task MovementsAsync_UnknownSku_ThrowsNotFound()
    {
        var exception = await Assert.ThrowsAsync<InventoryRuleException>(() => _bed.Query.MovementsAsync("NO-SUCH-SKU", null, 1, 10));

        Assert.Equal(RuleViolationKind.NotFound, exception.Kind);
        Assert.Contains("sku", exception.Errors.Keys);
    }
}
