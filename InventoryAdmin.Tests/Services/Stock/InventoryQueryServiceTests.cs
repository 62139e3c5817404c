using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Tests.Support.Domain;
using InventoryAdmin.Tests.Support.Stock;
using static InventoryAdmin.Tests.Support.Stock.StockTestBed;

namespace InventoryAdmin.Tests.Services.Stock;

/// <summary>Records (one product, its locations and segments), the product list and the movement history.</summary>
public class InventoryQueryServiceTests : InventoryQueryTestBase
{
    public InventoryQueryServiceTests()
        : this(null)
    {
    }

    /// <summary>The same tests on another engine (see the PostgreSQL subclass).</summary>
    protected InventoryQueryServiceTests(InventoryTestStore? store)
        : base(store: store)
    {
    }

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
