using InventoryAdmin.Domain.Store;
using InventoryAdmin.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Tests.Api.Inventory;

/// <summary>
/// <see cref="StoreSnapshot"/> (tags, settings, stock rows, movement count) plus the catalogue and the inventory
/// records, to prove a refused stock or catalogue request changed nothing.
/// </summary>
internal static class InventoryStoreSnapshot
{
    public static async Task<string> TakeAsync(InventoryAppFactory app)
    {
        await using var db = app.CreateDbContext();
        return await TakeAsync(db);
    }

    private static async Task<string> TakeAsync(InventoryDbContext db)
    {
        var store = await StoreSnapshot.TakeAsync(db);
        var products = await db.Products.AsNoTracking().OrderBy(p => p.Id).Select(p => $"product {p.Id}:{p.Sku}:{p.Name}:{p.Upc}:{p.Kind}").ToListAsync();
        var locations = await db.Locations.AsNoTracking().OrderBy(l => l.Id).Select(l => $"location {l.Id}:{l.Code}:{l.Name}:{l.Priority}:{l.UseComponentInventory}:{l.Locked}:{l.LockReason}").ToListAsync();
        var records = await db.Records.AsNoTracking().OrderBy(r => r.ProductId).ThenBy(r => r.LocationId)
            .Select(r => $"record {r.ProductId}/{r.LocationId}:{r.OnHand}:{r.Locked}:{r.Allocated}:{r.Available}:{r.PendingRedistribution}:{r.UpdatedAtUtc:O}").ToListAsync();
        var stock = await db.StockRows.AsNoTracking().OrderBy(s => s.Id).Select(s => $"row {s.ProductId}/{s.LocationId}:{s.SegmentKey}:{s.StorageLocationId}:{s.Quantity}:{s.Locked}:{s.TraitsEnabled}:{s.TraitsDisabled}").ToListAsync();
        var storage = await db.StorageLocations.AsNoTracking().OrderBy(s => s.Id)
            .Select(s => $"storage {s.Id}:{s.LocationId}:{s.Name}:{s.TraitsEnabled}:{s.TraitsDisabled}:{s.Reason}").ToListAsync();
        return string.Join("\n", new[] { store }.Concat(products).Concat(locations).Concat(records).Concat(stock).Concat(storage));
    }
}
