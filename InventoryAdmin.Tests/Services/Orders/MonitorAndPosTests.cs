using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Tests.Support.Orders;
using static InventoryAdmin.Tests.Support.Stock.StockTestBed;

namespace InventoryAdmin.Tests.Services.Orders;

/// <summary>
/// SPEC §6 Modern Retail side: a store's POS pulls its unsent allocations (marking them sent) and acknowledges them;
/// the monitor counts open allocations per location and across them and lists unallocated items; the availability feed.
/// </summary>
public class MonitorAndPosTests : OrderServiceTestBase
{
    public MonitorAndPosTests()
        : this(null)
    {
    }

    /// <summary>The same tests on another engine (see the PostgreSQL subclass).</summary>
    protected MonitorAndPosTests(InventoryAdmin.Tests.Support.Domain.InventoryTestStore? store)
        : base(store)
    {
    }

    /// <summary>The seed example: 35 units at Retailer2 and 59 at DC-East, each allocated whole to its own order; a third location idle.</summary>
    private async Task<(AllocationDto Store, AllocationDto Dc)> SeedExampleAsync()
    {
        await LocationAsync(Store, priority: 10);
        await LocationAsync(Dc, priority: 20);
        await LocationAsync("Outlet", priority: 0);
        await StockAsync(Shirt, Store, 35);
        await StockAsync(Shirt, Dc, 59);
        var store = SingleAllocation(await PlaceAsync("M-1", Item(Shirt, 35, Store)));
        var dc = SingleAllocation(await PlaceAsync("M-2", Item(Shirt, 59, Dc)));
        return (store, dc);
    }

    private static MonitorLocationDto At(MonitorDto monitor, string code) => Assert.Single(monitor.Locations, l => l.LocationCode == code);

    [Fact]
    public async Task Monitor_SeedExample_35Plus59Is94_AndTheAggregateIsTheSumOfTheLocations()
    {
        await SeedExampleAsync();
        await PlaceAsync("M-3", Item(Shirt, 1));

        var monitor = await _monitor.MonitorAsync();

        Assert.Equal((1, 35, 1), (At(monitor, Store).OpenAllocations, At(monitor, Store).Units, At(monitor, Store).Unsent));
        Assert.Equal((1, 59), (At(monitor, Dc).OpenAllocations, At(monitor, Dc).Units));
        Assert.Equal(new MonitorLocationDto("Outlet", 0, 0, 0, 0, null, null, null), At(monitor, "Outlet"));
        Assert.Equal(new MonitorTotalsDto(2, 94, 2, 0), monitor.Aggregate);
        Assert.Equal(new MonitorTotalsDto(monitor.Locations.Sum(l => l.OpenAllocations), monitor.Locations.Sum(l => l.Units),
            monitor.Locations.Sum(l => l.Unsent), monitor.Locations.Sum(l => l.Unacknowledged)), monitor.Aggregate);
        Assert.Equal(Now.UtcDateTime, At(monitor, Store).OldestOpenAt);
    }

    [Fact]
    public async Task Monitor_CountsOnlyOpenUnits_SettledUnitsLeaveIt()
    {
        var (store, dc) = await SeedExampleAsync();

        await _orders.FulfilAsync("M-1", null, [Settle(store, 10)], Channel);
        await _orders.CancelAsync("M-2", null, [Settle(dc)], Channel);
        var monitor = await _monitor.MonitorAsync();
        var onlyStore = await _monitor.MonitorAsync(Store);

        Assert.Equal((1, 25), (At(monitor, Store).OpenAllocations, At(monitor, Store).Units));
        Assert.Equal((0, 0), (At(monitor, Dc).OpenAllocations, At(monitor, Dc).Units));
        Assert.Equal(new MonitorTotalsDto(1, 25, 1, 0), monitor.Aggregate);
        Assert.Equal([Store], onlyStore.Locations.Select(l => l.LocationCode));
        Assert.Equal(25, onlyStore.Aggregate.Units);
    }

