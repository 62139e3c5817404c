using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Tests.Support.Orders;

namespace InventoryAdmin.Tests.Services.Orders;

/// <summary>An order's page lists its ledger movements: reservation, shipment, release and return.</summary>
public class OrderHistoryTests : OrderServiceTestBase
{
    public OrderHistoryTests()
        : this(null)
    {
    }

    /// <summary>The same tests on another engine (see the PostgreSQL subclass).</summary>
    protected OrderHistoryTests(InventoryAdmin.Tests.Support.Domain.InventoryTestStore? store)
        : base(store)
    {
    }

    [Fact]
    public async Task HistoryAsync_ListsReservationShipmentReleaseAndReturn_InOrder()
    {
        await LocationAsync(Store, 10);
        await StockAsync(Shirt, Store, 10);
        var (order, _) = await _orders.CreateAsync(new OrderRequest("H-1", null, false, [Item(Shirt, 4, Store)]), Channel);
        var allocation = order.Items[0].Allocations[0].Id;
        await _orders.FulfilAsync("H-1", null, [new SettleLine(allocation, 3)], Channel);
        await _orders.CancelAsync("H-1", null, null, Channel);
        await _orders.ReturnAsync("H-1", null, [new ReturnLine(Shirt, 1, true, Store)], Channel);

        var history = await _orders.HistoryAsync("H-1");

        // Reserved 4; shipping 3 releases them and takes them off the shelf; cancelling releases the last; the return restocks 1.
        Assert.Equal([(4, 0), (-3, 0), (0, -3), (-1, 0), (0, 1)], history.Select(h => (h.AllocatedDelta, h.Delta)).ToList());
        Assert.All(history, h => Assert.Equal((Shirt, Store, "amazon-connector"), (h.Sku, h.LocationCode, h.Actor)));
    }
}
