using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using InventoryAdmin.Tests.Support;

namespace InventoryAdmin.Tests.Api.Inventory;

/// <summary>Products and locations are created or updated by their code (PUT), listed and searched.</summary>
public class CatalogueApiTests : IAsyncLifetime
{
    private readonly InventoryAppFactory app;
    private InventoryArrange arrange = default!;

    private HttpClient Client => arrange.Stock;

    public async Task InitializeAsync() => arrange = await InventoryArrange.CreateAsync(app);

    public async Task DisposeAsync() => await app.DisposeAsync();

    public CatalogueApiTests()
        : this(null)
    {
    }

    /// <param name="postgreSqlDatabase">Run the app on PostgreSQL, on this (new) database of the test cluster (see the PostgreSQL subclass).</param>
    protected CatalogueApiTests(string? postgreSqlDatabase) => app = new InventoryAppFactory(postgreSqlDatabase: postgreSqlDatabase);

    [Fact]
    public async Task PutProduct_NewThenAgain_Returns201ThenUpdatesWith200()
    {
        var created = await Client.PutAsJsonAsync("/api/v1/products/TEE-RED-M", new { name = "Tee red M", upc = "0012345678905", kind = "standard" });

        var product = await InventoryArrange.EnsureAsync(created, HttpStatusCode.Created);
        Assert.Equal("/api/v1/products/TEE-RED-M", created.Headers.Location?.OriginalString);
        Assert.Equal("TEE-RED-M", product.GetProperty("sku").GetString());
        Assert.Equal("Tee red M", product.GetProperty("name").GetString());
        Assert.Equal("0012345678905", product.GetProperty("upc").GetString());
        Assert.Equal("standard", product.GetProperty("kind").GetString());

        var updated = await InventoryArrange.EnsureAsync(
            await Client.PutAsJsonAsync("/api/v1/products/TEE-RED-M", new { name = "Tee, red, size M", upc = "0012345678905" }), HttpStatusCode.OK);

        Assert.Equal("Tee, red, size M", updated.GetProperty("name").GetString());
        var list = await Client.GetFromJsonAsync<JsonElement>("/api/v1/products");
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        var listed = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Equal("Tee, red, size M", listed.GetProperty("name").GetString());
        Assert.Equal("0012345678905", listed.GetProperty("upc").GetString());
    }

    [Fact]
    public async Task PutProduct_StockHeldAndRenamed_KeepsItsStock()
    {
        await arrange.LocationAsync("Retailer2");
        await arrange.ProductAsync("TEE-RED-M", "Tee red M");
        await arrange.RefreshAsync(new { sku = "TEE-RED-M", locationCode = "Retailer2", quantity = 12 });

        await InventoryArrange.EnsureAsync(await Client.PutAsJsonAsync("/api/v1/products/TEE-RED-M", new { name = "Tee, red, M" }), HttpStatusCode.OK);

        var record = await arrange.RecordAsync("TEE-RED-M");
        Assert.Equal("Tee, red, M", record.GetProperty("name").GetString());
        Assert.Equal(12, record.GetProperty("totals").GetProperty("onHand").GetInt32());
    }

    [Fact]
    public async Task PutProduct_UpcOfAnotherProduct_Returns409NamingUpcAndChangesNothing()
    {
        await arrange.ProductAsync("TEE-RED-M", "Tee red M", upc: "0012345678905");
        await arrange.ProductAsync("TEE-BLUE-M", "Tee blue M", upc: "0012345678912");
        var before = await InventoryStoreSnapshot.TakeAsync(app);

        var onUpdate = await Client.PutAsJsonAsync("/api/v1/products/TEE-BLUE-M", new { name = "Tee blue M", upc = "0012345678905" });
        var onCreate = await Client.PutAsJsonAsync("/api/v1/products/TEE-GREEN-M", new { name = "Tee green M", upc = " 0012345678905 " });

        Assert.Contains("0012345678905", Assert.Single(ProblemAssert.ErrorsFor(await ProblemAssert.IsProblemAsync(onUpdate, HttpStatusCode.Conflict), "upc")));
        Assert.NotEmpty(ProblemAssert.ErrorsFor(await ProblemAssert.IsProblemAsync(onCreate, HttpStatusCode.Conflict), "upc"));
        Assert.Equal(before, await InventoryStoreSnapshot.TakeAsync(app));
    }

