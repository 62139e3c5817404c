using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Model.Orders;
using InventoryAdmin.Domain.Model.Tags;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Domain.Store;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Domain.Services.Orders;

/// <summary>Checks a return and splits it over the allocations whose units were shipped and not yet returned.</summary>
internal static class ReturnInput
{
    public sealed record Work(Allocation Allocation, int ProductId, string Sku, int Units, bool Restock, int LocationId, string SegmentKey);

    public static async Task<IReadOnlyList<Work>> PlanAsync(InventoryDbContext db, Order order, TagCatalogue catalogue, IReadOnlyList<ReturnLine?>? lines,
        CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var onlyNotFound = true;
        void Fail(string field, string message, bool notFound = false)
        {
            errors[field] = [message];
            onlyNotFound &= notFound;
        }

        var productIds = order.Items.Select(i => i.ProductId).Distinct().ToList();
        var skus = await db.Products.Where(p => productIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Sku, ct);
        var locations = (await db.Locations.AsNoTracking().ToListAsync(ct)).DistinctBy(l => l.Code, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(l => l.Code, l => l.Id, StringComparer.OrdinalIgnoreCase);
        var returned = new Dictionary<long, int>();
        var result = new List<Work>();
        var items = lines ?? [];
        if (items.Count == 0) Fail("items", "Send at least one returned item.");
        for (var i = 0; i < items.Count; i++)
        {
            var line = items[i];
            if (line is null) { Fail($"items[{i}]", "The item is empty."); continue; }
            var sku = line.Sku?.Trim() ?? "";
            if (TextRules.Problem(sku, TextLimits.Sku, "SKU") is { } badSku) { Fail($"items[{i}].sku", badSku); continue; }
            if (TextRules.Problem(line.LocationCode?.Trim(), TextLimits.LocationCode, "Location code") is { } badCode)
            {
                Fail($"items[{i}].locationCode", badCode);
                continue;
            }

            var orderItems = order.Items.Where(it => string.Equals(skus[it.ProductId], sku, StringComparison.OrdinalIgnoreCase)).ToList();
            if (orderItems.Count == 0) { Fail($"items[{i}].sku", $"Order {order.ExternalId} has no item with SKU '{sku}'.", true); continue; }
            if (line.Quantity is not { } quantity || quantity < 1) { Fail($"items[{i}].quantity", "Return at least one unit."); continue; }

            var shipped = orderItems.SelectMany(it => it.Allocations.Select(a => (Item: it, Allocation: a)))
                .Select(x => (x.Item, x.Allocation, Left: x.Allocation.Fulfilled - x.Allocation.Returned - returned.GetValueOrDefault(x.Allocation.Id)))
                .Where(x => x.Left > 0).ToList();
            var returnable = shipped.Sum(x => x.Left);
            if (quantity > returnable)
            {
                Fail($"items[{i}].quantity", $"Only {returnable} unit(s) of {skus[orderItems[0].ProductId]} were fulfilled and not yet returned; cannot return {quantity}.");
                continue;
            }

            var restock = line.Restock ?? true;
            int? locationId = null;
            if (!string.IsNullOrWhiteSpace(line.LocationCode))
            {
                if (locations.TryGetValue(line.LocationCode.Trim(), out var found)) locationId = found;
                else { Fail($"items[{i}].locationCode", $"There is no location with code '{line.LocationCode.Trim()}'.", true); continue; }
            }

            var left = quantity;
            foreach (var (item, allocation, units) in shipped)
            {
                var take = Math.Min(left, units);
                // Sold without a segment (tags were off): the service rep names the location; the default segment takes it.
                var unsegmented = item.SegmentKey is null;
                if (unsegmented && restock && locationId is null)
                {
                    Fail($"items[{i}].locationCode", $"{sku} was sold without a segment; give the location to restock it at.");
                    break;
                }

                result.Add(new Work(allocation, item.ProductId, skus[item.ProductId], take, restock,
                    unsegmented && locationId is { } chosen ? chosen : allocation.LocationId, unsegmented ? catalogue.DefaultKey : allocation.SegmentKey));
                returned[allocation.Id] = returned.GetValueOrDefault(allocation.Id) + take;
                left -= take;
                if (left == 0) break;
            }
        }

        if (errors.Count > 0)
            throw new InventoryRuleException($"{errors.Count} problem(s) in the return; nothing was changed. First: {errors.First().Value[0]}", errors,
                onlyNotFound ? RuleViolationKind.NotFound : RuleViolationKind.Invalid);
        return result;
    }

    /// <summary>
    /// Where a restocked return goes: the work's location and segment, or for a bundle built from components each
    /// component's segment (at the location the rep chose and the default segment when the item had no segment).
    /// </summary>
    public static IEnumerable<StockPick> Restocked(Order order, Work work)
    {
        if (!work.Allocation.FromComponents) return [new StockPick(work.Allocation, work.ProductId, work.LocationId, work.SegmentKey, work.Units)];
        var unsegmented = order.Items.First(i => i.Allocations.Contains(work.Allocation)).SegmentKey is null;
        return work.Allocation.Components.Select(c => new StockPick(work.Allocation, c.ProductId, work.LocationId,
            unsegmented ? work.SegmentKey : c.SegmentKey, work.Units * c.QuantityPerBundle));
    }
}
