using System.Text.Json;
using InventoryAdmin.Domain.Model.Orders;

namespace InventoryAdmin.Domain.Services.Orders;

/// <summary>An order status's API name (camelCase); the status itself is the order's (<see cref="Order"/>).</summary>
internal static class OrderStatuses
{
    public static string Name(OrderStatus status) => JsonNamingPolicy.CamelCase.ConvertName(status.ToString());
}
