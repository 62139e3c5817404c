using InventoryAdmin.Domain.Model.Tags;
using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Domain.Store;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Bench;

/// <summary>
/// The store <c>bench allocate</c> orders from, arranged once through the real services (catalogue, the demo tags,
/// stock counted in with <see cref="StockService.RefreshAsync"/>) and then copied, so every path starts from the same file.
/// </summary>
/// <param name="Skus">The products' SKUs, index = product number − 1.</param>
/// <param name="ProductIds">The products' ids, same index.</param>
/// <param name="RoutedLocationId">The location routing picks while it has the unit (the highest priority): the raw baseline's target.</param>
/// <param name="SegmentKey">The segment an order without tags names (every tag at its default).</param>
/// <param name="Stock">Free units (On Hand − Locked) in that segment over all locations: what the service may allocate.</param>
/// <param name="RoutedStock">Free units in that segment at the routed location: what the raw baseline may allocate.</param>
internal sealed record AllocateScene(string[] Skus, int[] ProductIds, int RoutedLocationId, string SegmentKey, long Stock, long RoutedStock)
{
    public static async Task<AllocateScene> ArrangeAsync(string databasePath, BenchAllocateOptions options, CancellationToken ct = default)
    {
        await using (var services = ScaleData.Services(databasePath))
        {
            await ScaleData.CreateCatalogueAsync(services, databasePath, options.Products, ct);
            await ScaleData.CreateTagsAsync(services, ct);
            var stock = services.GetRequiredService<StockService>();
            var batch = new List<StockLine>(options.BatchSize);
            for (var n = 1; n <= options.Products; n++)
            {
                var sku = ScaleCatalogue.Product(n).Sku;
                foreach (var location in ScaleCatalogue.Locations)
                {
                    batch.Add(new StockLine(sku, null, location.Code, null, options.StockPerRecord, "Bench stock"));
                    if (batch.Count < options.BatchSize) continue;
                    await stock.RefreshAsync(batch, ScaleData.Actor, ct);
                    batch.Clear();
                }
            }

            if (batch.Count > 0) await stock.RefreshAsync(batch, ScaleData.Actor, ct);
            return await ReadAsync(services, options, ct);
        }
    }

    /// <summary>The scene of an arranged store (its products, the routed location, the segment and its free units).</summary>
    public static async Task<AllocateScene> ReadAsync(IServiceProvider services, BenchAllocateOptions options, CancellationToken ct = default)
    {
        {
            await using var db = await services.GetRequiredService<IDbContextFactory<InventoryDbContext>>().CreateDbContextAsync(ct);
            var key = new TagCatalogue(await db.Tags.AsNoTracking().ToListAsync(ct), enabled: true).DefaultKey;
            var routed = ScaleCatalogue.Locations.MaxBy(l => l.Priority).Code;
            var locationId = await db.Locations.Where(l => l.Code == routed).Select(l => l.Id).SingleAsync(ct);
            var products = await db.Products.AsNoTracking().OrderBy(p => p.Id).Select(p => new { p.Id, p.Sku }).ToListAsync(ct);
            var free = db.Segments.Where(s => s.SegmentKey == key);
            var all = await free.SumAsync(s => (long)(s.OnHand - s.Locked), ct);
            var atRouted = await free.Where(s => s.LocationId == locationId).SumAsync(s => (long)(s.OnHand - s.Locked), ct);
            var scene = new AllocateScene(products.Select(p => p.Sku).ToArray(), products.Select(p => p.Id).ToArray(), locationId, key, all, atRouted);
            if (scene.Skus.Length != options.Products) throw new InvalidOperationException($"Expected {options.Products} products, found {scene.Skus.Length}.");
            return scene;
        }
    }

    /// <summary>
    /// Copies the arranged file for each path: the WAL is checkpointed into the file first and every pooled
    /// connection closed, so a plain file copy is the whole database.
    /// </summary>
    public static async Task CopyAsync(string source, IEnumerable<string> targets, CancellationToken ct = default)
    {
        await using (var connection = new SqliteConnection($"Data Source={source};Pooling=False"))
        {
            await connection.OpenAsync(ct);
            await using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            await checkpoint.ExecuteNonQueryAsync(ct);
        }

        SqliteConnection.ClearAllPools();
        foreach (var target in targets) File.Copy(source, target);
    }
}
