using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Model.Ledger;
using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Tests.Support.Domain;
using static InventoryAdmin.Tests.Support.Stock.StockTestBed;

namespace InventoryAdmin.Tests.Support.Stock;

/// <summary>Two products (one with a UPC) and two locations, shared by the stock service tests.</summary>
public abstract class StockServiceTestBase : IAsyncLifetime
{
    protected const string Shirt = "TSHI-BLA-001";
    protected const string Jeans = "JEAN-BLU-032";
    protected const string JeansUpc = "0001234567890";
    protected const string Store = "Retailer2";
    protected const string Dc = "DC1";

    protected readonly StockTestBed _bed;

    protected StockServiceTestBase(InventoryTestStore? store = null) => _bed = new StockTestBed(store);

    public async Task InitializeAsync()
    {
        await _bed.InitializeAsync();
        await _bed.Catalogue.PutProductAsync(Shirt, "T-shirt black", null, null);
        await _bed.Catalogue.PutProductAsync(Jeans, "Jeans blue 32", JeansUpc, null);
        await _bed.AddLocationsAsync(Store, Dc);
    }

    public Task DisposeAsync() => _bed.DisposeAsync();

    protected Task<StockChangeResult> RefreshAsync(params StockLine[] lines) => _bed.Stock.RefreshAsync(lines, Manager);

    protected Task<StockChangeResult> AdjustAsync(params StockLine[] lines) => _bed.Stock.AdjustAsync(lines, Manager);

    protected async Task<RecordLocationDto> LocationAsync(string sku, string location) =>
        Assert.Single((await _bed.Query.GetRecordAsync(sku, location)).Locations);

    protected async Task<List<(string Segment, int OnHand)>> SegmentsAsync(string sku, string location) =>
        OnHandBySegment(await LocationAsync(sku, location));
}
