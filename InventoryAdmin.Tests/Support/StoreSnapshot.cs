using InventoryAdmin.Domain.Store;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Tests.Support;

/// <summary>A text picture of everything tag- and stock-related in the store, to prove a refused request changed nothing.</summary>
public static class StoreSnapshot
{
    public static async Task<string> TakeAsync(InventoryDbContext db)
    {
        var tags = await db.Tags.AsNoTracking().OrderBy(t => t.Id).ToListAsync();
        var lines = tags.Select(t => $"{t.Id}:{t.Name}:{t.DisplayOrder}:" +
            string.Join(",", t.Values.Select(v => $"{v.Id}/{v.Name}/{v.BasisPoints}/{v.DisplayOrder}/{v.IsDefault}")));
        var settings = await db.Settings.AsNoTracking().Select(s => s.TagsEnabled).ToListAsync();
        var stock = await db.StockRows.AsNoTracking().OrderBy(s => s.Id).Select(s => $"{s.Id}:{s.SegmentKey}:{s.Quantity}").ToListAsync();
        var movements = await db.Movements.CountAsync();
        return string.Join("\n", lines.Concat(settings.Select(s => $"enabled:{s}")).Concat(stock).Append($"movements:{movements}"));
    }
}
