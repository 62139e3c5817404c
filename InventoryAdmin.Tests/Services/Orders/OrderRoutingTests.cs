using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Tests.Support.Orders;
using InventoryAdmin.Tests.Support.Stock;

namespace InventoryAdmin.Tests.Services.Orders;

/// <summary>
/// SPEC §6 routing: a given location or, among the locations whose Available covers the quantity, the highest Priority,
/// then the most Available, then the code; split over several; what cannot be reserved stays unallocated with a reason.
/// </summary>
public class OrderRoutingTests : OrderServiceTestBase
{
    public OrderRoutingTests()
        : this(null)
    {
    }

    /// <summary>The same tests on another engine (see the PostgreSQL subclass).</summary>
    protected OrderRoutingTests(InventoryAdmin.Tests.Support.Domain.InventoryTestStore? store)
        : base(store)
    {
    }

    [Fact]
    public async Task HighestPriorityWins_EvenWithLessStock()
    {
        await LocationAsync(Store, priority: 5);
        await LocationAsync(Dc, priority: 20);
        await StockAsync(Shirt, Store, 40);
        await StockAsync(Shirt, Dc, 3);

        var order = await PlaceAsync("R-1", Item(Shirt, 2));

        Assert.Equal([(Dc, 2)], Allocations(order));
        Assert.Equal("allocated", order.Status);
        Assert.Equal((3, 0, 2, 1), await FourAsync(Shirt, Dc));
        Assert.Equal((40, 0, 0, 40), await FourAsync(Shirt, Store));
    }

    [Fact]
    public async Task OnlyLocationsThatCoverTheQuantityCompete_AHigherPriorityWithTooLittleIsPassedOver()
    {
        await LocationAsync(Store, priority: 5);
        await LocationAsync(Dc, priority: 20);
        await StockAsync(Shirt, Store, 40);
        await StockAsync(Shirt, Dc, 3);

        var order = await PlaceAsync("R-2", Item(Shirt, 4));

        Assert.Equal([(Store, 4)], Allocations(order));
        Assert.Null(Assert.Single(order.Items).Unallocated);
        Assert.Equal((3, 0, 0, 3), await FourAsync(Shirt, Dc));
    }

    [Fact]
    public async Task TieOnPriority_TheLocationWithMostAvailableWins()
    {
        await LocationAsync("A-Store", priority: 10);
        await LocationAsync("B-Store", priority: 10);
        await StockAsync(Shirt, "A-Store", 8);
        await StockAsync(Shirt, "B-Store", 12);

        var order = await PlaceAsync("R-3", Item(Shirt, 5));

        Assert.Equal([("B-Store", 5)], Allocations(order));
    }

    [Fact]
    public async Task TieOnPriorityAndAvailable_TheLowestCodeWins()
    {
        // Created (and stocked) in reverse order, so neither id nor insertion order can explain the choice.
        await LocationAsync("Z-Store", priority: 10);
        await LocationAsync("M-Store", priority: 10);
        await StockAsync(Shirt, "Z-Store", 6);
        await StockAsync(Shirt, "M-Store", 6);

        var first = await PlaceAsync("R-4", Item(Shirt, 1));
        var second = await PlaceAsync("R-5", Item(Shirt, 1));

        Assert.Equal([("M-Store", 1)], Allocations(first));
        // M-Store now has 5, Z-Store still 6: most available decides before the code.
        Assert.Equal([("Z-Store", 1)], Allocations(second));
    }

    [Fact]
    public async Task GivenLocationWithTooLittle_StaysUnallocatedWithAReasonNamingIt_AndOtherLocationsAreNotUsed()
    {
        await LocationAsync(Store, priority: 5);
        await LocationAsync(Dc, priority: 20);
        await StockAsync(Shirt, Store, 3);
        await StockAsync(Shirt, Dc, 100);

        var order = await PlaceAsync("R-6", Item(Shirt, 5, Store));
        var afterWhole = await FourAsync(Shirt, Store);
        var split = await PlaceSplitAsync("R-6b", Item(Shirt, 5, Store));

        var item = Assert.Single(order.Items);
        Assert.Empty(item.Allocations);
        Assert.Equal(5, item.Unallocated!.Quantity);
        Assert.Contains($"Only 3 available at {Store}", item.Unallocated.Reason);
        Assert.Equal("unallocated", order.Status);
        Assert.Equal((3, 0, 0, 3), afterWhole);
        // With split the given location still bounds it: its 3 units, the rest unallocated, never the DC's.
        Assert.Equal([(Store, 3)], Allocations(split));
        Assert.Equal(2, Assert.Single(split.Items).Unallocated!.Quantity);
        Assert.Equal((100, 0, 0, 100), await FourAsync(Shirt, Dc));
    }

