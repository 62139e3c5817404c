using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InventoryAdmin.Tests.Api.Inventory;
using InventoryAdmin.Tests.Support;

namespace InventoryAdmin.Tests.Api.Bundles;

/// <summary>Bundles through PUT /api/v1/products/{sku}, the record's bundle block and the availability feed (API.md).</summary>
public class BundleApiTests : IAsyncLifetime
{
    private readonly InventoryAppFactory app;
    private InventoryArrange arrange = default!;

    private HttpClient Client => arrange.Stock;

    public BundleApiTests()
        : this(null)
    {
    }

    /// <param name="postgreSqlDatabase">Run the app on PostgreSQL, on this (new) database of the test cluster (see the PostgreSQL subclass).</param>
    protected BundleApiTests(string? postgreSqlDatabase) => app = new InventoryAppFactory(postgreSqlDatabase: postgreSqlDatabase);

    public async Task InitializeAsync()
    {
        arrange = await InventoryArrange.CreateAsync(app);
        await arrange.LocationAsync("FBA-1");
        foreach (var sku in new[] { "ABC", "DEF", "GHI" }) await arrange.ProductAsync(sku);
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    private static object Alphabet(params object[] components) => new { name = "Alphabet Bundle", kind = "bundle", components };

    [Fact]
    public async Task PutProduct_BundleWithComponents_Returns201WithThem_AndRecordHasTheBundleBlock()
    {
        var created = await InventoryArrange.EnsureAsync(await Client.PutAsJsonAsync("/api/v1/products/ALPHABET",
            Alphabet(new { sku = "ABC", quantity = 1 }, new { sku = "DEF", quantity = 1 }, new { sku = "GHI", quantity = 2 })), HttpStatusCode.Created);
        await arrange.RefreshAsync(new { sku = "ABC", locationCode = "FBA-1", quantity = 120 }, new { sku = "DEF", locationCode = "FBA-1", quantity = 50 },
            new { sku = "GHI", locationCode = "FBA-1", quantity = 150 }, new { sku = "ALPHABET", locationCode = "FBA-1", quantity = 8 });

        Assert.Equal("bundle", created.GetProperty("kind").GetString());
        Assert.Equal(["ABC x1", "DEF x1", "GHI x2"], created.GetProperty("components").EnumerateArray()
            .Select(c => $"{c.GetProperty("sku").GetString()} x{c.GetProperty("quantity").GetInt32()}").ToArray());
        var record = await arrange.RecordAsync("ALPHABET");
        Assert.Equal(58, record.GetProperty("totals").GetProperty("available").GetInt32());
        var location = Assert.Single(record.GetProperty("locations").EnumerateArray());
        var bundle = location.GetProperty("bundle");
        Assert.True(bundle.GetProperty("useComponentInventory").GetBoolean());
        Assert.Equal(8, bundle.GetProperty("prepackaged").GetProperty("onHand").GetInt32());
        Assert.Equal(50, bundle.GetProperty("components").GetProperty("available").GetInt32());
        Assert.Equal("DEF", bundle.GetProperty("bottleneckSku").GetString());

        await InventoryArrange.EnsureAsync(await Client.PutAsJsonAsync("/api/v1/locations/FBA-1", new { name = "FBA", useComponentInventory = false }), HttpStatusCode.OK);
        var feed = await Client.GetFromJsonAsync<JsonElement>("/api/v1/availability?skus=ALPHABET,DEF");
        Assert.Equal([("ALPHABET", 8), ("DEF", 50)], feed.EnumerateArray().Select(a => (a.GetProperty("sku").GetString(), a.GetProperty("available").GetInt32())).ToList());
    }

    [Fact]
    public async Task PutProduct_ComponentsLeftOut_KeepsThem_EmptyListRemovesThem()
    {
        await Client.PutAsJsonAsync("/api/v1/products/ALPHABET", Alphabet(new { sku = "ABC", quantity = 1 }));

        var renamed = await InventoryArrange.EnsureAsync(await Client.PutAsJsonAsync("/api/v1/products/ALPHABET", new { name = "Alphabet" }), HttpStatusCode.OK);
        var emptied = await InventoryArrange.EnsureAsync(await Client.PutAsJsonAsync("/api/v1/products/ALPHABET", Alphabet()), HttpStatusCode.OK);

        Assert.Equal("bundle", renamed.GetProperty("kind").GetString());
        Assert.Single(renamed.GetProperty("components").EnumerateArray());
        Assert.Empty(emptied.GetProperty("components").EnumerateArray());
    }

    [Fact]
    public async Task PutProduct_BadComponents_Returns422PerFieldAndSavesNothing()
    {
        await Client.PutAsJsonAsync("/api/v1/products/OTHER-BUNDLE", Alphabet(new { sku = "ABC", quantity = 1 }));

        var response = await Client.PutAsJsonAsync("/api/v1/products/ALPHABET", Alphabet(
            new { sku = "ABC", quantity = 0 }, new { sku = "ALPHABET", quantity = 1 }, new { sku = "OTHER-BUNDLE", quantity = 1 },
            new { sku = "DEF", quantity = 1 }, new { sku = "def", quantity = 2 }));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("at least 1", ProblemAssert.ErrorsFor(problem, "components[0].quantity").Single());
        Assert.Contains("cannot contain itself", ProblemAssert.ErrorsFor(problem, "components[1].sku").Single());
        Assert.Contains("standard products", ProblemAssert.ErrorsFor(problem, "components[2].sku").Single());
        Assert.Contains("listed twice", ProblemAssert.ErrorsFor(problem, "components[4].sku").Single());
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/api/v1/products/ALPHABET")).StatusCode);
    }

    [Fact]
    public async Task PutProduct_UnknownComponent_Returns404_AndComponentTurnedIntoBundle_Returns422()
    {
        await Client.PutAsJsonAsync("/api/v1/products/ALPHABET", Alphabet(new { sku = "ABC", quantity = 1 }));

        var unknown = await ProblemAssert.IsProblemAsync(await Client.PutAsJsonAsync("/api/v1/products/KIT",
            Alphabet(new { sku = "NOPE", quantity = 1 })), HttpStatusCode.NotFound);
        var cycle = await ProblemAssert.IsProblemAsync(await Client.PutAsJsonAsync("/api/v1/products/ABC",
            new { name = "ABC", kind = "bundle", components = new[] { new { sku = "DEF", quantity = 1 } } }), HttpStatusCode.UnprocessableEntity);
        var standardWithComponents = await ProblemAssert.IsProblemAsync(await Client.PutAsJsonAsync("/api/v1/products/DEF",
            new { name = "DEF", kind = "standard", components = new[] { new { sku = "GHI", quantity = 1 } } }), HttpStatusCode.UnprocessableEntity);

        Assert.Contains("NOPE", ProblemAssert.ErrorsFor(unknown, "components[0].sku").Single());
        Assert.Contains("is a component of ALPHABET", ProblemAssert.ErrorsFor(cycle, "kind").Single());
        Assert.Single(ProblemAssert.ErrorsFor(standardWithComponents, "components"));
        var abc = await Client.GetFromJsonAsync<JsonElement>("/api/v1/products/ABC");
        Assert.Equal("standard", abc.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task PutProduct_ComponentQuantityNotANumber_Returns400()
    {
        var response = await Client.PutAsync("/api/v1/products/ALPHABET", new StringContent(
            """{"name":"Alphabet","kind":"bundle","components":[{"sku":"ABC","quantity":"two"}]}""", System.Text.Encoding.UTF8, "application/json"));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.NotEmpty(ProblemAssert.ErrorsFor(problem, "components[0].quantity"));
    }
}
