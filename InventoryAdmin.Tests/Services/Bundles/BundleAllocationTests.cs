using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Tests.Support.Bundles;
using static InventoryAdmin.Tests.Support.Stock.StockTestBed;

namespace InventoryAdmin.Tests.Services.Bundles;

/// <summary>SPEC §7 allocation: prepackaged first, then every component or none; fulfil, cancel and return move the components.</summary>
public class BundleAllocationTests : BundleTestBase
{
    public BundleAllocationTests()
        : this(null)
    {
    }

    /// <summary>The same tests on another engine (see the PostgreSQL subclass).</summary>
    protected BundleAllocationTests(InventoryAdmin.Tests.Support.Domain.InventoryTestStore? store)
        : base(store)
    {
    }

    private async Task<int> AllocatedAsync(string sku) => (await _bed.Query.GetRecordAsync(sku, Fba)).Locations.Single().Allocated;

    private async Task<int> OnHandAsync(string sku) => (await _bed.Query.GetRecordAsync(sku, Fba)).Locations.Single().OnHand;

    [Fact]
    public async Task Create_TakesThe8PrepackagedFirst_ThenBuildsTheRestFromEveryComponent()
    {
        await AlphabetAsync();
        await SeedComponentsAsync();
        await StockAsync(Bundle, Fba, 8);

        var order = await PlaceAsync("B-1", Item(Bundle, 10, Fba));

        var allocations = Assert.Single(order.Items).Allocations;
        Assert.Equal([(8, false), (2, true)], allocations.Select(a => (a.Quantity, a.FromComponents)).ToList());
        Assert.Equal([Abc, Def, Ghi], allocations[1].Components!.Select(c => c.Sku).ToList());
        Assert.Equal((8, 2, 2, 2), (await AllocatedAsync(Bundle) - 2, await AllocatedAsync(Abc), await AllocatedAsync(Def), await AllocatedAsync(Ghi)));
        var at = await BundleAtAsync();
        Assert.Equal((58, 0, 10, 48), Four(at));
        await AssertLedgerConsistentAsync();
    }

    [Fact]
    public async Task Create_SeveralUnitsPerBundle_ReservesQuantityTimesUnitsOfEachComponent()
    {
        await AlphabetAsync(defPerBundle: 2);
        await SeedComponentsAsync();

        await PlaceAsync("B-1", Item(Bundle, 3, Fba));

        Assert.Equal((3, 6, 3), (await AllocatedAsync(Abc), await AllocatedAsync(Def), await AllocatedAsync(Ghi)));
        Assert.Equal(22, (await BundleAtAsync()).Available);
        await AssertLedgerConsistentAsync();
    }

    [Fact]
    public async Task Create_OneComponentShort_ReservesNoComponent_AndLeavesTheItemUnallocatedWithAReason()
    {
        await AlphabetAsync();
        await StockAsync(Abc, Fba, 120);
        await StockAsync(Def, Fba, 50);
        await StockAsync(Ghi, Fba, 1);

        var order = await PlaceAsync("B-1", Item(Bundle, 2, Fba));

        var item = Assert.Single(order.Items);
        Assert.Empty(item.Allocations);
        Assert.Equal(2, item.Unallocated!.Quantity);
        Assert.Contains("Only 1 available at FBA-1", item.Unallocated.Reason);
        Assert.Equal((0, 0, 0), (await AllocatedAsync(Abc), await AllocatedAsync(Def), await AllocatedAsync(Ghi)));
        Assert.DoesNotContain(await MovementsAsync(), m => m.AllocatedDelta != 0);
    }

    [Fact]
    public async Task Create_LockedComponentUnits_AreNeverReserved()
    {
        await AlphabetAsync();
        await SeedComponentsWithDefPartlyLockedAsync();

        var order = await PlaceAsync("B-1", Item(Bundle, 25, Fba));

        Assert.Equal(25, Assert.Single(order.Items).Unallocated!.Quantity);
        var fits = await PlaceAsync("B-2", Item(Bundle, 20, Fba));
        Assert.Equal(20, SingleAllocation(fits).Quantity);
        Assert.Equal(0, (await BundleAtAsync()).Available);
        await AssertLedgerConsistentAsync();
    }

    [Fact]
    public async Task Create_UseComponentInventoryOff_TakesOnlyPrepackagedStock()
    {
        await AlphabetAsync();
        await SeedComponentsAsync();
        await StockAsync(Bundle, Fba, 8);
        await UseComponentInventoryAsync(false);

        var order = await PlaceSplitAsync("B-1", Item(Bundle, 10, Fba));

        Assert.Equal(8, SingleAllocation(order).Quantity);
        Assert.Equal(2, Assert.Single(order.Items).Unallocated!.Quantity);
        Assert.Equal(0, await AllocatedAsync(Def));
    }

