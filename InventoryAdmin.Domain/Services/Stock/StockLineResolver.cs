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

        var skus = lines.Where(l => !string.IsNullOrWhiteSpace(l.Sku)).Select(l => l.Sku!.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
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
        void Fail(int i, string field, string message, bool notFound = false)
        {
            errors[$"items[{i}].{field}"] = [message];
            onlyNotFound &= notFound;
        }

        var resolved = new List<ResolvedLine>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            int productId = 0, locationId = 0;
            if (!string.IsNullOrWhiteSpace(line.Sku))
            {
                if (!bySku.TryGetValue(line.Sku.Trim(), out productId)) Fail(i, "sku", $"There is no product with SKU '{line.Sku.Trim()}'.", true);
            }
            else if (!string.IsNullOrWhiteSpace(line.Upc))
            {
                if (!byUpc.TryGetValue(line.Upc.Trim(), out productId)) Fail(i, "upc", $"There is no product with UPC '{line.Upc.Trim()}'.", true);
            }
            else Fail(i, "sku", "Give the product's SKU or UPC.");

            if (string.IsNullOrWhiteSpace(line.LocationCode)) Fail(i, "locationCode", "Give the location code.");
            else if (!locations.TryGetValue(line.LocationCode.Trim(), out locationId))
                Fail(i, "locationCode", $"There is no location with code '{line.LocationCode.Trim()}'.", true);

            var storageId = 0;
            if (!string.IsNullOrWhiteSpace(line.StorageLocation) && locationId != 0
                && !storage.TryGetValue((locationId, line.StorageLocation.Trim().ToUpperInvariant()), out storageId))
                Fail(i, "storageLocation", $"There is no storage location '{line.StorageLocation.Trim()}' at {line.LocationCode!.Trim()}.", true);

            if (kind == StockChangeKind.Refresh && line.Amount < 0) Fail(i, "quantity", "A counted quantity cannot be negative.");

            string? key = null;
            // With tags disabled a record is one segment: a change spreads over it whatever tags the line names.
            if (catalogue.Enabled && (line.Tags is { Count: > 0 } || catalogue.UnsegmentedLinesAreExplicit))
            {
                key = catalogue.Encode(line.Tags, out var tagErrors);
                foreach (var (tag, message) in tagErrors) Fail(i, $"tags.{tag}", message);
            }

            resolved.Add(new ResolvedLine(i, productId, locationId, key, line.Amount,
                string.IsNullOrWhiteSpace(line.Reason) ? (kind == StockChangeKind.Refresh ? "Count" : "Adjustment") : line.Reason.Trim(),
                string.IsNullOrWhiteSpace(line.Reference) ? null : line.Reference.Trim(), storageId));
        }

        if (errors.Count > 0)
        {
            var summary = $"{errors.Count} problem(s) in {lines.Count} line(s); nothing was changed. First: {errors.First().Key}: {errors.First().Value[0]}";
            throw new InventoryRuleException(summary, errors, onlyNotFound ? RuleViolationKind.NotFound : RuleViolationKind.Invalid);
        }

        return resolved;
    }
}