    [Fact]
    public async Task Pull_MarksTheLocationsUnsentAllocationsSent_ASecondPullReturnsNothing()
    {
        var (store, dc) = await SeedExampleAsync();

        var first = await _monitor.PullAsync(Store);
        var second = await _monitor.PullAsync(Store);

        var pulled = Assert.Single(first);
        Assert.Equal((store.Id, "M-1", Shirt, 35, Now.UtcDateTime), (pulled.AllocationId, pulled.OrderExternalId, pulled.Sku, pulled.Quantity, pulled.SentAt));
        Assert.Empty(second);
        var monitor = await _monitor.MonitorAsync();
        Assert.Equal((0, 1, Now.UtcDateTime), (At(monitor, Store).Unsent, At(monitor, Store).Unacknowledged, At(monitor, Store).OldestUnacknowledgedAt));
        Assert.Equal((1, 0), (At(monitor, Dc).Unsent, At(monitor, Dc).Unacknowledged));
        Assert.Null(SingleAllocation(await _orders.GetAsync("M-2")).SentAt);
        Assert.Equal(dc.Id, Assert.Single(await _monitor.PullAsync(Dc)).AllocationId);
    }

    [Fact]
    public async Task Pull_SendsOnlyTheOpenUnits_AndNotFullySettledAllocations()
    {
        var (store, _) = await SeedExampleAsync();
        await _orders.FulfilAsync("M-1", null, [Settle(store, 30)], Channel);
        await _orders.CancelAsync("M-2", null, null, Channel);

        var storePull = await _monitor.PullAsync(Store);
        var dcPull = await _monitor.PullAsync(Dc);

        Assert.Equal(5, Assert.Single(storePull).Quantity);
        Assert.Empty(dcPull);
    }

    [Fact]
    public async Task Ack_MarksPulledAllocationsAcknowledged_AgainCountsNothing()
    {
        var (pulled, _) = await SeedExampleAsync();
        await _monitor.PullAsync(Store);

        var ack = await _monitor.AcknowledgeAsync(Store, [pulled.Id]);
        var again = await _monitor.AcknowledgeAsync(Store, [pulled.Id]);

        Assert.Equal((1, 0), (ack.Acknowledged, again.Acknowledged));
        Assert.Equal(Now.UtcDateTime, SingleAllocation(await _orders.GetAsync("M-1")).AcknowledgedAt);
        var store = At(await _monitor.MonitorAsync(), Store);
        Assert.Equal((0, 0, 1), (store.Unsent, store.Unacknowledged, store.OpenAllocations));
    }

    [Fact]
    public async Task Ack_OfAnUnsentAllocation_IsAConflict_AndNothingIsAcknowledged()
    {
        var (sent, _) = await SeedExampleAsync();
        await StockAsync(Jeans, Store, 5);
        await _monitor.PullAsync(Store);
        var unsent = SingleAllocation(await PlaceAsync("M-4", Item(Jeans, 1, Store)));

        var refusal = await RefusedAsync(() => _monitor.AcknowledgeAsync(Store, [sent.Id, unsent.Id]), RuleViolationKind.Conflict);

        Assert.Equal(["allocationIds[1]"], refusal.Errors.Keys);
        Assert.Contains("pull it first", Assert.Single(refusal.Errors["allocationIds[1]"]));
        Assert.Null(SingleAllocation(await _orders.GetAsync("M-1")).AcknowledgedAt);
        var store = At(await _monitor.MonitorAsync(), Store);
        Assert.Equal((1, 1), (store.Unsent, store.Unacknowledged));
    }

