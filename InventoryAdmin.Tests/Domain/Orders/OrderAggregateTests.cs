using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Model.Orders;

namespace InventoryAdmin.Tests.Domain.Orders;

/// <summary>The order aggregate: placed, allocated, fulfilled, cancelled and returned only through its methods, its status kept inside, a broken rule refused.</summary>
public sealed class OrderAggregateTests
{
    private static readonly DateTime At = new(2026, 3, 14, 9, 30, 0, DateTimeKind.Utc);

    private static Order Placed(int quantity = 5) => Order.Place("A-1", "", false, At, "channel", [("1", 7, quantity, "|1|", null)]);

    private static Allocation Units(int quantity) => new(0, 7, 3, "|1|", quantity, At);

    [Fact]
    public void Placed_EveryUnitIsUnallocated_AllocatingAllMakesItAllocated_PartOfItPartiallyAllocated()
    {
        var order = Placed();
        Assert.Equal((OrderStatus.Unallocated, 5), (order.Status, order.Items[0].UnallocatedQuantity));

        order.Allocate(order.Items[0], Units(3));
        order.LeaveUnallocated(order.Items[0], "No location has it");
        Assert.Equal((OrderStatus.PartiallyAllocated, 2, "No location has it"), (order.Status, order.Items[0].UnallocatedQuantity, order.Items[0].UnallocatedReason));

        order.Allocate(order.Items[0], Units(2));
        Assert.Equal((OrderStatus.Allocated, 0), (order.Status, order.Items[0].UnallocatedQuantity));
    }

    [Fact]
    public void AllocatingMoreThanIsUnallocated_IsRefused_AndChangesNothing()
    {
        var order = Placed(2);

        Assert.Throws<InventoryRuleException>(() => order.Allocate(order.Items[0], Units(3)));

        Assert.Empty(order.Items[0].Allocations);
        Assert.Equal((OrderStatus.Unallocated, 2), (order.Status, order.Items[0].UnallocatedQuantity));
    }

    [Fact]
    public void FulfilAndCancel_TakeOnlyOpenUnits_TheStatusFollows()
    {
        var order = Placed(5);
        var allocation = Units(5);
        order.Allocate(order.Items[0], allocation);

        order.Fulfil(allocation, 2);
        Assert.Equal((OrderStatus.InProgress, 3), (order.Status, allocation.Open));
        var refused = Assert.Throws<InventoryRuleException>(() => order.Cancel(allocation, 4));
        Assert.Contains("has 3 open", refused.Message);
        Assert.Equal((2, 0, 3), (allocation.Fulfilled, allocation.Cancelled, allocation.Open));

        order.Cancel(allocation, 3);
        Assert.Equal(OrderStatus.Completed, order.Status);
        Assert.Throws<InventoryRuleException>(() => order.Fulfil(allocation, 1));
    }

    [Fact]
    public void Return_NeverMoreThanFulfilledAndNotYetReturned()
    {
        var order = Placed(4);
        var allocation = Units(4);
        order.Allocate(order.Items[0], allocation);
        order.Fulfil(allocation, 2);

        order.Return(allocation, 1);
        Assert.Throws<InventoryRuleException>(() => order.Return(allocation, 2));

        Assert.Equal(1, allocation.Returned);
    }

    [Fact]
    public void CancellingWhatWasNeverAllocated_LeavesAShippedOrderCompleted_AnUnshippedOneCancelled()
    {
        var shipped = Placed(3);
        var allocation = Units(1);
        shipped.Allocate(shipped.Items[0], allocation);
        shipped.Fulfil(allocation, 1);
        Assert.Equal(OrderStatus.PartiallyFulfilled, shipped.Status);
        shipped.CancelUnallocated("manager");
        Assert.Equal((OrderStatus.Completed, "Cancelled by manager"), (shipped.Status, shipped.Items[0].UnallocatedReason));

        var waiting = Placed(3);
        waiting.CancelUnallocated("manager");
        Assert.Equal(OrderStatus.Cancelled, waiting.Status);
    }
}
