using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Services.Contracts;

namespace InventoryAdmin.Api;

/// <summary>The body of POST /api/v1/inventory/refresh and /adjust.</summary>
public sealed record InventoryBatchRequest(IReadOnlyList<InventoryLineRequest?>? Items)
{
    /// <summary>Lines for the stock service; a missing amount is reported per line, more lines than the limit as a 413 first.</summary>
    public IReadOnlyList<StockLine> ToLines(bool refresh, BatchLimits limits)
    {
        var field = refresh ? "quantity" : "delta";
        var errors = new Dictionary<string, string[]>();
        var lines = new List<StockLine>();
        var items = Items ?? [];
        limits.Check(items.Count);
        if (items.Count == 0) errors["items"] = ["Send at least one item."];
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item is null) { errors[$"items[{i}]"] = ["The item is empty."]; continue; }
            var amount = refresh ? item.Quantity : item.Delta;
            if (amount is null) errors[$"items[{i}].{field}"] = [refresh ? "Give the counted quantity." : "Give the delta (may be negative)."];
            lines.Add(new StockLine(item.Sku, item.Upc, item.LocationCode, item.Tags, amount ?? 0, item.Reason, item.Reference, item.StorageLocation));
        }

        if (errors.Count > 0)
            throw new InventoryRuleException($"{errors.Count} problem(s); nothing was changed.", errors);
        return lines;
    }
}

public sealed record InventoryLineRequest(string? Sku, string? Upc, string? LocationCode, Dictionary<string, string>? Tags,
    string? StorageLocation, int? Quantity, int? Delta, string? Reason, string? Reference);
