using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Tests.Support.Domain;
using InventoryAdmin.Tests.Support.Stock;
using static InventoryAdmin.Tests.Support.Stock.StockTestBed;

namespace InventoryAdmin.Tests.Services.Stock;

/// <summary>The grid query: paging, sorting, search, location and segment filters; every row equals its record.</summary>
public class InventoryGridQueryTests : InventoryQueryTestBase
{
    public InventoryGridQueryTests()
        : this(null)
    {
    }

    /// <summary>The same tests on another engine (see the PostgreSQL subclass).</summary>
    protected InventoryGridQueryTests(InventoryTestStore? store)
        : base(store: store)
    {
    }

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
}
