using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Services.Contracts;
using static InventoryAdmin.Tests.Support.Stock.StockTestBed;

namespace InventoryAdmin.Tests.Support.Stock;

/// <summary>Seven records over five products and three locations, shared by the query service tests.</summary>
public abstract class InventoryQueryTestBase : IAsyncLifetime
{
    protected const string BlackShirt = "TSHI-BLA-001";
    protected const string RedShirt = "TSHI-RED-002";
    protected const string Jeans = "JEAN-BLU-032";
    protected const string JeansUpc = "0001234567890";
    protected const string Socks = "SOCK-WHI-001";
    protected const string Cap = "CAP-TSHI-009";
    protected const string Store = "Retailer2";
    protected const string Dc = "DC1";
    protected const string Outlet = "Outlet";

    protected static readonly string[] AllSkus = [Cap, Jeans, Socks, BlackShirt, RedShirt];

    protected readonly StockTestBed _bed;

    /// <param name="store">The engine to run on; SQLite when null (the PostgreSQL subclasses pass theirs).</param>
    protected InventoryQueryTestBase(InventoryAdmin.Tests.Support.Domain.InventoryTestStore? store = null) => _bed = new StockTestBed(store);

    /// <summary>
    /// Seven records: black shirt 10 at the store and 100 at the DC, red shirt 40 at the store, jeans 25 at the DC
    /// and 5 (Amazon/BOPIS) at the outlet, socks 3 (Walmart/STH) at the store, cap 60 at the outlet.
    /// </summary>
    public async Task InitializeAsync()
    {
        await _bed.InitializeAsync();
        await _bed.UseSpecTagsAsync();
        await _bed.Catalogue.PutProductAsync(BlackShirt, "T-shirt black", "0000000000011", null);
        await _bed.Catalogue.PutProductAsync(RedShirt, "T-shirt red", "0000000000022", null);
        await _bed.Catalogue.PutProductAsync(Jeans, "Jeans blue 32", JeansUpc, null);
        await _bed.Catalogue.PutProductAsync(Socks, "Socks white", null, null);
        await _bed.Catalogue.PutProductAsync(Cap, "Baseball cap", null, null);
        await _bed.AddLocationsAsync(Store, Dc, Outlet);
        await _bed.Stock.RefreshAsync(
        [
            Line(BlackShirt, Store, 10),
            Line(BlackShirt, Dc, 100),
            Line(RedShirt, Store, 40),
            Line(Jeans, Dc, 25),
            Line(Jeans, Outlet, 5, ("Channel", "Amazon"), ("OrderType", "BOPIS")),
            Line(Socks, Store, 3, ("Channel", "Walmart")),
            Line(Cap, Outlet, 60),
        ], Manager);
    }

    public Task DisposeAsync() => _bed.DisposeAsync();

    protected static List<(string Sku, string Location, int OnHand)> Rows(PagedResult<GridRowDto> page) =>
        page.Items.Select(r => (r.Sku, r.LocationCode, r.OnHand)).ToList();

    protected static void AssertFiguresAddUp(RecordDto record)
    {
        foreach (var location in record.Locations)
        {
            Assert.Equal(location.Segments.Sum(s => s.OnHand), location.OnHand);
            Assert.Equal(location.Segments.Sum(s => s.Locked), location.Locked);
            Assert.Equal(location.Segments.Sum(s => s.Allocated), location.Allocated);
            Assert.Equal(location.Segments.Sum(s => s.Available), location.Available);
        }

        Assert.Equal(record.Locations.Sum(l => l.OnHand), record.Totals.OnHand);
        Assert.Equal(record.Locations.Sum(l => l.Locked), record.Totals.Locked);
        Assert.Equal(record.Locations.Sum(l => l.Allocated), record.Totals.Allocated);
        Assert.Equal(record.Locations.Sum(l => l.Available), record.Totals.Available);
    }
}
