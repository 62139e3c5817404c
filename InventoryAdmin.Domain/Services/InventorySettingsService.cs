using InventoryAdmin.Domain.Model.Settings;
using InventoryAdmin.Domain.Model.Tags;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Domain.Store;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Domain.Services;

public sealed class InventorySettingsService(IDbContextFactory<InventoryDbContext> dbFactory, InventoryChanges changes)
{
    public async Task<InventorySettingsDto> GetAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var settings = await db.Settings.AsNoTracking().OrderBy(s => s.Id).FirstOrDefaultAsync(ct);
        return new InventorySettingsDto(settings?.TagsEnabled ?? false);
    }

    /// <summary>
    /// What switching tags on or off would do to the stock, for the confirmation: records, units and segments now,
    /// and how many units sit outside the defaults' segment. Reads only; the switch itself changes no stored key.
    /// </summary>
    public async Task<TagsSwitchPreview> PreviewTagsSwitchAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var catalogue = await StockService.LoadCatalogueAsync(db, ct);
        var stocked = db.StockRows.AsNoTracking().Where(s => s.Quantity > 0);
        var segmentsPerRecord = await stocked.Select(s => new { s.ProductId, s.LocationId, s.SegmentKey }).Distinct()
            .GroupBy(s => new { s.ProductId, s.LocationId })
            .Select(g => g.Count())
            .ToListAsync(ct);
        var units = await stocked.SumAsync(s => (long)s.Quantity, ct);
        var inDefault = await stocked.Where(s => s.SegmentKey == catalogue.DefaultKey).SumAsync(s => (long)s.Quantity, ct);
        var allocated = await db.Segments.AsNoTracking().Where(s => s.Allocated > 0).SumAsync(s => (long)s.Allocated, ct);
        return new TagsSwitchPreview(catalogue.Enabled, catalogue.Tags.Count, segmentsPerRecord.Count, units, segmentsPerRecord.Sum(),
            segmentsPerRecord.Count(c => c > 1), inDefault, allocated, catalogue.Describe(catalogue.DefaultKey),
            catalogue.Tags.Any(t => t.Mode == TagMode.Percentage));
    }

    public async Task<InventorySettingsDto> SetTagsEnabledAsync(bool enabled, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var settings = await db.Settings.OrderBy(s => s.Id).FirstOrDefaultAsync(ct);
        if (settings is null) db.Settings.Add(settings = new InventorySettings());
        settings.SetTagsEnabled(enabled);
        await db.SaveChangesAsync(ct);
        changes.Publish(new InventoryChange(InventoryChangeArea.Settings));
        return new InventorySettingsDto(settings.TagsEnabled);
    }
}
