using System.Text.Json;
using InventoryAdmin.Domain.Model.Orders;

namespace InventoryAdmin.Domain.Services.Orders;

/// <summary>An order's status from its items and allocations, and its API name (camelCase).</summary>
internal static class OrderStatuses
{
    public static OrderStatus Of(Order order)
    {
        var allocations = order.Items.SelectMany(i => i.Allocations).ToList();
        var unallocated = order.Items.Sum(i => i.UnallocatedQuantity);
        var open = allocations.Sum(a => a.Open);
        var settled = allocations.Sum(a => a.Fulfilled + a.Cancelled);
        if (allocations.Count == 0) return unallocated > 0 ? OrderStatus.Unallocated : OrderStatus.Cancelled;
        // Shipped what was allocated while other units were never allocated: not complete, the rest is still owed.
        if (open == 0 && allocations.Any(a => a.Fulfilled > 0)) return unallocated > 0 ? OrderStatus.PartiallyFulfilled : OrderStatus.Completed;
        if (open == 0) return unallocated > 0 ? OrderStatus.Unallocated : OrderStatus.Cancelled;
        if (settled > 0) return OrderStatus.InProgress;
        return unallocated > 0 ? OrderStatus.PartiallyAllocated : OrderStatus.Allocated;
    }

    public static string Name(OrderStatus status) => JsonNamingPolicy.CamelCase.ConvertName(status.ToString());
}
