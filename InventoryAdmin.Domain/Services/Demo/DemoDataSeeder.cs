using InventoryAdmin.Domain.Model.Ledger;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Domain.Model.Stock;
using InventoryAdmin.Domain.Model.Tags;
using InventoryAdmin.Domain.Store;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Domain.Services.Demo;

/// <summary>
/// Loads demo tags, locations and about 50 products (and a bundle) with segmented stock into an empty store, so every
/// screen has something real to show on the first run. Does nothing once any product exists.
/// </summary>
public sealed class DemoDataSeeder(IDbContextFactory<InventoryDbContext> dbFactory, TagService tags,
    InventorySettingsService settings, StockService stock, TraitService traits, OrderService orders, CatalogueService catalogue)
{
    private static readonly Actor Seed = new("demo-seed", MovementSource.Seed);

    /// <summary>The own web shop's ship-to-home segment, where the demo's binned stock sits.</summary>
    private static readonly Dictionary<string, string> Own = new() { ["Channel"] = "Kibo", ["OrderType"] = "STH" };

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
        await BundleAsync(ct);
        await StorageLocationsAsync(products.Skip(15).Take(6).Select(p => p.Sku).ToList(), ct);
        await OrdersAsync(products.Skip(30).Take(5).Select(p => p.Sku).ToList(), ct);
    }

    /// <summary>
    /// The bundle seed's example at DC-East: the Alphabet Bundle of ABC, DEF and GHI (one each), DEF the bottleneck
    /// with 50, and 8 prepackaged: 58 while DC-East uses component inventory, the 8 when it is switched off.
    /// </summary>
    private async Task BundleAsync(CancellationToken ct)
    {
        (string Sku, string Name, int Units)[] components = [("ABC-001", "Alphabet part ABC", 120), ("DEF-001", "Alphabet part DEF", 50), ("GHI-001", "Alphabet part GHI", 75)];
        foreach (var c in components) await catalogue.PutProductAsync(c.Sku, c.Name, null, "standard", null, ct);
        await catalogue.PutProductAsync(DemoCatalogue.Bundle, "Alphabet Bundle", null, "bundle", components.Select(c => (ComponentRequest?)new ComponentRequest(c.Sku, 1)).ToList(), ct);
        await stock.RefreshAsync(components.Select(c => (c.Sku, c.Units)).Append((DemoCatalogue.Bundle, 8))
            .Select(c => new StockLine(c.Item1, null, "DC-East", null, c.Item2, "Demo stock")).ToList(), Seed, ct);
    }

    /// <summary>A few open orders from the web shop, Amazon and a store (one that cannot be allocated), so the monitor has something to show.</summary>
    private async Task OrdersAsync(IReadOnlyList<string> skus, CancellationToken ct)
    {
        OrderItemRequest Item(string sku, int quantity, string channel, string orderType = "STH", string? location = null) =>
            new(null, sku, quantity, new Dictionary<string, string> { ["Channel"] = channel, ["OrderType"] = orderType }, location);
        // The store order picks a jacket the store has in stock (the demo counts leave some records empty).
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var inStore = await (from g in db.Segments
                             join p in db.Products on g.ProductId equals p.Id
                             join l in db.Locations on g.LocationId equals l.Id
                             where l.Code == "Retailer2" && skus.Contains(p.Sku) && g.OnHand - g.Locked - g.Allocated > 0
                             orderby p.Sku
                             select p.Sku).FirstOrDefaultAsync(ct) ?? skus[4];
        OrderRequest[] demo =
        [
            new("WEB-100231", "kibo-web", false, [Item(skus[0], 2, "Kibo"), Item(skus[1], 1, "Kibo")]),
            new("AMZ-114-5512", "amazon", true, [Item(skus[2], 3, "Amazon")]),
            new("WMT-88120", "walmart", false, [Item(skus[3], 1, "Walmart")]),
            new("POS-R2-0042", "pos-retailer2", true, [new OrderItemRequest(null, inStore, 1, null, "Retailer2")]),
            new("WEB-100232", "kibo-web", false, [Item(skus[1], 900, "Kibo")]),
        ];
        foreach (var order in demo) await orders.CreateAsync(order, Seed, ct);
    }

    /// <summary>Bins at DC-East (a damaged-goods area, an outbound lane, a receiving dock in motion) with some stock, so traits have something to show.</summary>
    private async Task StorageLocationsAsync(IReadOnlyList<string> skus, CancellationToken ct)
    {
        const string dc = "DC-East";
        await traits.PutStorageLocationAsync(dc, "A-01", null, "Pick face", Seed, ct);
        await traits.PutStorageLocationAsync(dc, "Damaged", new Dictionary<string, bool?> { ["PICKABLE"] = false, ["KEEP_ON_ZERO"] = true },
            "Damaged goods awaiting inspection", Seed, ct);
        await traits.PutStorageLocationAsync(dc, "Outbound-1", new Dictionary<string, bool?> { ["OUTBOUND"] = true }, "Picked, awaiting the carrier", Seed, ct);
        await traits.PutStorageLocationAsync(dc, "Receiving", new Dictionary<string, bool?> { ["IN_MOTION"] = true }, "Stow in progress", Seed, ct);
        var bins = new[] { ("A-01", 24), ("Damaged", 3), ("Outbound-1", 2), ("Receiving", 6) };
        var lines = skus.SelectMany((sku, i) => bins.Where((_, b) => (i + b) % 2 == 0 || b == 0)
            .Select(bin => new StockLine(sku, null, dc, Own, bin.Item2 + i, "Demo stock received", null, bin.Item1))).ToList();
        // Received (an adjust): a count would leave the IN_MOTION receiving dock out.
        await stock.AdjustAsync(lines, Seed, ct);
    }
}
