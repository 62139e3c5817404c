using System.Net;
using InventoryAdmin.Identity;
using InventoryAdmin.Tests.Api.Inventory;
using InventoryAdmin.Tests.Support;

namespace InventoryAdmin.Tests.Api.Import;

/// <summary>GET /api/v1/inventory.csv: the grid's filtered view as text/csv, for any key.</summary>
public class StockExportApiTests : IAsyncLifetime
{
    private const string Header = "sku,upc,name,locationCode,onHand,locked,allocated,available";

    private readonly InventoryAppFactory app;
    private InventoryArrange arrange = default!;

    public StockExportApiTests()
        : this(null)
    {
    }

    /// <param name="postgreSqlDatabase">Run the app on PostgreSQL, on this (new) database of the test cluster (see the PostgreSQL subclass).</param>
    protected StockExportApiTests(string? postgreSqlDatabase) => app = new InventoryAppFactory(postgreSqlDatabase: postgreSqlDatabase);

    /// <summary>Shirts and jeans at the store and the DC; 4 of the black shirts at the store are Amazon/BOPIS.</summary>
    public async Task InitializeAsync()
    {
        arrange = await InventoryArrange.CreateAsync(app);
        await arrange.ChannelAndOrderTypeAsync();
        await arrange.LocationAsync("Retailer2");
        await arrange.LocationAsync("DC1");
        await arrange.ProductAsync("TSHI-BLA-001", "T-shirt, black", "0000000000011");
        await arrange.ProductAsync("TSHI-RED-002", "T-shirt red");
        await arrange.ProductAsync("JEAN-BLU-032", "Jeans");
        await arrange.RefreshAsync(
            new { sku = "TSHI-BLA-001", locationCode = "Retailer2", quantity = 10 },
            new { sku = "TSHI-BLA-001", locationCode = "Retailer2", tags = new { Channel = "Amazon", OrderType = "BOPIS" }, quantity = 4 },
            new { sku = "TSHI-BLA-001", locationCode = "DC1", quantity = 100 },
            new { sku = "TSHI-RED-002", locationCode = "Retailer2", quantity = 40 },
            new { sku = "JEAN-BLU-032", locationCode = "Retailer2", quantity = 25 });
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    private async Task<string[]> ExportAsync(string query, string role = Roles.Merchandiser)
    {
        var client = app.CreateApiClient(await app.CreateApiKeyAsync(role));
        var response = await client.GetAsync("/api/v1/inventory.csv" + query);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        return body.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }

    [Fact]
    public async Task Export_NoFilter_ReturnsEveryRecordWithAHeader()
    {
        var lines = await ExportAsync("");

        Assert.Equal(
        [
            Header,
            "JEAN-BLU-032,,Jeans,Retailer2,25,0,0,25",
            "TSHI-BLA-001,0000000000011,\"T-shirt, black\",DC1,100,0,0,100",
            "TSHI-BLA-001,0000000000011,\"T-shirt, black\",Retailer2,14,0,0,14",
            "TSHI-RED-002,,T-shirt red,Retailer2,40,0,0,40",
        ], lines);
    }

    [Fact]
    public async Task Export_SearchLocationAndSegment_ReturnsOnlyTheFilteredRows()
    {
        var lines = await ExportAsync("?search=TSHI&locationCode=Retailer2&segment=Channel:Amazon,OrderType:BOPIS", Roles.WarehouseManager);

        // The black shirt's 4 were counted into that segment; the red shirt's 40 were spread and 1 landed there.
        Assert.Equal([Header, "TSHI-BLA-001,0000000000011,\"T-shirt, black\",Retailer2,4,0,0,4", "TSHI-RED-002,,T-shirt red,Retailer2,1,0,0,1"], lines);
    }

    [Fact]
    public async Task Export_UnknownLocation_Returns404Problem()
    {
        var client = app.CreateApiClient(await app.CreateApiKeyAsync(Roles.Merchandiser));

        var problem = await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/v1/inventory.csv?locationCode=Atlantis"), HttpStatusCode.NotFound);

        Assert.NotEmpty(ProblemAssert.ErrorsFor(problem, "locationCode"));
    }

    [Fact]
    public async Task Export_MalformedSegment_Returns422Problem()
    {
        var client = app.CreateApiClient(await app.CreateApiKeyAsync(Roles.Merchandiser));

        var problem = await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/v1/inventory.csv?segment=Amazon"), HttpStatusCode.UnprocessableEntity);

        Assert.NotEmpty(ProblemAssert.ErrorsFor(problem, "segment"));
    }

    [Fact]
    public async Task Export_WithoutKey_Returns401()
    {
        await ProblemAssert.IsProblemAsync(await app.CreateApiClient(null).GetAsync("/api/v1/inventory.csv"), HttpStatusCode.Unauthorized);
    }
}
