using InventoryAdmin.Domain.Model.Ledger;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Domain.Model.Stock;
using InventoryAdmin.Domain.Model.Tags;
using InventoryAdmin.Domain.Store;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Domain.Services.Demo;

/// <summary>
/// Loads demo tags, locations and about 50 products with segmented stock into an empty store, so every
/// screen has something real to show on the first run. Does nothing once any product exists.
/// </summary>
public sealed class DemoDataSeeder(IDbContextFactory<InventoryDbContext> dbFactory, TagService tags,
    InventorySettingsService settings, StockService stock)
{
    private static readonly Actor Seed = new("demo-seed", MovementSource.Seed);

    public async Task SeedAsync(CancellationToken ct = default)
    {
        await using (var check = await dbFactory.CreateDbContextAsync(ct))
        {
            if (await check.Products.AnyAsync(ct) || await check.Tags.AnyAsync(ct)) return;
        }

        await settings.SetTagsEnabledAsync(true, ct);
        await tags.CreateAsync(new TagDraft("Channel", [new("Kibo", 80), new("Amazon", 10), new("Walmart", 10)], "Kibo"), Seed, ct);
        await tags.CreateAsync(new TagDraft("OrderType", [new("STH", 70), new("BOPIS", 30)], "STH"), Seed, ct);

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var locations = DemoCatalogue.Locations.Select(l => new Location(l.Code, l.Name, l.Priority)).ToList();
        var products = DemoCatalogue.Products().Select(p => new Product(p.Sku, p.Name, p.Upc)).ToList();
        db.Locations.AddRange(locations);
        db.Products.AddRange(products);
        await db.SaveChangesAsync(ct);

        await tx.CommitAsync(ct);

        // Stock goes in through the stock service like any count, split by the tags' percentages.
        var random = new Random(2026);
        var lines = products.SelectMany(p => locations.Select(l =>
            new StockLine(p.Sku, null, l.Code, null, random.Next(0, 6) == 0 ? 0 : random.Next(5, 240), "Demo stock"))).ToList();
        await stock.RefreshAsync(lines, Seed, ct);
    }
}
