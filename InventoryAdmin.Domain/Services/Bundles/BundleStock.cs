using InventoryAdmin.Domain.Model.Bundles;
using InventoryAdmin.Domain.Model.Stock;
using InventoryAdmin.Domain.Model.Tags;
using InventoryAdmin.Domain.Store;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Domain.Services.Bundles;

/// <summary>
/// Reads bundles' figures (SPEC §7) from the segments of the bundles and of their components, per location and segment.
/// Nothing about the component part is stored: it follows the components' stock the moment it changes, and the stored
/// figures of a bundle (its record and segments, which the ledger check rebuilds) stay its prepackaged stock only.
/// Only the bundles asked for are read (a grid page, one record, the SKUs of a feed request), so it stays cheap.
/// </summary>
internal static class BundleStock
{
    /// <param name="segmentPatterns">LIKE patterns on the segment key (a grid or feed segment filter); empty = every segment.</param>
    public static async Task<IReadOnlyDictionary<(int BundleId, int LocationId), BundleAtLocation>> ReadAsync(InventoryDbContext db, TagCatalogue catalogue,
        IReadOnlyCollection<int> productIds, int? locationId, IReadOnlyList<string> segmentPatterns, CancellationToken ct)
    {
        var bundles = await db.Products.AsNoTracking().Where(p => productIds.Contains(p.Id) && p.Kind == ProductKind.Bundle).Select(p => p.Id).ToListAsync(ct);
        if (bundles.Count == 0) return new Dictionary<(int, int), BundleAtLocation>();
        var components = await (from c in db.Set<BundleComponent>().AsNoTracking()
                                join p in db.Products on c.ComponentId equals p.Id
                                where bundles.Contains(c.BundleId)
                                select new { c.BundleId, c.ComponentId, p.Sku, c.QuantityPerBundle }).ToListAsync(ct);
        var stockIds = bundles.Concat(components.Select(c => c.ComponentId)).Distinct().ToList();
        var segments = db.Segments.AsNoTracking().Where(s => stockIds.Contains(s.ProductId) && (locationId == null || s.LocationId == locationId));
        foreach (var pattern in segmentPatterns) segments = segments.Where(s => EF.Functions.Like(s.SegmentKey, pattern));
        var stock = (await segments.Select(s => new { s.ProductId, s.LocationId, s.SegmentKey, s.OnHand, s.Locked, s.Allocated }).ToListAsync(ct))
            .GroupBy(s => (s.ProductId, s.LocationId, Key: catalogue.Effective(s.SegmentKey)))
            .ToDictionary(g => g.Key, g => new Figures(g.Sum(s => s.OnHand), g.Sum(s => s.Locked), g.Sum(s => s.Allocated)));
        var keysAt = stock.Keys.GroupBy(k => k.LocationId).ToDictionary(g => g.Key, g => g.Select(k => k.Key).Distinct().Order(StringComparer.Ordinal).ToList());
        var locations = await db.Locations.AsNoTracking().Where(l => locationId == null || l.Id == locationId)
            .Select(l => new { l.Id, l.UseComponentInventory }).ToListAsync(ct);

        var result = new Dictionary<(int, int), BundleAtLocation>();
        foreach (var bundleId in bundles)
        {
            var parts = components.Where(c => c.BundleId == bundleId).OrderBy(c => c.Sku, StringComparer.OrdinalIgnoreCase).ToList();
            foreach (var location in locations)
            {
                var perSegment = new Dictionary<string, BundleFigures>(StringComparer.Ordinal);
                foreach (var key in keysAt.GetValueOrDefault(location.Id) ?? [])
                {
                    var prepackaged = stock.GetValueOrDefault((bundleId, location.Id, key));
                    var figures = BundleFigures.Of(location.UseComponentInventory, prepackaged, parts
                        .Select(c => new ComponentFigures(c.ComponentId, c.Sku, c.QuantityPerBundle, stock.GetValueOrDefault((c.ComponentId, location.Id, key))))
                        .ToList());
                    if (stock.ContainsKey((bundleId, location.Id, key)) || figures.Components != Figures.Zero) perSegment[key] = figures;
                }

                var atLocation = parts.Select(c => new ComponentFigures(c.ComponentId, c.Sku, c.QuantityPerBundle,
                    Figures.Sum((keysAt.GetValueOrDefault(location.Id) ?? []).Select(k => stock.GetValueOrDefault((c.ComponentId, location.Id, k)))))).ToList();
                var total = BundleFigures.Sum(location.UseComponentInventory, perSegment.Values, BundleFigures.Bottleneck(atLocation));
                result[(bundleId, location.Id)] = new BundleAtLocation(perSegment, total, atLocation);
            }
        }

        return result;
    }

    /// <summary>For each of these products that is a component: the bundles holding it.</summary>
    public static async Task<IReadOnlyDictionary<int, int[]>> HoldersAsync(InventoryDbContext db, IReadOnlyCollection<int> componentIds, CancellationToken ct) =>
        (await db.Set<BundleComponent>().AsNoTracking().Where(c => componentIds.Contains(c.ComponentId)).Select(c => new { c.ComponentId, c.BundleId })
            .ToListAsync(ct)).GroupBy(c => c.ComponentId).ToDictionary(g => g.Key, g => g.Select(c => c.BundleId).Distinct().ToArray());

    /// <summary>
    /// What each of these products that is a bundle sells (SPEC §7) per location and canonical segment key, as the
    /// availability feed counts it; <c>Bundles</c> says which of the products are bundles (a bundle with nothing to sell
    /// anywhere has no entry in <c>Available</c>).
    /// </summary>
    public static async Task<(IReadOnlySet<int> Bundles, IReadOnlyDictionary<(int ProductId, int LocationId, string Key), int> Available)> AvailableAsync(
        InventoryDbContext db, TagCatalogue catalogue, IReadOnlyCollection<int> productIds, int? locationId, IReadOnlyList<string> segmentPatterns,
        CancellationToken ct)
    {
        var read = await ReadAsync(db, catalogue, productIds, locationId, segmentPatterns, ct);
        var available = read.SelectMany(b => b.Value.Segments.Select(s => (b.Key.BundleId, b.Key.LocationId, Key: catalogue.Canonical(s.Key), s.Value.Total.Available)))
            .GroupBy(x => (x.BundleId, x.LocationId, x.Key)).ToDictionary(g => g.Key, g => g.Sum(x => x.Available));
        return (read.Keys.Select(k => k.BundleId).ToHashSet(), available);
    }
}
