using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Tests.Support.Orders;
using static InventoryAdmin.Tests.Support.Stock.StockTestBed;

namespace InventoryAdmin.Tests.Services.Orders;

/// <summary>
/// SPEC §6 fulfil and cancel (whole or part): fulfil drops On Hand and Allocated, cancel only Allocated; each call is
/// all or nothing and writes its movements, so the ledger replays.
/// </summary>
public class OrderSettlementTests : OrderServiceTestBase
{
    public OrderSettlementTests()
        : this(null)
    {
    }

    /// <summary>The same tests on another engine (see the PostgreSQL subclass).</summary>
    protected OrderSettlementTests(InventoryAdmin.Tests.Support.Domain.InventoryTestStore? store)
        : base(store)
    {
    }

    [Fact]
    public async Task PartialFulfilThenPartialCancel_OnHandDropsOnlyByShippedUnits_AllocatedByBoth()
    {
        await LocationAsync(Store);
        await StockAsync(Shirt, Store, 20);
        var allocation = SingleAllocation(await PlaceAsync("S-1", Item(Shirt, 10)));
        var before = (await MovementsAsync()).Count;

        var fulfilled = await _orders.FulfilAsync("S-1", null, [Settle(allocation, 4)], Channel);
        var afterFulfil = await FourAsync(Shirt, Store);
        var cancelled = await _orders.CancelAsync("S-1", null, [Settle(allocation, 2)], Channel);

        Assert.Equal((20 - 4, 0, 6, 10), afterFulfil);
        Assert.Equal((16, 0, 4, 12), await FourAsync(Shirt, Store));
        Assert.Equal("inProgress", fulfilled.Status);
        var settled = SingleAllocation(cancelled);
        Assert.Equal((4, 2, 4), (settled.Fulfilled, settled.Cancelled, settled.Open));
        Assert.Equal("inProgress", cancelled.Status);
        var movements = (await MovementsAsync()).Skip(before).Select(m => (m.Delta, m.AllocatedDelta)).ToList();
        Assert.Equal([(0, -4), (-4, 0), (0, -2)], movements);
        await AssertLedgerConsistentAsync();
    }

    [Fact]
    public async Task FulfilTheRest_CompletesTheOrder_CancelEverything_CancelsIt()
    {
        await LocationAsync(Store);
        await StockAsync(Shirt, Store, 20);
        var shipped = SingleAllocation(await PlaceAsync("S-2", Item(Shirt, 5)));
        await PlaceAsync("S-3", Item(Shirt, 7));
        await _orders.FulfilAsync("S-2", null, [Settle(shipped, 2)], Channel);

        var completed = await _orders.FulfilAsync("S-2", null, null, Channel);
        var cancelled = await _orders.CancelAsync("S-3", null, [], Channel);

        Assert.Equal(("completed", 5), (completed.Status, SingleAllocation(completed).Fulfilled));
        Assert.Equal(("cancelled", 7), (cancelled.Status, SingleAllocation(cancelled).Cancelled));
        Assert.Equal((15, 0, 0, 15), await FourAsync(Shirt, Store));
        var nothingOpen = await RefusedAsync(() => _orders.CancelAsync("S-3", null, null, Channel), RuleViolationKind.Conflict);
        Assert.Contains("nothing open", nothingOpen.Message);
    }

    [Fact]
    public async Task FulfilMoreThanOpen_IsInvalid_AndNothingChanges()
    {
        await LocationAsync(Store);
        await StockAsync(Shirt, Store, 20);
        var allocation = SingleAllocation(await PlaceAsync("S-4", Item(Shirt, 10)));
        await _orders.CancelAsync("S-4", null, [Settle(allocation, 4)], Channel);

        var tooMany = await RefusedAsync(() => _orders.FulfilAsync("S-4", null, [Settle(allocation, 7)], Channel), RuleViolationKind.Invalid);
        // Two lines of the same allocation count together: 4 + 3 > 6 open.
        var together = await RefusedAsync(() => _orders.FulfilAsync("S-4", null, [Settle(allocation, 4), Settle(allocation, 3)], Channel),
            RuleViolationKind.Invalid);
        var zero = await RefusedAsync(() => _orders.CancelAsync("S-4", null, [Settle(allocation, 0)], Channel), RuleViolationKind.Invalid);

        Assert.Contains("has 6 open", Assert.Single(tooMany.Errors["items[0].quantity"]));
        Assert.Contains("has 2 open", Assert.Single(together.Errors["items[1].quantity"]));
        Assert.Equal(["items[0].quantity"], zero.Errors.Keys);
        Assert.Equal((20, 0, 6, 14), await FourAsync(Shirt, Store));
    }