    [Fact]
    public async Task PutProduct_ItsOwnUpcAgain_Returns200()
    {
        await arrange.ProductAsync("TEE-RED-M", "Tee red M", upc: "0012345678905");

        var response = await Client.PutAsJsonAsync("/api/v1/products/TEE-RED-M", new { name = "Tee red M", upc = "0012345678905" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task PutProduct_MissingName_Returns422NamingNameAndSavesNothing(string? name)
    {
        var before = await InventoryStoreSnapshot.TakeAsync(app);

        var response = await Client.PutAsJsonAsync("/api/v1/products/TEE-RED-M", new { name, upc = "0012345678905" });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.NotEmpty(ProblemAssert.ErrorsFor(problem, "name"));
        Assert.Equal(before, await InventoryStoreSnapshot.TakeAsync(app));
    }

    [Fact]
    public async Task PutProduct_UnknownKind_Returns422NamingKind()
    {
        var problem = await ProblemAssert.IsProblemAsync(
            await Client.PutAsJsonAsync("/api/v1/products/TEE-RED-M", new { name = "Tee", kind = "kit" }), HttpStatusCode.UnprocessableEntity);

        Assert.NotEmpty(ProblemAssert.ErrorsFor(problem, "kind"));
    }

    [Fact]
    public async Task PutProduct_MalformedJson_Returns400()
    {
        var response = await Client.PutAsync("/api/v1/products/TEE-RED-M", new StringContent("{ \"name\": ", Encoding.UTF8, "application/json"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task GetProducts_Search_PagesInSkuOrderWithTheMatchingTotal()
    {
        foreach (var sku in new[] { "TEE-005", "TEE-001", "MUG-001", "TEE-004", "TEE-002", "TEE-003" })
            await arrange.ProductAsync(sku, sku == "MUG-001" ? "Mug" : "Tee");

        var first = await Client.GetFromJsonAsync<JsonElement>("/api/v1/products?search=TEE&page=1&pageSize=2");
        var third = await Client.GetFromJsonAsync<JsonElement>("/api/v1/products?search=TEE&page=3&pageSize=2");
        var byName = await Client.GetFromJsonAsync<JsonElement>("/api/v1/products?search=mug");
        var everything = await Client.GetFromJsonAsync<JsonElement>("/api/v1/products");

        Assert.Equal(5, first.GetProperty("total").GetInt32());
        Assert.Equal(["TEE-001", "TEE-002"], Skus(first));
        Assert.Equal(["TEE-005"], Skus(third));
        Assert.Equal(["MUG-001"], Skus(byName));
        Assert.Equal(6, everything.GetProperty("total").GetInt32());
        Assert.Equal(["MUG-001", "TEE-001", "TEE-002", "TEE-003", "TEE-004", "TEE-005"], Skus(everything));
    }

    [Fact]
    public async Task PutLocation_NewThenAgain_Returns201ThenUpdatesWith200()
    {
        var created = await Client.PutAsJsonAsync("/api/v1/locations/Retailer2", new { name = "Retailer 2", priority = 5, useComponentInventory = false });

        var location = await InventoryArrange.EnsureAsync(created, HttpStatusCode.Created);
        Assert.Equal("/api/v1/locations/Retailer2", created.Headers.Location?.OriginalString);
        Assert.Equal("Retailer2", location.GetProperty("code").GetString());
        Assert.Equal("Retailer 2", location.GetProperty("name").GetString());
        Assert.Equal(5, location.GetProperty("priority").GetInt32());
        Assert.False(location.GetProperty("useComponentInventory").GetBoolean());

        var updated = await InventoryArrange.EnsureAsync(
            await Client.PutAsJsonAsync("/api/v1/locations/Retailer2", new { name = "Retailer Two", priority = 9, useComponentInventory = true }), HttpStatusCode.OK);

        Assert.Equal("Retailer Two", updated.GetProperty("name").GetString());
        var listed = Assert.Single((await Client.GetFromJsonAsync<JsonElement>("/api/v1/locations")).EnumerateArray());
        Assert.Equal("Retailer Two", listed.GetProperty("name").GetString());
        Assert.Equal(9, listed.GetProperty("priority").GetInt32());
        Assert.True(listed.GetProperty("useComponentInventory").GetBoolean());
    }

    [Fact]
    public async Task GetLocations_ListsEveryLocationByCodeWithItsSettings()
    {
        await Client.PutAsJsonAsync("/api/v1/locations/Retailer2", new { name = "Retailer 2", priority = 5 });
        await Client.PutAsJsonAsync("/api/v1/locations/DC1", new { name = "Distribution centre", priority = 1, useComponentInventory = false });

        var locations = (await Client.GetFromJsonAsync<JsonElement>("/api/v1/locations")).EnumerateArray().ToList();

        Assert.Equal(["DC1", "Retailer2"], locations.Select(l => l.GetProperty("code").GetString()));
        Assert.Equal("Distribution centre", locations[0].GetProperty("name").GetString());
        Assert.Equal(1, locations[0].GetProperty("priority").GetInt32());
        Assert.False(locations[0].GetProperty("useComponentInventory").GetBoolean());
        Assert.True(locations[1].GetProperty("useComponentInventory").GetBoolean(), "Use Component Inventory defaults to on (SPEC §1).");
    }

    [Fact]
    public async Task PutLocation_MissingName_Returns422NamingNameAndSavesNothing()
    {
        var before = await InventoryStoreSnapshot.TakeAsync(app);

        var problem = await ProblemAssert.IsProblemAsync(
            await Client.PutAsJsonAsync("/api/v1/locations/Retailer2", new { priority = 5 }), HttpStatusCode.UnprocessableEntity);

        Assert.NotEmpty(ProblemAssert.ErrorsFor(problem, "name"));
        Assert.Equal(before, await InventoryStoreSnapshot.TakeAsync(app));
        Assert.Empty((await Client.GetFromJsonAsync<JsonElement>("/api/v1/locations")).EnumerateArray());
    }

    private static IReadOnlyList<string?> Skus(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("sku").GetString()).ToList();
}
