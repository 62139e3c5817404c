using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Model.Orders;
using InventoryAdmin.Domain.Model.Stock;
using InventoryAdmin.Domain.Model.Tags;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Domain.Store;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Domain.Services.Orders;

/// <summary>Checks an order request field by field (<c>items[2].sku</c>) before anything is written.</summary>
internal static class OrderInput
{
    public sealed record Item(string LineId, int ProductId, string Sku, int Quantity, string SegmentKey, int? LocationId, string? LocationCode,
        bool IsBundle = false);

    public static (string ExternalId, string Source) Keys(string? externalId, string? source)
    {
        var errors = new Dictionary<string, string[]>();
        var id = externalId?.Trim() ?? "";
        if (id.Length == 0) errors["externalId"] = [$"Give the order's external id (at most {TextLimits.ExternalId} characters)."];
        else TextRules.Check(errors, "externalId", id, TextLimits.ExternalId, "The order id");
        var from = source?.Trim() ?? "";
        TextRules.Check(errors, "source", from, TextLimits.Source, "The source");
        if (errors.Count > 0) throw new InventoryRuleException(errors.First().Value[0], errors);
        return (id, from);
    }

    public static async Task<IReadOnlyList<Item>> ItemsAsync(OrderReader reads, TagCatalogue catalogue, IReadOnlyList<OrderItemRequest?>? items,
        CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var onlyNotFound = true;
        void Fail(string field, string message, bool notFound = false)
        {
            errors[field] = [message];
            onlyNotFound &= notFound;
        }

        var lines = items ?? [];
        if (lines.Count == 0) Fail("items", "Send at least one item.");
        var skus = lines.Where(l => !string.IsNullOrWhiteSpace(l?.Sku) && TextRules.Problem(l.Sku.Trim(), TextLimits.Sku, "SKU") is null)
            .Select(l => l!.Sku!.Trim()).Distinct().ToList();
        var products = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var bundles = new HashSet<int>();
        foreach (var sku in skus)
        {
            if (products.ContainsKey(sku) || await reads.ProductAsync(sku, ct) is not { } product) continue;
            products[sku] = product.Id;
            if (product.Kind == ProductKind.Bundle) bundles.Add(product.Id);
        }

        var locations = new Dictionary<string, (int Id, string Code)>(StringComparer.OrdinalIgnoreCase);
        foreach (var code in lines.Where(l => !string.IsNullOrWhiteSpace(l?.LocationCode)).Select(l => l!.LocationCode!.Trim())
                     .Where(c => TextRules.Problem(c, TextLimits.LocationCode, "") is null))
            if (!locations.ContainsKey(code) && await reads.LocationAsync(code, ct) is { } location)
                locations[code] = location;

        var result = new List<Item>();
        long units = 0;
        var lineIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line is null) { Fail($"items[{i}]", "The item is empty."); continue; }
            var lineId = string.IsNullOrWhiteSpace(line.LineId) ? (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : line.LineId.Trim();
            if (TextRules.Problem(lineId, TextLimits.LineId, "The line id") is { } badLineId) Fail($"items[{i}].lineId", badLineId);
            else if (!lineIds.Add(lineId)) Fail($"items[{i}].lineId", $"Line id '{lineId}' is used twice in this order.");

            var productId = 0;
            if (string.IsNullOrWhiteSpace(line.Sku)) Fail($"items[{i}].sku", "Give the product's SKU.");
            else if (TextRules.Problem(line.Sku.Trim(), TextLimits.Sku, "SKU") is { } badSku) Fail($"items[{i}].sku", badSku);
            else if (!products.TryGetValue(line.Sku.Trim(), out productId)) Fail($"items[{i}].sku", $"There is no product with SKU '{line.Sku.Trim()}'.", true);

            if (line.Quantity is null or < 1) Fail($"items[{i}].quantity", "Order at least one unit.");
            else if (line.Quantity > Quantities.MaxUnitsPerProduct) Fail($"items[{i}].quantity", $"An item orders at most {Quantities.MaxUnitsPerProduct:N0} units.");
            else units += line.Quantity.Value;

            (int Id, string Code)? location = null;
            if (!string.IsNullOrWhiteSpace(line.LocationCode))
            {
                if (TextRules.Problem(line.LocationCode.Trim(), TextLimits.LocationCode, "Location code") is { } badCode) Fail($"items[{i}].locationCode", badCode);
                else if (locations.TryGetValue(line.LocationCode.Trim(), out var found)) location = found;
                else Fail($"items[{i}].locationCode", $"There is no location with code '{line.LocationCode.Trim()}'.", true);
            }

            var badTags = false;
            foreach (var (tag, value) in line.Tags ?? [])
                badTags |= TextRules.Check(errors, $"items[{i}].tags.{tag}", tag?.Trim(), TextLimits.TagName, "The tag name")
                    | TextRules.Check(errors, $"items[{i}].tags.{tag}", value?.Trim(), TextLimits.TagName, "The tag value");
            if (badTags) onlyNotFound = false;
            var key = "";
            if (!badTags)
            {
                key = catalogue.Encode(line.Tags, out var tagErrors);
                foreach (var (tag, message) in tagErrors) Fail($"items[{i}].tags.{tag}", message);
            }
            result.Add(new Item(lineId, productId, line.Sku?.Trim() ?? "", line.Quantity ?? 0, key, location?.Id, location?.Code, bundles.Contains(productId)));
        }

        if (units > Quantities.MaxUnitsPerProduct) Fail("items", $"An order holds at most {Quantities.MaxUnitsPerProduct:N0} units (this one: {units:N0}).");
        if (errors.Count > 0)
            throw new InventoryRuleException($"{errors.Count} problem(s) in the order; nothing was allocated. First: {errors.First().Key}: {errors.First().Value[0]}",
                errors, onlyNotFound ? RuleViolationKind.NotFound : RuleViolationKind.Invalid);
        return result;
    }

    /// <summary>Why units stay unallocated, in words for the monitor.</summary>
    public static string WhyUnallocated(Item item, IReadOnlyList<OrderRouting.Candidate> ordered, int remaining, bool split, TagCatalogue catalogue)
    {
        var segment = catalogue.Enabled ? $" in segment {catalogue.Describe(item.SegmentKey)}" : "";
        if (item.LocationCode is not null)
            return $"Only {Math.Max(0, ordered.FirstOrDefault()?.Available ?? 0)} available at {item.LocationCode}{segment}; {remaining} unallocated.";
        if (split) return $"Not enough available at any location{segment}: {remaining} of {item.Quantity} unallocated.";
        var best = ordered.OrderByDescending(c => c.Available).FirstOrDefault();
        return best is null || best.Available <= 0
            ? $"No location has {item.Sku} available{segment}."
            : $"No single location has {item.Quantity} available{segment} (most: {best.Available} at {best.Code}); split was not allowed.";
    }
}