    [Fact]
    public async Task GivenLocation_IsUsedEvenWhenAnotherHasHigherPriority()
    {
        await LocationAsync(Store, priority: 5);
        await LocationAsync(Dc, priority: 20);
        await StockAsync(Shirt, Store, 3);
        await StockAsync(Shirt, Dc, 100);

        var order = await PlaceAsync("R-7", Item(Shirt, 3, Store));

        Assert.Equal([(Store, 3)], Allocations(order));
        Assert.Equal((3, 0, 3, 0), await FourAsync(Shirt, Store));
    }

    [Fact]
    public async Task Split_TakesFromSeveralLocationsInRoutingOrder_WithoutSplitNoSingleLocationCovers()
    {
        await LocationAsync(Store, priority: 10);
        await LocationAsync(Dc, priority: 20);
        await StockAsync(Shirt, Store, 6);
        await StockAsync(Shirt, Dc, 4);

        var whole = await PlaceAsync("R-8", Item(Shirt, 9));
        var split = await PlaceSplitAsync("R-9", Item(Shirt, 9));

        Assert.Empty(Allocations(whole));
        Assert.Contains("No single location has 9 available (most: 6 at Retailer2); split was not allowed", Assert.Single(whole.Items).Unallocated!.Reason);
        Assert.Equal([(Dc, 4), (Store, 5)], Allocations(split));
        Assert.Equal("allocated", split.Status);
        Assert.Equal((4, 0, 4, 0), await FourAsync(Shirt, Dc));
        Assert.Equal((6, 0, 5, 1), await FourAsync(Shirt, Store));
    }

    [Fact]
    public async Task Split_MoreThanThereIs_AllocatesEverythingAndLeavesTheRestUnallocated()
    {
        await LocationAsync(Store, priority: 10);
        await LocationAsync(Dc, priority: 20);
        await StockAsync(Shirt, Store, 6);
        await StockAsync(Shirt, Dc, 4);

        var order = await PlaceSplitAsync("R-10", Item(Shirt, 12));

        Assert.Equal([(Dc, 4), (Store, 6)], Allocations(order));
        var unallocated = Assert.Single(order.Items).Unallocated!;
        Assert.Equal(2, unallocated.Quantity);
        Assert.Contains("2 of 12 unallocated", unallocated.Reason);
        Assert.Equal("partiallyAllocated", order.Status);
        Assert.Equal((0, 0), ((await FiguresAsync(Shirt, Dc)).Available, (await FiguresAsync(Shirt, Store)).Available));
    }

    [Fact]
    public async Task Tags_NameTheSegment_OnlyItsUnitsAreAllocated()
    {
        await LocationAsync(Store);
        await _bed.UseSpecTagsAsync();
        await StockAsync(Shirt, Store, 20, ("Channel", "Kibo"));
        await StockAsync(Shirt, Store, 5, ("Channel", "Amazon"));

        var amazon = await PlaceAsync("R-11", Item(Shirt, 3, null, ("Channel", "Amazon")));
        var tooMany = await PlaceAsync("R-12", Item(Shirt, 3, null, ("Channel", "Amazon")));

        var allocation = SingleAllocation(amazon);
        Assert.Equal(("Amazon", "STH", 3), (allocation.Tags["Channel"], allocation.Tags["OrderType"], allocation.Quantity));
        // 2 Amazon units left; the 20 Kibo units are another segment and never serve an Amazon order.
        var refused = Assert.Single(tooMany.Items);
        Assert.Empty(refused.Allocations);
        Assert.Contains("Channel=Amazon", refused.Unallocated!.Reason);
        var segments = (await FiguresAsync(Shirt, Store)).Segments.ToDictionary(s => s.Tags["Channel"], s => (s.OnHand, s.Allocated, s.Available));
        Assert.Equal((5, 3, 2), segments["Amazon"]);
        Assert.Equal((20, 0, 20), segments["Kibo"]);
    }

