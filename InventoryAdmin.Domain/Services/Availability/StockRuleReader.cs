using InventoryAdmin.Domain.Model.Availability;
using InventoryAdmin.Domain.Store;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Domain.Services.Availability;

/// <summary>Reads the rules in force for one request (rules are few: one read, resolved in memory per segment).</summary>
internal static class StockRuleReader
{
    public static async Task<StockRuleBook> LoadAsync(InventoryDbContext db, CancellationToken ct) =>
        new(await db.StockRules.AsNoTracking().ToListAsync(ct));
}
