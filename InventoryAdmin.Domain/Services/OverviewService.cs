using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Domain.Store;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Domain.Services;

/// <summary>The start page's counts.</summary>
public sealed class OverviewService(IDbContextFactory<InventoryDbContext> dbFactory)
{
    public async Task<OverviewDto> GetAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return new OverviewDto(
            await db.Products.CountAsync(ct),
            await db.Locations.CountAsync(ct),
            await db.StockRows.SumAsync(s => (long)s.Quantity, ct),
            await db.Tags.CountAsync(ct),
            await db.Settings.OrderBy(s => s.Id).Select(s => s.TagsEnabled).FirstOrDefaultAsync(ct));
    }
}
