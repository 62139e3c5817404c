using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Model.Redistribution;
using InventoryAdmin.Domain.Model.Stock;
using InventoryAdmin.Domain.Store;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Domain.Services.Redistribution;

/// <summary>A scope as ids: the products (null = every product) and locations (null = every location) whose records it covers.</summary>
internal sealed record ResolvedScope(IReadOnlyList<int>? ProductIds, IReadOnlyList<int>? LocationIds)
{
    private const int NamedInMessage = 10;

    public IQueryable<InventoryRecord> Records(InventoryDbContext db)
    {
        var records = db.Records.AsNoTracking();
        if (ProductIds is { } products) records = records.Where(r => products.Contains(r.ProductId));
        if (LocationIds is { } locations) records = records.Where(r => locations.Contains(r.LocationId));
        return records;
    }

    /// <summary>
    /// Resolves SKUs, UPCs and location codes. When <paramref name="strict"/>, anything unknown is refused (404) with the
    /// unknown entries named; a running job resolves leniently, since a product may be deleted while it runs.
    /// </summary>
    public static async Task<ResolvedScope> ResolveAsync(InventoryDbContext db, RedistributionScope scope, bool strict, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        List<int>? products = null;
        if (!scope.AllProducts)
        {
            products = [];
            var bySku = await IdsAsync(scope.Skus, chunk => db.Products.AsNoTracking().Where(p => chunk.Contains(p.Sku)).Select(p => new KeyId(p.Sku, p.Id)), ct);
            var byUpc = await IdsAsync(scope.Upcs, chunk => db.Products.AsNoTracking().Where(p => p.Upc != null && chunk.Contains(p.Upc))
                .Select(p => new KeyId(p.Upc!, p.Id)), ct);
            products.AddRange(bySku.Values.Concat(byUpc.Values).Distinct());
            Unknown(errors, "skus", "SKU", scope.Skus, bySku);
            Unknown(errors, "upcs", "UPC", scope.Upcs, byUpc);
        }

        List<int>? locations = null;
        if (scope.LocationCodes.Count > 0)
        {
            var all = await db.Locations.AsNoTracking().Select(l => new { l.Code, l.Id }).ToListAsync(ct);
            var byCode = all.DistinctBy(l => l.Code, StringComparer.OrdinalIgnoreCase).ToDictionary(l => l.Code, l => l.Id, StringComparer.OrdinalIgnoreCase);
            locations = scope.LocationCodes.Where(byCode.ContainsKey).Select(c => byCode[c]).Distinct().ToList();
            Unknown(errors, "locationCodes", "location", scope.LocationCodes, byCode);
        }

        if (strict && errors.Count > 0)
            throw new InventoryRuleException(errors.First().Value[0], errors, RuleViolationKind.NotFound);
        return new ResolvedScope(products, locations);
    }

    private static async Task<Dictionary<string, int>> IdsAsync(IReadOnlyList<string> keys, Func<string[], IQueryable<KeyId>> query, CancellationToken ct)
    {
        // SKUs are NOCASE in the store: "shirt-1" found SHIRT-1, so it is known under either spelling.
        var found = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var chunk in keys.Chunk(500))
            foreach (var row in await query(chunk).ToListAsync(ct))
                found[row.Key] = row.Id;
        return found;
    }

    private sealed record KeyId(string Key, int Id);

    private static void Unknown(Dictionary<string, string[]> errors, string field, string what, IReadOnlyList<string> asked, IReadOnlyDictionary<string, int> found)
    {
        var unknown = asked.Where(a => !found.ContainsKey(a)).ToList();
        if (unknown.Count == 0) return;
        var named = string.Join(", ", unknown.Take(NamedInMessage)) + (unknown.Count > NamedInMessage ? $" and {unknown.Count - NamedInMessage} more" : "");
        errors[field] = [$"Unknown {what}{(unknown.Count == 1 ? "" : "s")}: {named}. Nothing was started."];
    }
}
