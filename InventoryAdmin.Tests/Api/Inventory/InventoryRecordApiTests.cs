using System.Net;
using System.Text.Json;
using InventoryAdmin.Tests.Support;

namespace InventoryAdmin.Tests.Api.Inventory;

/// <summary>Reading a record through the API (the Record document of API.md) and the OpenAPI document.</summary>
public class InventoryRecordApiTests : IAsyncLifetime
{
    private const string Sku = "TEE-RED-M";
    private const string Store = "Retailer2";

    private readonly InventoryAppFactory app;
    private InventoryArrange arrange = default!;

    public InventoryRecordApiTests()
        : this(null)
    {
    }

    /// <param name="postgreSqlDatabase">Run the app on PostgreSQL, on this (new) database of the test cluster (see the PostgreSQL subclass).</param>
    protected InventoryRecordApiTests(string? postgreSqlDatabase) => app = new InventoryAppFactory(postgreSqlDatabase: postgreSqlDatabase);

    public async Task InitializeAsync()
    {
        arrange = await InventoryArrange.CreateAsync(app);
        await arrange.LocationAsync(Store, "Retailer 2");
        await arrange.ProductAsync(Sku, "Tee red M", upc: "0012345678905");
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Get_Record_HasTheShapeApiMdDescribes()
    {
        await arrange.ChannelAndOrderTypeAsync();
        await arrange.RefreshAsync(new { sku = Sku, locationCode = Store, quantity = 10 });

        var response = await arrange.Stock.GetAsync($"/api/v1/inventory/{Sku}?locationCode={Store}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var record = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        RecordAssert.SumsAddUp(record);
        Assert.Equal(Sku, record.GetProperty("sku").GetString());
        Assert.Equal("Tee red M", record.GetProperty("name").GetString());
        Assert.Equal("standard", record.GetProperty("kind").GetString());
        var totals = record.GetProperty("totals");
        Assert.Equal(JsonValueKind.Object, totals.ValueKind);
        Assert.All(RecordAssert.FigureNames, f => Assert.Equal(JsonValueKind.Number, totals.GetProperty(f).ValueKind));
        Assert.Equal(10, totals.GetProperty("onHand").GetInt32());
        Assert.Equal(10, totals.GetProperty("available").GetInt32());
        var location = Assert.Single(record.GetProperty("locations").EnumerateArray());
        Assert.Equal(Store, location.GetProperty("locationCode").GetString());
        Assert.All(RecordAssert.FigureNames, f => Assert.Equal(JsonValueKind.Number, location.GetProperty(f).ValueKind));
        Assert.False(location.GetProperty("pendingRedistribution").GetBoolean());
        Assert.All(location.GetProperty("segments").EnumerateArray(), segment =>
        {
            Assert.Equal(JsonValueKind.Object, segment.GetProperty("tags").ValueKind);
            Assert.Equal(["Channel", "OrderType"], segment.GetProperty("tags").EnumerateObject().Select(p => p.Name).Order());
            Assert.All(RecordAssert.FigureNames, f => Assert.Equal(JsonValueKind.Number, segment.GetProperty(f).ValueKind));
            Assert.Equal(JsonValueKind.False, segment.GetProperty("short").ValueKind);
        });
    }

    [Fact]
    public async Task Get_WithoutLocationCode_ListsEveryLocationAndTotalsAddThemUp_WithLocationCodeOnlyThatOne()
    {
        await arrange.LocationAsync("DC1", "Distribution centre");
        await arrange.RefreshAsync(
            new { sku = Sku, locationCode = Store, quantity = 4 },
            new { sku = Sku, locationCode = "DC1", quantity = 30 });

        var all = await arrange.RecordAsync(Sku);
        var one = await arrange.RecordAsync(Sku, "DC1");

        Assert.Equal(["DC1", Store], all.GetProperty("locations").EnumerateArray().Select(l => l.GetProperty("locationCode").GetString()).Order());
        Assert.Equal(34, all.GetProperty("totals").GetProperty("onHand").GetInt32());
        Assert.Equal("DC1", Assert.Single(one.GetProperty("locations").EnumerateArray()).GetProperty("locationCode").GetString());
        Assert.Equal(30, one.GetProperty("totals").GetProperty("onHand").GetInt32());
    }

    [Fact]
    public async Task Get_ProductWithoutStock_ReturnsZeroTotalsAndNoLocations()
    {
        var record = await arrange.RecordAsync(Sku);

        Assert.Empty(record.GetProperty("locations").EnumerateArray());
        Assert.All(RecordAssert.FigureNames, f => Assert.Equal(0, record.GetProperty("totals").GetProperty(f).GetInt32()));
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheInventoryProductAndLocationRoutes()
    {
        var document = await app.CreateApiClient(app.BootstrapKey).GetStringAsync("/openapi/v1.json");

        Assert.Contains("/api/v1/inventory/refresh", document);
        Assert.Contains("/api/v1/inventory/adjust", document);
        Assert.Contains("/api/v1/inventory/{sku}", document);
        Assert.Contains("/api/v1/inventory/{sku}/movements", document);
        Assert.Contains("/api/v1/products/{sku}", document);
        Assert.Contains("/api/v1/locations/{code}", document);
    }
}
