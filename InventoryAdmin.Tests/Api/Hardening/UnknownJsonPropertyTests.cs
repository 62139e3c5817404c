using System.Net;
using System.Net.Http.Json;
using System.Text;
using InventoryAdmin.Identity;
using InventoryAdmin.Tests.Api.Inventory;
using InventoryAdmin.Tests.Support;

namespace InventoryAdmin.Tests.Api.Hardening;

/// <summary>A misspelt or repeated JSON property is refused with a 400 naming it, so it never widens an action (issue 18, item 2).</summary>
public class UnknownJsonPropertyTests : IAsyncLifetime
{
    private readonly InventoryAppFactory app;
    private InventoryArrange arrange = default!;
    private HttpClient channel = default!;
    private long allocationId;

    public UnknownJsonPropertyTests()
        : this(null)
    {
    }

    /// <param name="postgreSqlDatabase">Run the app on PostgreSQL, on this (new) database of the test cluster (see the PostgreSQL subclass).</param>
    protected UnknownJsonPropertyTests(string? postgreSqlDatabase) => app = new InventoryAppFactory(postgreSqlDatabase: postgreSqlDatabase);

    public async Task InitializeAsync()
    {
        arrange = await InventoryArrange.CreateAsync(app);
        channel = app.CreateApiClient(await app.CreateApiKeyAsync(Roles.Integration));
        await arrange.LocationAsync("Store-North", "Store North");
        await arrange.ProductAsync("TEE-1", "Tee");
        await InventoryArrange.EnsureAsync(
            await arrange.Stock.PutAsJsonAsync("/api/v1/locations/Store-North/storage-locations/A-01", new { traits = new { } }), HttpStatusCode.Created);
        await arrange.RefreshAsync(
            new { sku = "TEE-1", locationCode = "Store-North", storageLocation = "A-01", quantity = 10 },
            new { sku = "TEE-1", locationCode = "Store-North", quantity = 10 });
        var order = await InventoryArrange.EnsureAsync(await channel.PostAsJsonAsync("/api/v1/orders",
            new { externalId = "W-1", items = new[] { new { sku = "TEE-1", quantity = 6 } } }), HttpStatusCode.Created);
        allocationId = order.GetProperty("items")[0].GetProperty("allocations")[0].GetProperty("id").GetInt64();
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Fulfil_WithAMisspeltItems_Returns400NamingItAndFulfilsNothing()
    {
        var before = await InventoryStoreSnapshot.TakeAsync(app);
        var json = $"{{\"item\":[{{\"allocationId\":{allocationId},\"quantity\":1}}]}}";

        var response = await channel.PostAsync("/api/v1/orders/W-1/fulfil", Json(json));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("'item'", ProblemAssert.ErrorsFor(problem, "item").Single());
        Assert.Equal(before, await InventoryStoreSnapshot.TakeAsync(app));
        var order = await InventoryArrange.EnsureAsync(await channel.GetAsync("/api/v1/orders/W-1"), HttpStatusCode.OK);
        Assert.Equal(0, order.GetProperty("items")[0].GetProperty("allocations")[0].GetProperty("fulfilled").GetInt32());
    }

    [Fact]
    public async Task LockLocation_WithAMisspeltStorageLocation_Returns400AndLocksNothing()
    {
        var before = await InventoryStoreSnapshot.TakeAsync(app);

        var response = await arrange.Stock.PostAsync("/api/v1/locations/Store-North/lock", Json("{\"storage\":\"A-01\"}"));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.NotEmpty(ProblemAssert.ErrorsFor(problem, "storage"));
        Assert.Equal(before, await InventoryStoreSnapshot.TakeAsync(app));
    }

    [Fact]
    public async Task UnknownPropertyInsideALine_IsNamedByItsPath()
    {
        var before = await InventoryStoreSnapshot.TakeAsync(app);
        const string json = "{\"items\":[{\"sku\":\"TEE-1\",\"locationCode\":\"Store-North\",\"quantity\":3},"
            + "{\"sku\":\"TEE-1\",\"locationCode\":\"Store-North\",\"qty\":3}]}";

        var response = await arrange.Stock.PostAsync("/api/v1/inventory/refresh", Json(json));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.NotEmpty(ProblemAssert.ErrorsFor(problem, "items[1].qty"));
        Assert.Equal(before, await InventoryStoreSnapshot.TakeAsync(app));
    }

    [Theory]
    [InlineData("/api/v1/locations/Store-North", "{\"name\":\"Store North\",\"priority\":1,\"priority\":99}", "priority")]
    [InlineData("/api/v1/locations/Store-North", "{\"name\":\"Store North\",\"Name\":\"Other\"}", "Name")]
    public async Task DuplicateKey_Returns400NamingItAndChangesNothing(string path, string json, string field)
    {
        var before = await InventoryStoreSnapshot.TakeAsync(app);

        var response = await arrange.Stock.PutAsync(path, Json(json));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(ProblemAssert.ErrorsFor(problem, field).Length > 0, problem.ToString());
        Assert.Equal(before, await InventoryStoreSnapshot.TakeAsync(app));
    }

    [Fact]
    public async Task DuplicateTagInASegment_Returns400AndChangesNothing()
    {
        var before = await InventoryStoreSnapshot.TakeAsync(app);
        const string json = "{\"items\":[{\"sku\":\"TEE-1\",\"locationCode\":\"Store-North\",\"tags\":{\"Channel\":\"A\",\"Channel\":\"B\"},\"quantity\":3}]}";

        var response = await arrange.Stock.PostAsync("/api/v1/inventory/refresh", Json(json));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.NotEmpty(ProblemAssert.ErrorsFor(problem, "items[0].tags.Channel"));
        Assert.Equal(before, await InventoryStoreSnapshot.TakeAsync(app));
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
