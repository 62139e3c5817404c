using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Tests.Support.Orders;
using static InventoryAdmin.Tests.Support.Stock.StockTestBed;

namespace InventoryAdmin.Tests.Services.Orders;

/// <summary>
/// SPEC §6 returns: restocked into the segment and location the units were sold from, or recorded as not restockable
/// (a movement, no stock change); never more than fulfilled minus returned; the ledger replays after all of it.
/// </summary>
public class OrderReturnTests : OrderServiceTestBase
{
    public OrderReturnTests()
        : this(null)
    {
    }

    /// <summary>The same tests on another engine (see the PostgreSQL subclass).</summary>
    protected OrderReturnTests(InventoryAdmin.Tests.Support.Domain.InventoryTestStore? store)
        : base(store)
    {
    }

    private static ReturnLine Return(string sku, int? units, bool? restock = null, string? location = null) => new(sku, units, restock, location);

    [Fact]
    public async Task Return_RestocksIntoTheOriginalSegmentAtTheOriginalLocation()
    {
        await LocationAsync(Store, priority: 20);
        await LocationAsync(Dc, priority: 10);
        await _bed.UseSpecTagsAsync();
        await StockAsync(Shirt, Store, 8, ("Channel", "Amazon"));
        await StockAsync(Shirt, Dc, 30, ("Channel", "Amazon"));
        await PlaceAsync("T-1", Item(Shirt, 5, null, ("Channel", "Amazon")));
        await _orders.FulfilAsync("T-1", null, null, Channel);

        // A location given on the return does not move a segmented sale: it goes back where it was sold.
        var result = await _orders.ReturnAsync("T-1", null, [Return(Shirt, 2, location: Dc)], Channel);

        var returned = Assert.Single(result.Items);
        Assert.Equal((Store, "Amazon", 2, true), (returned.LocationCode, returned.Tags["Channel"], returned.Quantity, returned.Restocked));
        var amazon = Assert.Single((await FiguresAsync(Shirt, Store)).Segments, s => s.Tags["Channel"] == "Amazon");
        Assert.Equal((5, 0, 5), (amazon.OnHand, amazon.Allocated, amazon.Available));
        Assert.Equal((30, 0, 0, 30), await FourAsync(Shirt, Dc));
        Assert.Equal(2, SingleAllocation(await _orders.GetAsync("T-1")).Returned);
    }

    [Fact]
    public async Task NotRestockableReturn_WritesAMovement_AndChangesNoStock()
    {
        await LocationAsync(Store);
        await StockAsync(Shirt, Store, 10);
        await PlaceAsync("T-2", Item(Shirt, 4));
        await _orders.FulfilAsync("T-2", null, null, Channel);
        var stockBefore = await _bed.SnapshotAsync();
        var movementsBefore = (await MovementsAsync()).Count;

        var result = await _orders.ReturnAsync("T-2", null, [Return(Shirt, 3, restock: false)], Channel);

        Assert.False(Assert.Single(result.Items).Restocked);
        var movement = Assert.Single((await MovementsAsync()).Skip(movementsBefore));
        Assert.Equal((0, 6, 6, 0, 0), (movement.Delta, movement.Before, movement.After, movement.LockedDelta, movement.AllocatedDelta));
        Assert.Contains("not restockable", movement.Reason);
        Assert.Equal("T-2", movement.Reference);
        Assert.Equal(stockBefore.Replace($"movements: {movementsBefore}", $"movements: {movementsBefore + 1}"), await _bed.SnapshotAsync());
        Assert.Equal((6, 0, 0, 6), await FourAsync(Shirt, Store));
        Assert.Equal(3, SingleAllocation(await _orders.GetAsync("T-2")).Returned);
        await AssertLedgerConsistentAsync();
    }

    [Fact]
    public async Task ReturnMoreThanFulfilledMinusReturned_IsRefused_AndNothingChanges()
    {
        await LocationAsync(Store);
        await StockAsync(Shirt, Store, 10);
        var allocation = SingleAllocation(await PlaceAsync("T-3", Item(Shirt, 5)));
        await _orders.FulfilAsync("T-3", null, [Settle(allocation, 3)], Channel);
        await _orders.ReturnAsync("T-3", null, [Return(Shirt, 2, restock: false)], Channel);

        // Tags are off, so the item was sold without a segment: a restock names its location.
        var tooMany = await RefusedAsync(() => _orders.ReturnAsync("T-3", null, [Return(Shirt, 2, location: Store)], Channel), RuleViolationKind.Invalid);
        // Two lines together: 1 + 1 > 1 left.
        var together = await RefusedAsync(() => _orders.ReturnAsync("T-3", null, [Return(Shirt, 1, location: Store), Return(Shirt, 1, false)], Channel),
            RuleViolationKind.Invalid);
        var notInOrder = await RefusedAsync(() => _orders.ReturnAsync("T-3", null, [Return(Jeans, 1)], Channel), RuleViolationKind.NotFound);

        Assert.Contains("Only 1 unit(s)", Assert.Single(tooMany.Errors["items[0].quantity"]));
        Assert.Contains("Only 0 unit(s)", Assert.Single(together.Errors["items[1].quantity"]));
        Assert.Equal(["items[0].sku"], notInOrder.Errors.Keys);
        var left = await _orders.ReturnAsync("T-3", null, [Return(Shirt, 1, location: Store)], Channel);
        Assert.Equal(1, Assert.Single(left.Items).Quantity);
        Assert.Equal((8, 0, 2, 6), await FourAsync(Shirt, Store));
    }

