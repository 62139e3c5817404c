using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Model.Stock;
using InventoryAdmin.Domain.Model.Tags;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Domain.Store;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Domain.Services.Stock;

/// <summary>Checks every line of a batch and reports each bad field as <c>items[i].field</c>; all or nothing.</summary>
internal static class StockLineResolver
{
    public static async Task<IReadOnlyList<ResolvedLine>> ResolveAsync(InventoryDbContext db, TagCatalogue catalogue, StockChangeKind kind,
        IReadOnlyList<StockLine> lines, CancellationToken ct)
    {
        if (lines.Count == 0) throw new InventoryRuleException("items", "Send at least one line.");

        var skus = lines.Where(l => !string.IsNullOrWhiteSpace(l.Sku) && !TextRules.HasControlCharacter(l.Sku)).Select(l => l.Sku!.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var upcs = lines.Where(l => string.IsNullOrWhiteSpace(l.Sku) && !string.IsNullOrWhiteSpace(l.Upc)).Select(l => l.Upc!.Trim()).Distinct().ToList();
        var bySku = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var chunk in skus.Chunk(500))
            foreach (var p in await db.Products.AsNoTracking().Where(p => chunk.Contains(p.Sku)).Select(p => new { p.Sku, p.Id }).ToListAsync(ct))
                bySku[p.Sku] = p.Id;
        var byUpc = new Dictionary<string, int>();
        foreach (var chunk in upcs.Chunk(500))
            foreach (var p in await db.Products.AsNoTracking().Where(p => chunk.Contains(p.Upc!)).Select(p => new { p.Upc, p.Id }).ToListAsync(ct))
                byUpc[p.Upc!] = p.Id;
        // Codes and names are unique ignoring case (see CatalogueService/TraitService); the first match wins should older data hold two.
        var locations = (await db.Locations.AsNoTracking().OrderBy(l => l.Id).Select(l => new { l.Code, l.Id }).ToListAsync(ct))
            .DistinctBy(l => l.Code, StringComparer.OrdinalIgnoreCase).ToDictionary(l => l.Code, l => l.Id, StringComparer.OrdinalIgnoreCase);
        var storage = lines.Any(l => !string.IsNullOrWhiteSpace(l.StorageLocation))
            ? (await db.StorageLocations.AsNoTracking().OrderBy(s => s.Id).Select(s => new { s.LocationId, s.Name, s.Id }).ToListAsync(ct))
                .DistinctBy(s => (s.LocationId, s.Name.ToUpperInvariant())).ToDictionary(s => (s.LocationId, s.Name.ToUpperInvariant()), s => s.Id)
            : [];

        var errors = new Dictionary<string, string[]>();
        var onlyNotFound = true;
        var failed = new HashSet<int>();
        bool Fail(int i, string field, string message, bool notFound = false)
        {
            errors[field.Length == 0 ? $"items[{i}]" : $"items[{i}].{field}"] = [message];
            onlyNotFound &= notFound;
            failed.Add(i);
            return true;
        }

        var resolved = new List<ResolvedLine>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            int productId = 0, locationId = 0;
            var sku = line.Sku?.Trim();
            var upc = line.Upc?.Trim();
            var code = line.LocationCode?.Trim();
            var storageName = line.StorageLocation?.Trim();
            var amountField = kind == StockChangeKind.Refresh ? "quantity" : "delta";
            // Text that can never name anything (a control character, too long) is refused as such, not looked up.
            bool Bad(string field, string? text, int max, string what) =>
                TextRules.Problem(text, max, what) is { } problem && Fail(i, field, problem);
            var badSku = Bad("sku", sku, TextLimits.Sku, "SKU");
            var badUpc = Bad("upc", upc, TextLimits.Upc, "UPC");
            var badCode = Bad("locationCode", code, TextLimits.LocationCode, "Location code");
            var badStorage = Bad("storageLocation", storageName, TextLimits.StorageLocationName, "Storage location");
            Bad("reason", line.Reason?.Trim(), TextLimits.Reason, "The reason");
            Bad("reference", line.Reference?.Trim(), TextLimits.Reference, "The reference");

            if (!string.IsNullOrWhiteSpace(sku))
            {
                if (!badSku && !bySku.TryGetValue(sku, out productId)) Fail(i, "sku", $"There is no product with SKU '{sku}'.", true);
            }
            else if (!string.IsNullOrWhiteSpace(upc))
            {
                if (!badUpc && !byUpc.TryGetValue(upc, out productId)) Fail(i, "upc", $"There is no product with UPC '{upc}'.", true);
            }
            else Fail(i, "sku", "Give the product's SKU or UPC.");

            if (string.IsNullOrWhiteSpace(code)) Fail(i, "locationCode", "Give the location code.");
            else if (!badCode && !locations.TryGetValue(code, out locationId))
                Fail(i, "locationCode", $"There is no location with code '{code}'.", true);

            var storageId = 0;
            if (!string.IsNullOrWhiteSpace(storageName) && !badStorage && locationId != 0
                && !storage.TryGetValue((locationId, storageName.ToUpperInvariant()), out storageId))
                Fail(i, "storageLocation", $"There is no storage location '{storageName}' at {code}.", true);

            if (kind == StockChangeKind.Refresh && line.Amount < 0) Fail(i, "quantity", "A counted quantity cannot be negative.");
            else if (line.Amount is > Quantities.MaxUnitsPerProduct or < -Quantities.MaxUnitsPerProduct)
                Fail(i, amountField, $"A line may {(kind == StockChangeKind.Refresh ? "count" : "change")} at most {Quantities.MaxUnitsPerProduct:N0} units.");

            string? key = null;
            var badTags = false;
            foreach (var (tag, value) in line.Tags ?? new Dictionary<string, string>())
                badTags |= Bad($"tags.{tag}", tag?.Trim(), TextLimits.TagName, "The tag name") | Bad($"tags.{tag}", value?.Trim(), TextLimits.TagName, "The tag value");
            // With tags disabled a record is one segment: a change spreads over it whatever tags the line names.
            if (!badTags && catalogue.Enabled && (line.Tags is { Count: > 0 } || catalogue.UnsegmentedLinesAreExplicit))
            {
                key = catalogue.Encode(line.Tags, out var tagErrors);
                foreach (var (tag, message) in tagErrors) Fail(i, $"tags.{tag}", message);
            }

            resolved.Add(new ResolvedLine(i, productId, locationId, key, line.Amount,
                string.IsNullOrWhiteSpace(line.Reason) ? (kind == StockChangeKind.Refresh ? "Count" : "Adjustment") : line.Reason.Trim(),
                string.IsNullOrWhiteSpace(line.Reference) ? null : line.Reference.Trim(), storageId));
        }

        // Lines already refused may not name what they seem to (an unknown storage location resolves to none).
        foreach (var (index, message) in BatchDuplicates.Find(resolved.Where(l => !failed.Contains(l.Index)).ToList(), kind)) Fail(index, "", message);

        if (errors.Count > 0)
        {
            var summary = $"{errors.Count} problem(s) in {lines.Count} line(s); nothing was changed. First: {errors.First().Key}: {errors.First().Value[0]}";
            throw new InventoryRuleException(summary, errors, onlyNotFound ? RuleViolationKind.NotFound : RuleViolationKind.Invalid);
        }

        return resolved;
    }
}