    [Fact]
    public async Task UnknownAllocationOrOrder_IsNotFound_AndNothingChanges()
    {
        await LocationAsync(Store);
        await StockAsync(Shirt, Store, 20);
        var allocation = SingleAllocation(await PlaceAsync("S-5", Item(Shirt, 3)));
        var otherOrders = SingleAllocation(await PlaceAsync("S-6", Item(Shirt, 2)));

        var unknown = await RefusedAsync(() => _orders.FulfilAsync("S-5", null, [new SettleLine(allocation.Id + 1000, 1)], Channel),
            RuleViolationKind.NotFound);
        var notThisOrders = await RefusedAsync(() => _orders.CancelAsync("S-5", null, [Settle(otherOrders, 1)], Channel), RuleViolationKind.NotFound);
        var noOrder = await RefusedAsync(() => _orders.FulfilAsync("S-404", null, null, Channel), RuleViolationKind.NotFound);

        Assert.Contains($"no allocation {allocation.Id + 1000}", Assert.Single(unknown.Errors["items[0].allocationId"]));
        Assert.Contains($"no allocation {otherOrders.Id}", Assert.Single(notThisOrders.Errors["items[0].allocationId"]));
        Assert.Equal(["externalId"], noOrder.Errors.Keys);
        Assert.Equal((20, 0, 5, 15), await FourAsync(Shirt, Store));
    }

    [Fact]
    public async Task Fulfil_TakesSellableRowsFirst_LockedStockStaysPut()
    {
        await LocationAsync(Store);
        // A1 (the first storage location, so first in storage order) is locked; B2 holds the sellable units.
        await StockInAsync("A1", Shirt, Store, 6);
        await StockInAsync("B2", Shirt, Store, 5);
        await _bed.Traits.SetLocationLockAsync(Store, "A1", true, null, Manager);
        var allocation = SingleAllocation(await PlaceAsync("S-7", Item(Shirt, 3)));

        await _orders.FulfilAsync("S-7", null, [Settle(allocation)], Channel);

        var figures = await FiguresAsync(Shirt, Store);
        Assert.Equal([("A1", 6, true), ("B2", 2, false)],
            figures.Stock!.OrderBy(s => s.StorageLocation).Select(s => (s.StorageLocation, s.Quantity, s.Locked)).ToList());
        Assert.Equal((8, 6, 0, 2), (figures.OnHand, figures.Locked, figures.Allocated, figures.Available));
        await AssertLedgerConsistentAsync();
    }

    [Fact]
    public async Task FulfilAndCancel_WithTags_SettleTheSegmentTheUnitsWereAllocatedFrom()
    {
        await LocationAsync(Store);
        await _bed.UseSpecTagsAsync();
        await StockAsync(Shirt, Store, 10, ("Channel", "Kibo"));
        await StockAsync(Shirt, Store, 6, ("Channel", "Amazon"), ("OrderType", "BOPIS"));
        var allocation = SingleAllocation(await PlaceAsync("S-8", Item(Shirt, 4, null, ("Channel", "Amazon"), ("OrderType", "BOPIS"))));

        await _orders.FulfilAsync("S-8", null, [Settle(allocation, 3)], Channel);
        await _orders.CancelAsync("S-8", null, null, Channel);

        var segments = (await FiguresAsync(Shirt, Store)).Segments.ToDictionary(Name, s => (s.OnHand, s.Allocated, s.Available));
        Assert.Equal((3, 0, 3), segments["Amazon/BOPIS"]);
        Assert.Equal((10, 0, 10), segments["Kibo/STH"]);
        await AssertLedgerConsistentAsync();
    }

    [Fact]
    public async Task Fulfil_WhenTheUnitsAreNoLongerOnHand_IsRefusedAndNothingChanges()
    {
        await LocationAsync(Store);
        await StockAsync(Shirt, Store, 5);
        var allocation = SingleAllocation(await PlaceAsync("S-9", Item(Shirt, 5)));
        // A recount finds only 2: the allocation is short.
        await StockAsync(Shirt, Store, 2);

        var refusal = await RefusedAsync(() => _orders.FulfilAsync("S-9", null, [Settle(allocation)], Channel), RuleViolationKind.Invalid);

        Assert.Contains("Only 2 unit(s)", refusal.Message);
        Assert.Equal((2, 0, 5, 0), await FourAsync(Shirt, Store));
        Assert.True(Assert.Single((await FiguresAsync(Shirt, Store)).Segments).Short);
    }
}
