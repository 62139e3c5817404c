using InventoryAdmin.Domain.Model.Settings;
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
