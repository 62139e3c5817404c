using InventoryAdmin.Domain.Model.Bundles;
using InventoryAdmin.Domain.Model.Tags;
using InventoryAdmin.Domain.Store;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Domain.Services.Orders;

/// <summary>
/// How many of a bundle its components can build at each location that uses component inventory (SPEC §7): for each
/// component the segment of the item (with tags off, the component's stored segment with the most free units), and
/// min over components of floor(free / quantity per bundle). The allocator re-checks every component in the database.
/// </summary>
internal static class BundleSupply
{
    public static async Task<IReadOnlyList<FreeSegment>> FreeAsync(InventoryDbContext db, OrderInput.Item input, TagCatalogue catalogue, CancellationToken ct)
    {
        var components = await (from c in db.Set<BundleComponent>().AsNoTracking()
                                join p in db.Products on c.ComponentId equals p.Id
                                where c.BundleId == input.ProductId
                                select new { c.ComponentId, p.Sku, c.QuantityPerBundle }).ToListAsync(ct);
        if (components.Count == 0) return [];
        var ids = components.Select(c => c.ComponentId).ToList();
        var segments = from s in db.Segments.AsNoTracking()
                       join l in db.Locations on s.LocationId equals l.Id
                       where ids.Contains(s.ProductId) && l.UseComponentInventory && (input.LocationId == null || s.LocationId == input.LocationId)
                       select new { s, l };
        if (catalogue.Enabled) segments = segments.Where(x => x.s.SegmentKey == input.SegmentKey);
        var free = await segments.Select(x => new { x.s.ProductId, LocationId = x.l.Id, x.l.Code, x.l.Priority, x.s.SegmentKey,
            Free = x.s.OnHand - x.s.Locked - x.s.Allocated }).ToListAsync(ct);

        var result = new List<FreeSegment>();
        foreach (var location in free.GroupBy(f => (f.LocationId, f.Code, f.Priority)))
        {
            var picks = components.Select(c => (Component: c, Best: location.Where(f => f.ProductId == c.ComponentId && f.Free > 0)
                .OrderByDescending(f => f.Free).ThenBy(f => f.SegmentKey, StringComparer.Ordinal).FirstOrDefault())).ToList();
            if (picks.Any(p => p.Best is null)) continue;
            var bundles = picks.Min(p => p.Best!.Free / p.Component.QuantityPerBundle);
            if (bundles <= 0) continue;
            result.Add(new FreeSegment(location.Key.LocationId, location.Key.Code, location.Key.Priority, input.SegmentKey, bundles,
                picks.Select(p => new ComponentPick(p.Component.ComponentId, p.Component.Sku, p.Best!.SegmentKey, p.Component.QuantityPerBundle)).ToList()));
        }

        return result;
    }
}
