using InventoryAdmin.Domain.Model.Stock;
using InventoryAdmin.Domain.Store;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Tests.Support.Domain;

/// <summary>A real, migrated, empty inventory database of one engine, one per test; removed by <see cref="IAsyncLifetime.DisposeAsync"/>.</summary>
public abstract class InventoryTestStore : IAsyncLifetime
{
    public abstract DatabaseProvider Engine { get; }

    public abstract IDbContextFactory<InventoryDbContext> Factory { get; }

    public abstract Task InitializeAsync();

    public abstract Task DisposeAsync();

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
