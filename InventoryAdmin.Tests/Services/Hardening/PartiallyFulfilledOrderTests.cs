using InventoryAdmin.Tests.Support.Domain;
using InventoryAdmin.Tests.Support.Orders;

namespace InventoryAdmin.Tests.Services.Hardening;

/// <summary>
/// Issue 18 item 10, decided: an order that shipped everything allocated while other units were never allocated is not
/// "completed" — those units are still owed. It is <c>partiallyFulfilled</c>, stays in the monitor's unallocated list
/// (marked so) until the rest is cancelled, and is <c>completed</c> then.
/// </summary>
public class PartiallyFulfilledOrderTests : OrderServiceTestBase
{
    public PartiallyFulfilledOrderTests()
        : this(null)
    {
    }

    /// <summary>The same tests on another engine (see the PostgreSQL subclass).</summary>
    protected PartiallyFulfilledOrderTests(InventoryTestStore? store)
        : base(store: store)
    {
    }

    [Fact]
    public async Task FulfilEverythingAllocated_WithUnitsNeverAllocated_IsPartiallyFulfilledAndStaysOnTheMonitorUntilCancelled()
    {
        await LocationAsync(Store);
        await StockAsync(Shirt, Store, 4);
        await PlaceSplitAsync("PF-1", Item(Shirt, 10));

        var shipped = await _orders.FulfilAsync("PF-1", null, null, Channel);
        var monitor = await _monitor.MonitorAsync();

        Assert.Equal("partiallyFulfilled", shipped.Status);
        Assert.Equal(6, shipped.Items.Single().Unallocated!.Quantity);
        var owed = Assert.Single(monitor.Unallocated);
        Assert.Equal(("PF-1", 6, "partiallyFulfilled"), (owed.OrderExternalId, owed.Quantity, owed.OrderStatus));

        var cancelled = await _orders.CancelAsync("PF-1", null, null, Channel);

        Assert.Equal("completed", cancelled.Status);
        Assert.Empty((await _monitor.MonitorAsync()).Unallocated);
        await AssertLedgerConsistentAsync();
    }

    [Fact]
    public async Task FulfilEverything_WithNothingOwed_IsCompleted()
    {
        await LocationAsync(Store);
        await StockAsync(Shirt, Store, 4);
        await PlaceAsync("PF-2", Item(Shirt, 4));

        Assert.Equal("completed", (await _orders.FulfilAsync("PF-2", null, null, Channel)).Status);
    }
}
