using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Services.Availability;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Tests.Support.Domain;
using InventoryAdmin.Tests.Support.Stock;
using Microsoft.EntityFrameworkCore;
using static InventoryAdmin.Tests.Support.Stock.StockTestBed;

namespace InventoryAdmin.Tests.Services.Availability;

/// <summary>Stock rules over a real database: promisable in the record, the grid's segments and the availability feed; orders still reserve safety stock.</summary>
public class StockRuleServiceTests : StockServiceTestBase
{
    protected readonly StockRuleService _rules;
    protected readonly AllocationMonitorService _monitor;

    public StockRuleServiceTests()
        : this(null)
    {
    }

    protected StockRuleServiceTests(InventoryTestStore? store)
        : base(store)
    {
        var clock = new FixedTimeProvider(Now);
        _rules = new StockRuleService(_bed.Store.Factory, _bed.Changes, clock);
        _monitor = new AllocationMonitorService(_bed.Store.Factory, _bed.Changes, clock);
    }

    private static StockRuleLine Rule(string? channel, string? location, string? sku, int? safety, int? low = null) =>
        new(channel is null ? null : new Dictionary<string, string> { ["Channel"] = channel }, location, sku, safety, low);

    private async Task<SegmentDto> SegmentAsync(string sku, string location, string channel, string orderType = "STH") =>
        (await LocationAsync(sku, location)).Segments.Single(s => s.Tags["Channel"] == channel && s.Tags["OrderType"] == orderType);

    [Fact]
    public async Task MostSpecificRuleWins_InTheRecordsSegments()
    {
        await _bed.UseSpecTagsAsync();
        await RefreshAsync(Line(Shirt, Store, 10, ("Channel", "Amazon")), Line(Shirt, Dc, 10, ("Channel", "Amazon")),
            Line(Jeans, Store, 10, ("Channel", "Amazon")), Line(Jeans, Dc, 10, ("Channel", "Amazon")));

        await _rules.PutAsync([Rule("Amazon", null, null, 1), Rule("Amazon", Store, null, 2), Rule("Amazon", null, Shirt, 3), Rule("Amazon", Store, Shirt, 4)]);

        Assert.Equal((4, 6), Figures(await SegmentAsync(Shirt, Store, "Amazon")));
        Assert.Equal((3, 7), Figures(await SegmentAsync(Shirt, Dc, "Amazon")));
        Assert.Equal((2, 8), Figures(await SegmentAsync(Jeans, Store, "Amazon")));
        Assert.Equal((1, 9), Figures(await SegmentAsync(Jeans, Dc, "Amazon")));
        static (int, int) Figures(SegmentDto s) => (s.SafetyStock, s.Promisable);
    }

    [Fact]
    public async Task Promisable_InTheGridSegmentsAndTheAvailabilityFeed_NeverBelowZero()
    {
        await _bed.UseSpecTagsAsync();
        await RefreshAsync(Line(Shirt, Store, 10, ("Channel", "Amazon")), Line(Shirt, Store, 2, ("Channel", "Walmart")));
        await _rules.PutAsync([Rule("Amazon", null, null, 3), Rule("Walmart", null, null, 5)]);

        var (productId, locationId) = await IdsAsync(Shirt, Store);
        var segments = await _bed.Query.SegmentsAsync(productId, locationId);
        Assert.Equal([(10, 3, 7), (2, 5, 0)], segments.Where(s => s.OnHand > 0).OrderBy(s => s.Tags["Channel"]).Select(s => (s.Available, s.SafetyStock, s.Promisable)));

        var amazon = Assert.Single(await _monitor.AvailabilityAsync([Shirt], new Dictionary<string, string> { ["Channel"] = "Amazon" }, Store));
        Assert.Equal((10, 3, 7), (amazon.Available, amazon.SafetyStock, amazon.Promisable));
        // Summed over segments: each segment holds back its own safety stock (Walmart's 5 never eats Amazon's units).
        var all = Assert.Single(await _monitor.AvailabilityAsync([Shirt], null, null));
        Assert.Equal((12, 8, 7), (all.Available, all.SafetyStock, all.Promisable));
    }

    [Fact]
    public async Task BothFiguresNull_RemovesTheRule_AndListShowsWhatIsLeft()
    {
        await _bed.UseSpecTagsAsync();
        await _rules.PutAsync([Rule("Amazon", Store, Shirt, 2, 1), Rule("Walmart", null, null, null, 3)]);

        var applied = await _rules.PutAsync([Rule("Amazon", Store, Shirt, null, null)]);

        Assert.Equal(1, applied.Applied);
        var left = Assert.Single(await _rules.ListAsync());
        Assert.Equal(("Walmart", "STH", null, null, (int?)null, (int?)3), (left.Tags["Channel"], left.Tags["OrderType"], left.LocationCode, left.Sku, left.SafetyStock, left.LowStockAt));
    }

    [Fact]
    public async Task UnknownTagValueLocationSkuOrNegativeFigure_IsRefusedNamingTheField_AndChangesNothing()
    {
        await _bed.UseSpecTagsAsync();
        await _rules.PutAsync([Rule("Amazon", null, null, 2)]);

        var e = await Assert.ThrowsAsync<InventoryRuleException>(() => _rules.PutAsync([
            Rule("Amazon", null, null, 9),
            new StockRuleLine(new Dictionary<string, string> { ["Colour"] = "Red" }, null, null, 1, null),
            Rule("Ebay", null, null, 1),
            Rule(null, "Nowhere", null, 1),
            Rule(null, null, "NO-SUCH", 1),
            Rule(null, null, null, -1),
            Rule(null, null, null, 1, -2),
        ]));

        Assert.Equal(["items[1].tags.Colour", "items[2].tags.Channel", "items[3].locationCode", "items[4].sku", "items[5].safetyStock", "items[6].lowStockAt"],
            e.Errors.Keys.Order());
        Assert.Equal(2, Assert.Single(await _rules.ListAsync()).SafetyStock);
    }

    [Fact]
    public async Task SameRuleTwiceInOneRequest_IsRefused()
    {
        var e = await Assert.ThrowsAsync<InventoryRuleException>(() => _rules.PutAsync([Rule(null, Store, null, 1), Rule(null, Store.ToLowerInvariant(), null, 2)]));

        Assert.Contains("items[1]", e.Errors.Keys);
        Assert.Empty(await _rules.ListAsync());
    }

    [Fact]
    public async Task ARuleChange_RecordsAChangeOfEverySegmentItCovers()
    {
        await RefreshAsync(Line(Shirt, Store, 5), Line(Jeans, Store, 5), Line(Shirt, Dc, 5));
        await using var db = _bed.Store.CreateContext();
        var before = await db.SegmentChanges.CountAsync();

        await _rules.PutAsync([Rule(null, Store, null, 1)]);

        var (shirt, store) = await IdsAsync(Shirt, Store);
        var logged = await db.SegmentChanges.Where(c => c.Id > 0).OrderBy(c => c.Id).Skip(before).ToListAsync();
        Assert.Equal(2, logged.Count);
        Assert.All(logged, c => Assert.Equal(store, c.LocationId));
        Assert.Contains(logged, c => c.ProductId == shirt && c.OnHand == 5);
    }

    private async Task<(int ProductId, int LocationId)> IdsAsync(string sku, string location)
    {
        await using var db = _bed.Store.CreateContext();
        return (await db.Products.Where(p => p.Sku == sku).Select(p => p.Id).SingleAsync(), await db.Locations.Where(l => l.Code == location).Select(l => l.Id).SingleAsync());
    }
}
