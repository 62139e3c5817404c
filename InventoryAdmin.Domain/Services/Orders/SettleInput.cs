using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Model.Orders;
using InventoryAdmin.Domain.Services.Contracts;

namespace InventoryAdmin.Domain.Services.Orders;

/// <summary>Which allocations a fulfil or cancel settles: the lines given, or everything open.</summary>
internal static class SettleInput
{
    public static IReadOnlyList<(Allocation Allocation, int Units)> Lines(Order order, IReadOnlyList<SettleLine?>? lines, string verb)
    {
        var allocations = order.Items.SelectMany(i => i.Allocations).ToDictionary(a => a.Id);
        if (lines is null || lines.Count == 0)
        {
            var open = allocations.Values.Where(a => a.Open > 0).Select(a => (a, a.Open)).ToList();
            // Cancelling a whole order also drops what was never allocated.
            var waiting = verb == "cancel" && order.Items.Any(i => i.UnallocatedQuantity > 0);
            if (open.Count == 0 && !waiting)
                throw new InventoryRuleException("items", $"Order {order.ExternalId} has nothing open to {verb}.", RuleViolationKind.Conflict);
            return open;
        }

        var errors = new Dictionary<string, string[]>();
        var onlyNotFound = true;
        var planned = new Dictionary<long, int>();
        var result = new List<(Allocation, int)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line?.AllocationId is not { } id) { errors[$"items[{i}].allocationId"] = ["Give the allocation id."]; onlyNotFound = false; continue; }
            if (!allocations.TryGetValue(id, out var allocation))
            {
                errors[$"items[{i}].allocationId"] = [$"Order {order.ExternalId} has no allocation {id}."];
                continue;
            }

            var units = line.Quantity ?? allocation.Open - planned.GetValueOrDefault(id);
            var left = allocation.Open - planned.GetValueOrDefault(id);
            if (units < 1 || units > left)
            {
                errors[$"items[{i}].quantity"] = [left == 0 ? $"Allocation {id} has nothing open to {verb}." : $"Allocation {id} has {left} open; {verb} 1 to {left}."];
                onlyNotFound = false;
                continue;
            }

            planned[id] = planned.GetValueOrDefault(id) + units;
            result.Add((allocation, units));
        }

        if (errors.Count > 0)
            throw new InventoryRuleException($"{errors.Count} problem(s); nothing was changed. First: {errors.First().Value[0]}", errors,
                onlyNotFound ? RuleViolationKind.NotFound : RuleViolationKind.Invalid);
        return result;
    }
}
