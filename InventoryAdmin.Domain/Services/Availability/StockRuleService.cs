using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Model.Availability;
using InventoryAdmin.Domain.Model.Tags;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Domain.Store;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Domain.Services.Availability;

/// <summary>
/// Safety stock and low-stock thresholds (SPEC §10): lists and writes rules, all lines of a request or none. A change
/// records a segment change for every segment the rule covers, so the delta feed and the alerts see the new figures.
/// </summary>
public sealed class StockRuleService(IDbContextFactory<InventoryDbContext> dbFactory, InventoryChanges changes, TimeProvider clock,
    BatchLimits? limits = null)
{
    private readonly BatchLimits limits = limits ?? BatchLimits.Default;

    public async Task<IReadOnlyList<StockRuleDto>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var catalogue = Full(await StockService.LoadCatalogueAsync(db, ct));
        var rules = await db.StockRules.AsNoTracking().ToListAsync(ct);
        var locations = await db.Locations.AsNoTracking().ToDictionaryAsync(l => l.Id, l => l.Code, ct);
        var productIds = rules.Select(r => r.ProductId).Where(id => id != StockRule.AnyProduct).Distinct().ToList();
        var skus = await db.Products.AsNoTracking().Where(p => productIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Sku, ct);
        return rules.Select(r => new StockRuleDto(catalogue.Decode(r.SegmentKey), locations.GetValueOrDefault(r.LocationId), skus.GetValueOrDefault(r.ProductId),
                r.SafetyStock, r.LowStockAt))
            .OrderBy(r => catalogue.SortKey(r.Tags), StringComparer.Ordinal)
            .ThenBy(r => r.LocationCode ?? "", StringComparer.OrdinalIgnoreCase)
            .ThenBy(r => r.Sku ?? "", StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    /// <summary>Adds, changes or (both figures null) removes rules; a refused line names its field and nothing changes.</summary>
    public async Task<StockRulesAppliedDto> PutAsync(IReadOnlyList<StockRuleLine?>? items, CancellationToken ct = default)
    {
        if (items is not { Count: > 0 }) throw new InventoryRuleException("items", "Give one or more rules.");
        limits.Check(items.Count);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var actual = await StockService.LoadCatalogueAsync(db, ct);
        var catalogue = Full(actual);
        var resolved = await ResolveAsync(db, catalogue, items, ct);

        var existing = await db.StockRules.ToDictionaryAsync(r => (r.SegmentKey, r.LocationId, r.ProductId), ct);
        var at = clock.GetUtcNow().UtcDateTime;
        var applied = 0;
        foreach (var line in resolved)
        {
            var found = existing.GetValueOrDefault((line.Key, line.LocationId, line.ProductId));
            if (line.SafetyStock is null && line.LowStockAt is null)
            {
                if (found is null) continue;
                db.StockRules.Remove(found);
            }
            else if (found is null) db.StockRules.Add(new StockRule(line.Key, line.LocationId, line.ProductId, line.SafetyStock, line.LowStockAt, at));
            else if (found.SafetyStock == line.SafetyStock && found.LowStockAt == line.LowStockAt) continue;
            else found.Set(line.SafetyStock, line.LowStockAt, at);
            applied++;
        }

        await db.SaveChangesAsync(ct);
        foreach (var line in resolved) await SegmentChangeLog.RecordCoveredAsync(db, actual, line.Key, line.LocationId, line.ProductId, at, ct);
        await tx.CommitAsync(ct);
        changes.Publish(new InventoryChange(InventoryChangeArea.Stock, "stock-rules"));
        return new StockRulesAppliedDto(applied);
    }

    /// <summary>
    /// The catalogue rules are written against: every tag, also while tags are switched off (a rule may be set up before they
    /// are switched on; meanwhile a segment's key is the defaults' key, so rules of the default segment apply).
    /// </summary>
    internal static TagCatalogue Full(TagCatalogue catalogue) => catalogue.Enabled ? catalogue : new TagCatalogue(catalogue.Tags, enabled: true);

    private sealed record ResolvedRule(string Key, int LocationId, int ProductId, int? SafetyStock, int? LowStockAt);

    private static async Task<List<ResolvedRule>> ResolveAsync(InventoryDbContext db, TagCatalogue catalogue, IReadOnlyList<StockRuleLine?> items,
        CancellationToken ct)
    {
        var codes = items.Select(i => i?.LocationCode?.Trim()).Where(c => !string.IsNullOrEmpty(c)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var locations = await db.Locations.AsNoTracking().Where(l => codes.Contains(l.Code)).ToDictionaryAsync(l => l.Code, l => l.Id,
            StringComparer.OrdinalIgnoreCase, ct);
        var wanted = items.Select(i => i?.Sku?.Trim()).Where(s => !string.IsNullOrEmpty(s)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var products = await db.Products.AsNoTracking().Where(p => wanted.Contains(p.Sku)).ToDictionaryAsync(p => p.Sku, p => p.Id,
            StringComparer.OrdinalIgnoreCase, ct);

        var errors = new Dictionary<string, string[]>();
        var notFoundOnly = true;
        var resolved = new List<ResolvedRule>();
        var seen = new Dictionary<(string, int, int), int>();
        for (var i = 0; i < items.Count; i++)
        {
            var field = $"items[{i}]";
            if (items[i] is not { } line)
            {
                errors[field] = ["A rule is required here."];
                notFoundOnly = false;
                continue;
            }

            var key = catalogue.Encode(line.Tags, out var tagErrors);
            foreach (var (tag, message) in tagErrors) errors[$"{field}.tags.{tag}"] = [message];
            var locationId = StockRule.AnyLocation;
            if (!string.IsNullOrWhiteSpace(line.LocationCode) && !locations.TryGetValue(line.LocationCode.Trim(), out locationId))
                errors[$"{field}.locationCode"] = [$"There is no location with code '{line.LocationCode.Trim()}'."];
            var productId = StockRule.AnyProduct;
            if (!string.IsNullOrWhiteSpace(line.Sku) && !products.TryGetValue(line.Sku.Trim(), out productId))
                errors[$"{field}.sku"] = [$"There is no product with SKU '{line.Sku.Trim()}'."];
            foreach (var (name, value) in new[] { ("safetyStock", line.SafetyStock), ("lowStockAt", line.LowStockAt) })
            {
                if (value >= 0) continue;
                if (value is null) continue;
                errors[$"{field}.{name}"] = ["Must be a whole number of units, 0 or more."];
                notFoundOnly = false;
            }

            if (errors.Keys.Any(k => k.StartsWith(field + ".", StringComparison.Ordinal))) continue;
            if (seen.TryGetValue((key, locationId, productId), out var first))
            {
                errors[field] = [$"The same rule as items[{first}]; give each segment, location and SKU once."];
                notFoundOnly = false;
                continue;
            }

            seen[(key, locationId, productId)] = i;
            resolved.Add(new ResolvedRule(key, locationId, productId, line.SafetyStock, line.LowStockAt));
        }

        if (errors.Count > 0)
            throw new InventoryRuleException($"{errors.Count} rule field(s) refused; nothing was changed. First: {errors.First().Key}: {errors.First().Value[0]}",
                errors, notFoundOnly ? RuleViolationKind.NotFound : RuleViolationKind.Invalid);
        return resolved;
    }
}