    [Fact]
    public async Task Fulfil_PartOfABuiltAllocation_ShipsTheComponents_AndCancelReleasesTheRest()
    {
        await AlphabetAsync(defPerBundle: 2);
        await SeedComponentsAsync();
        var built = SingleAllocation(await PlaceAsync("B-1", Item(Bundle, 5, Fba)));

        await _orders.FulfilAsync("B-1", null, [Settle(built, 2)], Channel);
        var cancelled = await _orders.CancelAsync("B-1", null, null, Channel);

        Assert.Equal((118, 46, 73), (await OnHandAsync(Abc), await OnHandAsync(Def), await OnHandAsync(Ghi)));
        Assert.Equal((0, 0, 0), (await AllocatedAsync(Abc), await AllocatedAsync(Def), await AllocatedAsync(Ghi)));
        Assert.Equal(0, (await BundleAtAsync()).Bundle!.Prepackaged.OnHand);
        Assert.Equal((2, 3), (SingleAllocation(cancelled).Fulfilled, SingleAllocation(cancelled).Cancelled));
        Assert.Equal("completed", cancelled.Status);
        await AssertLedgerConsistentAsync();
    }

    [Fact]
    public async Task NewTag_MovesABuiltBundlesComponentReservations_WithTheirSegments_SoCancelStillReleasesThem()
    {
        await _bed.UseSpecTagsAsync();
        await AlphabetAsync(defPerBundle: 2);
        await SeedComponentsAsync();
        var built = SingleAllocation(await PlaceAsync("B-TAG", Item(Bundle, 5, Fba)));
        Assert.True(built.FromComponents);

        await _bed.Tags.CreateAsync(Draft("Size", "M", ("S", null), ("M", null), ("L", null)), Manager);
        var cancelled = await _orders.CancelAsync("B-TAG", null, null, Channel);

        Assert.Equal(5, SingleAllocation(cancelled).Cancelled);
        Assert.Equal((0, 0, 0), (await AllocatedAsync(Abc), await AllocatedAsync(Def), await AllocatedAsync(Ghi)));
        await AssertLedgerConsistentAsync();
    }

    [Fact]
    public async Task Return_ABuiltBundle_RestocksItsComponents_AndNotRestockableChangesNoStock()
    {
        await AlphabetAsync(defPerBundle: 2);
        await SeedComponentsAsync();
        await PlaceAsync("B-1", Item(Bundle, 3, Fba));
        await _orders.FulfilAsync("B-1", null, null, Channel);

        var result = await _orders.ReturnAsync("B-1", null, [new ReturnLine(Bundle, 2, true, Fba), new ReturnLine(Bundle, 1, false, Fba)], Channel);

        Assert.Equal([(Bundle, 2, true), (Bundle, 1, false)], result.Items.Select(i => (i.Sku, i.Quantity, i.Restocked)).ToList());
        Assert.Equal((119, 48, 74), (await OnHandAsync(Abc), await OnHandAsync(Def), await OnHandAsync(Ghi)));
        Assert.Equal(0, (await BundleAtAsync()).Bundle!.Prepackaged.OnHand);
        var refused = await RefusedAsync(() => _orders.ReturnAsync("B-1", null, [new ReturnLine(Bundle, 1, true, Fba)], Channel),
            InventoryAdmin.Domain.Model.RuleViolationKind.Invalid);
        Assert.Contains("items[0].quantity", refused.Errors.Keys);
        await AssertLedgerConsistentAsync();
    }

    [Fact]
    public async Task Create_BundleAfterItsComponentInOneOrder_BuildsOnlyFromWhatIsLeft()
    {
        await AlphabetAsync();
        await SeedComponentsAsync();

        // Read before the write transaction, DEF builds 50; the first item takes 45, so the all-or-none reservation of 10 is
        // refused, rolled back, and the item is routed again on what is really left.
        var order = await PlaceSplitAsync("B-1", Item(Def, 45, Fba), Item(Bundle, 10, Fba));

        Assert.Equal(45, order.Items[0].Allocations.Sum(a => a.Quantity));
        Assert.Equal((5, 5), (order.Items[1].Allocations.Sum(a => a.Quantity), order.Items[1].Unallocated!.Quantity));
        Assert.Equal(50, await AllocatedAsync(Def));
        await AssertLedgerConsistentAsync();
    }

    [Fact]
    public async Task History_OfABuiltBundle_ShowsTheComponentReservations()
    {
        await AlphabetAsync();
        await SeedComponentsAsync();
        await PlaceAsync("B-1", Item(Bundle, 2, Fba));

        var history = await _orders.HistoryAsync("B-1");

        Assert.Equal([Abc, Def, Ghi], history.Where(e => e.AllocatedDelta == 2).Select(e => e.Sku).ToList());
    }
}
