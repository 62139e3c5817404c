using InventoryAdmin.Domain.Model.Stock;
using InventoryAdmin.Domain.Store;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Domain.Services.Bundles;

/// <summary>
/// A bundle can be sold at a location where it has no prepackaged stock of its own (the seed's 50 built from
/// components), so it needs a record there for the grid, which pages records in SQL. Bundles get a record at every
/// location, with prepackaged figures (0 until counted); the component part is added when the rows are read.
/// </summary>
internal static class BundleRecords
{
    public static Task EnsureForBundleAsync(InventoryDbContext db, int bundleId, DateTime at, CancellationToken ct) =>
        db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO "Records" ("ProductId", "LocationId", "OnHand", "Locked", "Allocated", "Available", "PendingRedistribution", "UpdatedAtUtc")
            SELECT {bundleId}, l."Id", 0, 0, 0, 0, FALSE, {at} FROM "Locations" l WHERE TRUE
            ON CONFLICT ("ProductId", "LocationId") DO NOTHING
            """, ct);

    public static Task EnsureAtLocationAsync(InventoryDbContext db, int locationId, DateTime at, CancellationToken ct) =>
        db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO "Records" ("ProductId", "LocationId", "OnHand", "Locked", "Allocated", "Available", "PendingRedistribution", "UpdatedAtUtc")
            SELECT p."Id", {locationId}, 0, 0, 0, 0, FALSE, {at} FROM "Products" p WHERE p."Kind" = {nameof(ProductKind.Bundle)}
            ON CONFLICT ("ProductId", "LocationId") DO NOTHING
            """, ct);
}
