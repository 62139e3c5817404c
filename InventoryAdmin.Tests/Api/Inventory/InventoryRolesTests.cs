using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InventoryAdmin.Identity;
using InventoryAdmin.Tests.Support;

namespace InventoryAdmin.Tests.Api.Inventory;

/// <summary>Stock, products and locations are written by WarehouseManager and Admin keys only; any key reads; no key gets 401.</summary>
public class InventoryRolesTests : IAsyncLifetime
{
    private readonly InventoryAppFactory app;
    private InventoryArrange arrange = default!;

    public InventoryRolesTests()
        : this(null)
    {
    }

    /// <param name="postgreSqlDatabase">Run the app on PostgreSQL, on this (new) database of the test cluster (see the PostgreSQL subclass).</param>
    protected InventoryRolesTests(string? postgreSqlDatabase) => app = new InventoryAppFactory(postgreSqlDatabase: postgreSqlDatabase);

    public async Task InitializeAsync()
    {
        arrange = await InventoryArrange.CreateAsync(app);
        await arrange.LocationAsync("Retailer2", "Retailer 2");
        await arrange.ProductAsync("A-1", "Alpha", upc: "0012345678905");
        await arrange.RefreshAsync(new { sku = "A-1", locationCode = "Retailer2", quantity = 10 });
        await InventoryArrange.EnsureAsync(await arrange.Stock.PutAsJsonAsync("/api/v1/locations/Retailer2/storage-locations/B-01", new { traits = new { } }),
            HttpStatusCode.Created);
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    public static TheoryData<string, string> Writes => new()
    {
        { "POST /api/v1/inventory/refresh", """{ "items": [ { "sku": "A-1", "locationCode": "Retailer2", "quantity": 99 } ] }""" },
        { "POST /api/v1/inventory/adjust", """{ "items": [ { "sku": "A-1", "locationCode": "Retailer2", "delta": -5 } ] }""" },
        { "PUT /api/v1/products/A-1", """{ "name": "Renamed", "upc": "999" }""" },
        { "PUT /api/v1/products/B-1", """{ "name": "New product" }""" },
        { "PUT /api/v1/locations/Retailer2", """{ "name": "Renamed", "priority": 9 }""" },
        { "PUT /api/v1/locations/DC1", """{ "name": "New location" }""" },
        { "PUT /api/v1/locations/Retailer2/storage-locations/A-01", """{ "traits": { "ACCESSIBLE": false } }""" },
        { "DELETE /api/v1/locations/Retailer2/storage-locations/B-01", "" },
        { "POST /api/v1/locations/Retailer2/lock", """{ "reason": "Flooded" }""" },
        { "POST /api/v1/locations/Retailer2/unlock", "{}" },
        { "POST /api/v1/inventory/lock", """{ "sku": "A-1", "locationCode": "Retailer2", "reason": "Damaged" }""" },
        { "PUT /api/v1/inventory/traits", """{ "sku": "A-1", "locationCode": "Retailer2", "traits": { "OUTBOUND": true } }""" },
        { "POST /api/v1/inventory/move", """{ "sku": "A-1", "locationCode": "Retailer2", "toStorageLocation": "B-01", "quantity": 1 }""" },
    };

    private static readonly string[] ReadPaths =
    [
        "/api/v1/inventory",
        "/api/v1/inventory/A-1",
        "/api/v1/inventory/A-1?locationCode=Retailer2",
        "/api/v1/inventory/A-1/movements",
        "/api/v1/products",
        "/api/v1/locations",
        "/api/v1/locations/Retailer2/storage-locations",
        "/api/v1/locations/Retailer2/storage-locations/B-01",
    ];

    public static TheoryData<string> Reads => new(ReadPaths);

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task Write_WithMerchandiserKey_Returns403AndChangesNothing(string request, string json)
    {
        var merchandiser = app.CreateApiClient(await app.CreateApiKeyAsync(Roles.Merchandiser));
        var before = await InventoryStoreSnapshot.TakeAsync(app);

        var problem = await ProblemAssert.IsProblemAsync(await merchandiser.SendAsync(Request(request, json)), HttpStatusCode.Forbidden);

        Assert.Contains(Roles.Merchandiser, problem.GetProperty("detail").GetString());
        Assert.Equal(before, await InventoryStoreSnapshot.TakeAsync(app));
    }

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task Write_WithoutKey_Returns401AndChangesNothing(string request, string json)
    {
        var before = await InventoryStoreSnapshot.TakeAsync(app);

        await ProblemAssert.IsProblemAsync(await app.CreateApiClient(null).SendAsync(Request(request, json)), HttpStatusCode.Unauthorized);

        Assert.Equal(before, await InventoryStoreSnapshot.TakeAsync(app));
    }

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task Write_WithUnknownKey_Returns401AndChangesNothing(string request, string json)
    {
        var before = await InventoryStoreSnapshot.TakeAsync(app);

        await ProblemAssert.IsProblemAsync(await app.CreateApiClient("not-a-key").SendAsync(Request(request, json)), HttpStatusCode.Unauthorized);

        Assert.Equal(before, await InventoryStoreSnapshot.TakeAsync(app));
    }

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task Read_WithoutKey_Returns401(string path)
    {
        await ProblemAssert.IsProblemAsync(await app.CreateApiClient(null).GetAsync(path), HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData(Roles.Merchandiser)]
    [InlineData(Roles.WarehouseManager)]
    [InlineData(Roles.Admin)]
    public async Task Read_WithAnyRolesKey_Returns200(string role)
    {
        var client = app.CreateApiClient(await app.CreateApiKeyAsync(role));

        foreach (var path in ReadPaths)
        {
            var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{role} GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        var record = await client.GetFromJsonAsync<JsonElement>("/api/v1/inventory/A-1");
        RecordAssert.SumsAddUp(record);
        Assert.Equal(10, record.GetProperty("totals").GetProperty("onHand").GetInt32());
    }

    [Fact]
    public async Task Refresh_WithAdminKey_IsAllowed()
    {
        var admin = app.CreateApiClient(app.BootstrapKey);

        var response = await admin.PostAsJsonAsync("/api/v1/inventory/refresh", new { items = new[] { new { sku = "A-1", locationCode = "Retailer2", quantity = 4 } } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(4, (await arrange.RecordAsync("A-1")).GetProperty("totals").GetProperty("onHand").GetInt32());
    }

    [Fact]
    public async Task Refresh_WithWarehouseManagerKey_IsAllowed()
    {
        var result = await arrange.RefreshAsync(new { sku = "A-1", locationCode = "Retailer2", quantity = 4 });

        Assert.Equal(1, result.GetProperty("applied").GetInt32());
        Assert.Equal(4, (await arrange.RecordAsync("A-1")).GetProperty("totals").GetProperty("onHand").GetInt32());
    }

    private static HttpRequestMessage Request(string request, string json)
    {
        var parts = request.Split(' ');
        return new HttpRequestMessage(new HttpMethod(parts[0]), parts[1]) { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };
    }
}