    [Fact]
    public async Task ReturnOfUnitsNeverShipped_IsRefused_CancelledUnitsCannotComeBack()
    {
        await LocationAsync(Store);
        await StockAsync(Shirt, Store, 10);
        await PlaceAsync("T-4", Item(Shirt, 5));
        await _orders.CancelAsync("T-4", null, null, Channel);

        var refusal = await RefusedAsync(() => _orders.ReturnAsync("T-4", null, [Return(Shirt, 1, false)], Channel), RuleViolationKind.Invalid);

        Assert.Contains("Only 0 unit(s)", Assert.Single(refusal.Errors["items[0].quantity"]));
    }

    [Fact]
    public async Task ItemSoldWithoutSegment_NeedsALocation_ThenGoesToTheDefaultSegmentThere()
    {
        await LocationAsync(Store);
        await LocationAsync(Dc);
        await StockAsync(Shirt, Store, 10);
        await PlaceAsync("T-5", Item(Shirt, 4));
        await _orders.FulfilAsync("T-5", null, null, Channel);
        await _bed.UseSpecTagsAsync();

        var refusal = await RefusedAsync(() => _orders.ReturnAsync("T-5", null, [Return(Shirt, 2)], Channel), RuleViolationKind.Invalid);
        var result = await _orders.ReturnAsync("T-5", null, [Return(Shirt, 2, location: Dc)], Channel);

        Assert.Contains("sold without a segment", Assert.Single(refusal.Errors["items[0].locationCode"]));
        var returned = Assert.Single(result.Items);
        Assert.Equal((Dc, "Kibo", "STH", true), (returned.LocationCode, returned.Tags["Channel"], returned.Tags["OrderType"], returned.Restocked));
        var dc = Assert.Single((await FiguresAsync(Shirt, Dc)).Segments);
        Assert.Equal(("Kibo/STH", 2, 2), (Name(dc), dc.OnHand, dc.Available));
        await AssertLedgerConsistentAsync();
    }

    [Fact]
    public async Task AfterOrdersFulfilCancelReturnsAndLocks_TheLedgerReplaysConsistently()
    {
        await LocationAsync(Store, priority: 10);
        await LocationAsync(Dc, priority: 20);
        await _bed.UseSpecTagsAsync();
        await StockAsync(Shirt, Store, 12, ("Channel", "Amazon"));
        await StockInAsync("A1", Shirt, Store, 7, ("Channel", "Kibo"));
        await StockAsync(Shirt, Dc, 9, ("Channel", "Amazon"));
        var split = await PlaceSplitAsync("T-6", Item(Shirt, 15, null, ("Channel", "Amazon")), Item(Jeans, 1));
        var kibo = SingleAllocation(await PlaceAsync("T-7", Item(Shirt, 3, Store)));
        var allocations = split.Items[0].Allocations;

        await _orders.FulfilAsync("T-6", null, [Settle(allocations[0], 9), Settle(allocations[1], 2)], Channel);
        await _orders.CancelAsync("T-6", null, [Settle(allocations[1], 1)], Channel);
        await _orders.ReturnAsync("T-6", null, [Return(Shirt, 5), Return(Shirt, 3, restock: false)], Channel);
        await _bed.Traits.SetLocationLockAsync(Store, "A1", true, null, Manager);
        await _orders.FulfilAsync("T-7", null, [Settle(kibo)], Channel);

        Assert.Equal([(Dc, 9), (Store, 6)], allocations.Select(a => (a.LocationCode, a.Quantity)));
        Assert.Equal(1, split.Items[1].Unallocated!.Quantity);
        // Amazon at the DC: 9 shipped, 5 restocked (the first allocation's units come back first). Amazon at the store: 2 shipped, 3 still open.
        Assert.Equal((5, 0, 0, 5), await FourAsync(Shirt, Dc));
        var store = (await FiguresAsync(Shirt, Store)).Segments.ToDictionary(Name, s => (s.OnHand, s.Locked, s.Allocated));
        Assert.Equal((10, 0, 3), store["Amazon/STH"]);
        Assert.Equal((4, 4, 0), store["Kibo/STH"]);
        await AssertLedgerConsistentAsync();
    }
}
