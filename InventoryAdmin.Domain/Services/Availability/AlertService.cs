using InventoryAdmin.Domain.Services.Bundles;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Domain.Store;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Domain.Services.Availability;

/// <summary>The low-stock list (SPEC §10), newest first, paged in SQL; figures as they are now.</summary>
public sealed class AlertService(IDbContextFactory<InventoryDbContext> dbFactory)
{
    public async Task<PagedResult<LowStockAlertDto>> LowStockAsync(string? locationCode, int page, int pageSize, CancellationToken ct = default)
    {
        var paging = Paging.Of(page, pageSize);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var alerts = db.LowStockAlerts.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(locationCode))
        {
            var location = await TraitService.FindLocationAsync(db, locationCode, ct);
            alerts = alerts.Where(a => a.LocationId == location.Id);
        }

        var total = await alerts.CountAsync(ct);
        var rows = await (from a in alerts
                          join p in db.Products on a.ProductId equals p.Id
                          join l in db.Locations on a.LocationId equals l.Id
                          from s in db.Segments.Where(s => s.ProductId == a.ProductId && s.LocationId == a.LocationId && s.SegmentKey == a.SegmentKey).DefaultIfEmpty()
                          orderby a.SinceUtc descending, p.Sku, l.Code, a.SegmentKey
                          select new { p.Sku, l.Code, a.ProductId, a.LocationId, a.SegmentKey, a.SinceUtc, OnHand = (int?)s.OnHand, Locked = (int?)s.Locked, Allocated = (int?)s.Allocated })
            .Page(paging).ToListAsync(ct);
        var catalogue = await StockService.LoadCatalogueAsync(db, ct);
        var rules = await StockRuleReader.LoadAsync(db, ct);
        // A bundle's alert is kept on what it sells (prepackaged plus what its components build), so it is shown so too.
        var (bundles, sells) = await BundleStock.AvailableAsync(db, catalogue, rows.Select(r => r.ProductId).Distinct().ToList(), null, [], ct);
        return new PagedResult<LowStockAlertDto>(rows.Select(r =>
        {
            var available = bundles.Contains(r.ProductId)
                ? sells.GetValueOrDefault((r.ProductId, r.LocationId, catalogue.Canonical(r.SegmentKey)))
                : Math.Max(0, (r.OnHand ?? 0) - (r.Locked ?? 0) - (r.Allocated ?? 0));
            var levels = rules.Resolve(r.ProductId, r.LocationId, catalogue.Canonical(r.SegmentKey));
            return new LowStockAlertDto(r.Sku, r.Code, catalogue.Enabled ? catalogue.Decode(r.SegmentKey) : new Dictionary<string, string>(), available,
                levels.Promisable(available), levels.LowStockAt ?? 0, DateTime.SpecifyKind(r.SinceUtc, DateTimeKind.Utc), levels.SafetyStock);
        }).ToList(), total);
    }
}
