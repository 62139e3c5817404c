using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Services.Bundles;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Domain.Store;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Domain.Services.Availability;

/// <summary>
/// The delta feed (SPEC §10, API.md "Channel availability"): the segments whose figures or stock rule changed after a
/// cursor, each once per page with its state when read (a deleted segment shows 0). Pages come from
/// <see cref="ChangeWindow"/>, so a change that commits while a client reads is handed out by a later page, never skipped.
/// </summary>
public sealed class AvailabilityChangeService(IDbContextFactory<InventoryDbContext> dbFactory)
{
    public const int MaxLimit = 1000;

    public async Task<AvailabilityChangesDto> ChangesAsync(string? after, int limit, IReadOnlyDictionary<string, string>? segment, string? locationCode,
        CancellationToken ct = default)
    {
        if (limit is < 1 or > MaxLimit) throw InventoryRuleException.Malformed("limit", $"Give a limit from 1 to {MaxLimit}.");
        var position = ChangePosition.Parse(after);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var location = string.IsNullOrWhiteSpace(locationCode) ? null : await TraitService.FindLocationAsync(db, locationCode, ct);
        var catalogue = await StockService.LoadCatalogueAsync(db, ct);
        // An unknown tag or value is refused even while tags are off; then every stock is one segment and the filter narrows nothing.
        var patterns = segment is { Count: > 0 } ? InventoryQueryService.SegmentPatterns(catalogue, segment).ToList() : [];
        if (!catalogue.Enabled) patterns = [];

        var changes = await ChangeWindow.ReadAsync(db, position, limit, q =>
        {
            if (location is not null) q = q.Where(c => c.LocationId == location.Id);
            foreach (var pattern in patterns) q = q.Where(c => EF.Functions.Like(c.SegmentKey, pattern));
            return q;
        }, ct);
        if (changes.Count == 0) return new AvailabilityChangesDto([], position.ToString());

        // One item per segment (as the availability feed counts it: stored keys of one canonical key together), newest change
        // time. A component's change changes what the bundles holding it sell in that segment: they come with it.
        var holders = await BundleStock.HoldersAsync(db, changes.Select(c => c.ProductId).Distinct().ToList(), ct);
        var latest = changes.SelectMany(c => (holders.GetValueOrDefault(c.ProductId) ?? []).Prepend(c.ProductId)
                .Select(productId => (ProductId: productId, c.LocationId, Key: catalogue.Canonical(c.SegmentKey), c.ChangedAtUtc, Order: (c.TxId, c.Id))))
            .GroupBy(c => (c.ProductId, c.LocationId, c.Key))
            .Select(g => (g.Key, ChangedAt: g.Max(c => c.ChangedAtUtc), Order: g.Max(c => c.Order))).OrderBy(g => g.Order).ToList();
        var productIds = latest.Select(l => l.Key.ProductId).Distinct().ToList();
        var locationIds = latest.Select(l => l.Key.LocationId).Distinct().ToList();
        var segments = db.Segments.AsNoTracking().Where(s => productIds.Contains(s.ProductId) && locationIds.Contains(s.LocationId));
        foreach (var pattern in patterns) segments = segments.Where(s => EF.Functions.Like(s.SegmentKey, pattern));
        var available = (await segments.Select(s => new { s.ProductId, s.LocationId, s.SegmentKey, s.OnHand, s.Locked, s.Allocated }).ToListAsync(ct))
            .GroupBy(s => (s.ProductId, s.LocationId, Key: catalogue.Canonical(s.SegmentKey)))
            .ToDictionary(g => g.Key, g => g.Sum(s => Math.Max(0, s.OnHand - s.Locked - s.Allocated)));
        // A bundle sells its prepackaged stock plus what its components build (SPEC §7), not its stored segments alone.
        var (bundles, sells) = await BundleStock.AvailableAsync(db, catalogue, productIds, location?.Id, patterns, ct);
        foreach (var key in available.Keys.Where(k => bundles.Contains(k.ProductId)).ToList()) available.Remove(key);
        foreach (var (key, units) in sells) available[key] = units;
        var skus = await db.Products.AsNoTracking().Where(p => productIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Sku, ct);
        var codes = await db.Locations.AsNoTracking().Where(l => locationIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, l => l.Code, ct);
        var rules = await StockRuleReader.LoadAsync(db, ct);

        var items = latest.Where(l => skus.ContainsKey(l.Key.ProductId) && codes.ContainsKey(l.Key.LocationId)).Select(l =>
        {
            var now = available.GetValueOrDefault(l.Key);
            var levels = rules.Resolve(l.Key.ProductId, l.Key.LocationId, l.Key.Key);
            return new AvailabilityChangeDto(skus[l.Key.ProductId], codes[l.Key.LocationId],
                catalogue.Enabled ? catalogue.Decode(l.Key.Key) : new Dictionary<string, string>(), now, levels.SafetyStock, levels.Promisable(now),
                DateTime.SpecifyKind(l.ChangedAt, DateTimeKind.Utc));
        }).ToList();
        return new AvailabilityChangesDto(items, new ChangePosition(changes[^1].TxId, changes[^1].Id).ToString());
    }
}
