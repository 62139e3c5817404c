using System.Diagnostics;
using InventoryAdmin.Domain;
using InventoryAdmin.Domain.Model.Ledger;
using InventoryAdmin.Domain.Model.Tags;
using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Domain.Store;
using Microsoft.EntityFrameworkCore;
using static System.FormattableString;

namespace InventoryAdmin.Bench;

/// <summary>
/// Builds a store at scale the way the app would: the domain services over a SQLite file or a PostgreSQL database, the demo tags, three
/// locations, N products, and stock counted in through <see cref="StockService.RefreshAsync"/> batch by batch.
/// </summary>
internal static class ScaleData
{
    public static readonly Actor Actor = new("scale-data", MovementSource.Seed);

    /// <summary>The domain services over one SQLite file, configured as the app configures them.</summary>
    public static ServiceProvider Services(string databasePath) => Services(DatabaseProvider.Sqlite, $"Data Source={databasePath}");

    /// <summary>The domain services over a database of either engine, configured as the app configures them.</summary>
    public static ServiceProvider Services(DatabaseProvider provider, string connectionString)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([
                new($"ConnectionStrings:{DomainServiceCollectionExtensions.ConnectionStringName}", connectionString),
                new(InventoryDatabase.ProviderSetting, provider.ToString())])
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddInventoryDomain();
        return services.BuildServiceProvider();
    }

    /// <summary>Migrates an empty file and adds the locations and products (no tags, no stock).</summary>
    public static Task CreateCatalogueAsync(IServiceProvider services, string databasePath, int products, CancellationToken ct = default) =>
        CreateCatalogueAsync(services, ScaleStore.Sqlite(databasePath), products, ct);

    /// <summary>Migrates an empty store of either engine and adds the locations and products (no tags, no stock).</summary>
    public static async Task CreateCatalogueAsync(IServiceProvider services, ScaleStore store, int products, CancellationToken ct = default)
    {
        var factory = services.GetRequiredService<IDbContextFactory<InventoryDbContext>>();
        await InventoryDatabase.MigrateAsync(factory, ct);
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            if (await db.Products.AnyAsync(ct) || await db.Locations.AnyAsync(ct) || await db.Tags.AnyAsync(ct))
                throw new InvalidOperationException($"{store.Description} already holds inventory; scale data needs an empty store.");
        }

        var catalogue = services.GetRequiredService<CatalogueService>();
        foreach (var (code, name, priority) in ScaleCatalogue.Locations)
            await catalogue.PutLocationAsync(code, name, priority, true, ct);
        await ScaleCatalogue.InsertProductsAsync(store, products, ct);
    }

    /// <summary>A store at scale in an empty store: catalogue, the demo tags, and every record counted in (see <see cref="CountStockInAsync"/>).</summary>
    public static async Task<(int Records, TimeSpan Elapsed)> BuildAsync(IServiceProvider services, ScaleStore store, BenchOptions options,
        TextWriter progress, CancellationToken ct = default)
    {
        await CreateCatalogueAsync(services, store, options.Products, ct);
        await CreateTagsAsync(services, ct);
        return await CountStockInAsync(services, options.Products, options.BatchSize, progress, ct);
    }

    /// <summary>The raw baseline (<see cref="RawRefreshBaseline"/>): the service store's stock rows written raw into a fresh store with the same catalogue.</summary>
    public static async Task<(int Rows, TimeSpan Elapsed)> RawBaselineAsync(ScaleStore service, ScaleStore raw, int products, CancellationToken ct = default)
    {
        await using (var rawServices = raw.Services())
            await CreateCatalogueAsync(rawServices, raw, products, ct);
        return await RawRefreshBaseline.RunAsync(service, raw, ct);
    }

    /// <summary>The demo tags (Channel Kibo 80 / Amazon 10 / Walmart 10, OrderType STH 70 / BOPIS 30), switched on.</summary>
    public static async Task CreateTagsAsync(IServiceProvider services, CancellationToken ct = default)
    {
        var tags = services.GetRequiredService<TagService>();
        await services.GetRequiredService<InventorySettingsService>().SetTagsEnabledAsync(true, ct);
        await tags.CreateAsync(new TagDraft("Channel", [new("Kibo", 80), new("Amazon", 10), new("Walmart", 10)], "Kibo"), Actor, ct);
        await tags.CreateAsync(new TagDraft("OrderType", [new("STH", 70), new("BOPIS", 30)], "STH"), Actor, ct);
    }

    /// <summary>
    /// Counts every product at every location in: one refresh line per record, spread over the six segments by
    /// the percentages (40–400 units, so even the 3 % segments get a unit), <paramref name="batchSize"/> lines per call.
    /// </summary>
    /// <returns>Records written and the time spent inside the stock service.</returns>
    public static async Task<(int Records, TimeSpan Elapsed)> CountStockInAsync(IServiceProvider services, int products, int batchSize,
        TextWriter progress, CancellationToken ct = default)
    {
        var stock = services.GetRequiredService<StockService>();
        var random = new Random(2026);
        var total = products * ScaleCatalogue.Locations.Length;
        var batch = new List<StockLine>(batchSize);
        var timer = new Stopwatch();
        var written = 0;
        var nextReport = TimeSpan.FromSeconds(10);

        async Task FlushAsync()
        {
            timer.Start();
            await stock.RefreshAsync(batch, Actor, ct);
            timer.Stop();
            written += batch.Count;
            batch.Clear();
            if (timer.Elapsed < nextReport && written < total) return;
            nextReport = timer.Elapsed + TimeSpan.FromSeconds(10);
            progress.WriteLine(Invariant($"  {written,9:N0} / {total:N0} records counted in, {written / timer.Elapsed.TotalSeconds,8:N0} records/s"));
        }

        for (var n = 1; n <= products; n++)
        {
            var sku = ScaleCatalogue.Product(n).Sku;
            foreach (var location in ScaleCatalogue.Locations)
            {
                batch.Add(new StockLine(sku, null, location.Code, null, random.Next(40, 401), "Scale data"));
                if (batch.Count == batchSize) await FlushAsync();
            }
        }

        if (batch.Count > 0) await FlushAsync();
        return (written, timer.Elapsed);
    }
}