    [Fact]
    public async Task Ack_OfAnUnknownIdOrAnotherLocationsAllocation_IsNotFound_AndNothingChanges()
    {
        var (store, dc) = await SeedExampleAsync();
        await _monitor.PullAsync(Store);
        await _monitor.PullAsync(Dc);

        var unknown = await RefusedAsync(() => _monitor.AcknowledgeAsync(Store, [store.Id, 9999]), RuleViolationKind.NotFound);
        var elsewhere = await RefusedAsync(() => _monitor.AcknowledgeAsync(Store, [dc.Id]), RuleViolationKind.NotFound);
        var noLocation = await RefusedAsync(() => _monitor.AcknowledgeAsync("Nowhere", [store.Id]), RuleViolationKind.NotFound);

        Assert.Contains("no allocation 9999", Assert.Single(unknown.Errors["allocationIds[1]"]));
        Assert.Equal(["allocationIds[0]"], elsewhere.Errors.Keys);
        Assert.NotEmpty(noLocation.Errors);
        Assert.Equal(1, At(await _monitor.MonitorAsync(), Store).Unacknowledged);
    }

    [Fact]
    public async Task Monitor_ListsUnallocatedItemsWithTheirReason_NewestFirst()
    {
        await SeedExampleAsync();
        await PlaceAsync("M-6", Item(Shirt, 100, Store));
        await PlaceAsync("M-7", Item(Jeans, 2));

        var unallocated = (await _monitor.MonitorAsync()).Unallocated;

        Assert.Equal([("M-7", Jeans, 2), ("M-6", Shirt, 100)], unallocated.Select(u => (u.OrderExternalId, u.Sku, u.Quantity)));
        Assert.Contains($"No location has {Jeans} available", unallocated[0].Reason);
        Assert.Contains($"Only 0 available at {Store}; 100 unallocated", unallocated[1].Reason);
    }

    [Fact]
    public async Task Availability_BySegmentAndLocation_OrSummed_AllocatedUnitsAreNotAvailable()
    {
        await LocationAsync(Store);
        await LocationAsync(Dc);
        await _bed.UseSpecTagsAsync();
        await StockAsync(Shirt, Store, 5, ("Channel", "Amazon"));
        await StockAsync(Shirt, Store, 20, ("Channel", "Kibo"));
        await StockAsync(Shirt, Dc, 7, ("Channel", "Amazon"), ("OrderType", "BOPIS"));
        await StockAsync(Jeans, Dc, 4, ("Channel", "Walmart"));
        await PlaceAsync("M-8", Item(Shirt, 2, Store, ("Channel", "Amazon")));
        var amazon = new Dictionary<string, string> { ["Channel"] = "Amazon" };

        var amazonSummed = await _monitor.AvailabilityAsync([Shirt, Jeans], amazon, null);
        var amazonAtStore = Assert.Single(await _monitor.AvailabilityAsync([Shirt], amazon, Store));
        var amazonBopis = Assert.Single(await _monitor.AvailabilityAsync([Shirt], new Dictionary<string, string> { ["Channel"] = "Amazon", ["OrderType"] = "BOPIS" }, null));
        var everything = Assert.Single(await _monitor.AvailabilityAsync([Shirt], null, null));
        var atDc = Assert.Single(await _monitor.AvailabilityAsync([Shirt], null, Dc));

        Assert.Equal([(Shirt, (string?)null, 10), (Jeans, null, 0)], amazonSummed.Select(a => (a.Sku, a.LocationCode, a.Available)));
        Assert.Equal((Store, 3), (amazonAtStore.LocationCode, amazonAtStore.Available));
        Assert.Equal(7, amazonBopis.Available);
        Assert.Equal(30, everything.Available);
        Assert.Equal((Dc, 7), (atDc.LocationCode, atDc.Available));
    }

    [Fact]
    public async Task Availability_UnknownSku_IsNotFound()
    {
        await LocationAsync(Store);

        var refusal = await Assert.ThrowsAsync<InventoryRuleException>(() => _monitor.AvailabilityAsync([Shirt, "NOPE-1"], null, null));

        Assert.Equal((RuleViolationKind.NotFound, "skus[1]"), (refusal.Kind, Assert.Single(refusal.Errors.Keys)));
    }
}
