using InventoryAdmin.Domain.Model.Stock;
using InventoryAdmin.Domain.Store;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Tests.Support.Domain;

/// <summary>
/// A real, migrated SQLite file in the temp folder, one per test class instance (so one per test);
/// <see cref="DisposeAsync"/> deletes it together with its WAL files.
/// </summary>
public sealed class SqliteInventoryStore : IAsyncLifetime
{
    public SqliteInventoryStore()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"inventory-tests-{Guid.NewGuid():N}.db");
        var options = new DbContextOptionsBuilder<InventoryDbContext>()
            .UseSqlite($"Data Source={Path}")
            .Options;
        Factory = new InventoryDbContextFactory(options);
    }

    public string Path { get; }

    public IDbContextFactory<InventoryDbContext> Factory { get; }

    public Task InitializeAsync() => InventoryDatabase.MigrateAsync(Factory);

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { Path, Path + "-wal", Path + "-shm" })
        {
            if (File.Exists(file)) File.Delete(file);
        }

        return Task.CompletedTask;
    }

    public InventoryDbContext CreateContext() => Factory.CreateDbContext();

    /// <summary>Inserts a product and a location, returning their ids.</summary>
    public async Task<(int ProductId, int LocationId)> AddProductAndLocationAsync(string sku = "TSHI-BLA-001", string locationCode = "Retailer2")
    {
        await using var db = CreateContext();
        var product = new Product(sku, $"Product {sku}");
        var location = new Location(locationCode, $"Location {locationCode}");
        db.Products.Add(product);
        db.Locations.Add(location);
        await db.SaveChangesAsync();
        return (product.Id, location.Id);
    }

    /// <summary>Inserts one stock row holding <paramref name="quantity"/> units in the segment of the given value ids.</summary>
    public async Task<long> AddStockRowAsync(int productId, int locationId, IEnumerable<int> valueIds, int quantity)
    {
        await using var db = CreateContext();
        var row = new StockRow(productId, locationId, StoredSegment.Encode(valueIds), quantity);
        db.StockRows.Add(row);
        await db.SaveChangesAsync();
        return row.Id;
    }
}