    [Fact]
    public async Task UnknownSkuOrLocation_IsNotFoundPerField_AndNothingIsWritten()
    {
        await LocationAsync(Store);
        await StockAsync(Shirt, Store, 10);

        var sku = await RefusedAsync(() => PlaceAsync("R-13", Item("NOPE-1", 1)), RuleViolationKind.NotFound);
        var location = await RefusedAsync(() => PlaceAsync("R-14", Item(Shirt, 1, "Nowhere")), RuleViolationKind.NotFound);

        Assert.Contains("NOPE-1", Assert.Single(sku.Errors["items[0].sku"]));
        Assert.Contains("Nowhere", Assert.Single(location.Errors["items[0].locationCode"]));
        await Assert.ThrowsAsync<InventoryRuleException>(() => _orders.GetAsync("R-13"));
    }

    [Fact]
    public async Task SkuAndLocationCode_MatchIgnoringCase_InEveryLetter()
    {
        await LocationAsync("Köln-Süd", priority: 5);
        await LocationAsync(Dc, priority: 20);
        await StockAsync(Shirt, "Köln-Süd", 4);
        await StockAsync(Shirt, Dc, 9);

        // "KÖLN-SÜD": SQLite's NOCASE folds only A–Z, so Ö and Ü must still be matched.
        var order = await PlaceAsync("R-CASE", Item(Shirt.ToLowerInvariant(), 3, "KÖLN-SÜD"));

        Assert.Equal([("Köln-Süd", 3)], Allocations(order));
        Assert.Equal((4, 0, 3, 1), await FourAsync(Shirt, "Köln-Süd"));
    }

    [Fact]
    public async Task QuantityZero_IsInvalid_EvenNextToAnUnknownSku_AndNoOtherItemIsAllocated()
    {
        await LocationAsync(Store);
        await StockAsync(Shirt, Store, 10);

        var zero = await RefusedAsync(() => PlaceAsync("R-15", Item(Shirt, 0)), RuleViolationKind.Invalid);
        var mixed = await RefusedAsync(() => PlaceAsync("R-16", Item(Shirt, 2), Item("NOPE-1", 1), Item(Shirt, 0)), RuleViolationKind.Invalid);

        Assert.Equal(["items[0].quantity"], zero.Errors.Keys);
        Assert.Equal(["items[1].sku", "items[2].quantity"], mixed.Errors.Keys.Order());
        Assert.Equal((10, 0, 0, 10), await FourAsync(Shirt, Store));
    }

    [Fact]
    public async Task LockedUnits_AreNeverAllocated()
    {
        await LocationAsync(Store);
        await StockInAsync("A1", Shirt, Store, 6);
        await StockAsync(Shirt, Store, 4);
        await _bed.Traits.SetLocationLockAsync(Store, "A1", true, "Damaged shelf", StockTestBed.Manager);

        var tooMuch = await PlaceAsync("R-17", Item(Shirt, 5, Store));
        var noLocation = await PlaceSplitAsync("R-18", Item(Shirt, 10));

        Assert.Contains($"Only 4 available at {Store}", Assert.Single(tooMuch.Items).Unallocated!.Reason);
        Assert.Equal([(Store, 4)], Allocations(noLocation));
        Assert.Equal(6, Assert.Single(noLocation.Items).Unallocated!.Quantity);
        Assert.Equal((10, 6, 4, 0), await FourAsync(Shirt, Store));
        await AssertLedgerConsistentAsync();
    }

    [Fact]
    public async Task Resubmitting_ReturnsTheSameOrderAndAllocatesNothingMore_AnotherSourceIsAnotherOrder()
    {
        await LocationAsync(Store);
        await StockAsync(Shirt, Store, 10);
        var request = new OrderRequest("R-19", "amazon", false, [Item(Shirt, 3)]);

        var (first, created) = await _orders.CreateAsync(request, Channel);
        var (again, createdAgain) = await _orders.CreateAsync(request with { Items = [Item(Shirt, 7)] }, Channel);
        var (other, createdOther) = await _orders.CreateAsync(request with { Source = "walmart" }, Channel);

        Assert.Equal((true, false, true), (created, createdAgain, createdOther));
        Assert.Equal(SingleAllocation(first).Id, SingleAllocation(again).Id);
        Assert.Equal(3, SingleAllocation(again).Quantity);
        Assert.NotEqual(SingleAllocation(first).Id, SingleAllocation(other).Id);
        Assert.Equal((10, 0, 6, 4), await FourAsync(Shirt, Store));
    }
}
