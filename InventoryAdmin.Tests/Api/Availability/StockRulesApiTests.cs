using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InventoryAdmin.Identity;
using InventoryAdmin.Tests.Api.Inventory;
using InventoryAdmin.Tests.Support;

namespace InventoryAdmin.Tests.Api.Availability;

/// <summary>PUT/GET /api/v1/stock-rules and promisable in the availability feed and the record, over HTTP.</summary>
public class StockRulesApiTests : IAsyncLifetime
{
    private readonly InventoryAppFactory app;
    private InventoryArrange arrange = default!;

    public StockRulesApiTests()
        : this(null)
    {
    }

    /// <param name="postgreSqlDatabase">Run the app on PostgreSQL, on this (new) database of the test cluster (see the PostgreSQL subclass).</param>
    protected StockRulesApiTests(string? postgreSqlDatabase) => app = new InventoryAppFactory(postgreSqlDatabase: postgreSqlDatabase);

    public async Task InitializeAsync()
    {
        arrange = await InventoryArrange.CreateAsync(app);
        await arrange.ChannelAndOrderTypeAsync();
        await arrange.LocationAsync("Retailer2");
        await arrange.ProductAsync("TEE-1");
        await arrange.RefreshAsync(new { sku = "TEE-1", locationCode = "Retailer2", tags = new { Channel = "Amazon" }, quantity = 10 });
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task PutRule_ThenAvailabilityAndRecordCarrySafetyStockAndPromisable()
    {
        var put = await arrange.Stock.PutAsJsonAsync("/api/v1/stock-rules",
            new { items = new[] { new { tags = new { Channel = "Amazon" }, locationCode = "Retailer2", sku = (string?)null, safetyStock = 3, lowStockAt = 2 } } });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(1, (await put.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("applied").GetInt32());

        var rules = await arrange.Stock.GetFromJsonAsync<JsonElement>("/api/v1/stock-rules");
        var rule = Assert.Single(rules.EnumerateArray());
        Assert.Equal(("Amazon", "Retailer2", 3, 2), (rule.GetProperty("tags").GetProperty("Channel").GetString(), rule.GetProperty("locationCode").GetString(),
            rule.GetProperty("safetyStock").GetInt32(), rule.GetProperty("lowStockAt").GetInt32()));

        var feed = await arrange.Stock.GetFromJsonAsync<JsonElement>("/api/v1/availability?skus=TEE-1&segment=Channel:Amazon&locationCode=Retailer2");
        Assert.Equal((10, 3, 7), (feed[0].GetProperty("available").GetInt32(), feed[0].GetProperty("safetyStock").GetInt32(), feed[0].GetProperty("promisable").GetInt32()));

        var record = await arrange.RecordAsync("TEE-1", "Retailer2");
        var amazon = record.GetProperty("locations")[0].GetProperty("segments").EnumerateArray()
            .Single(s => s.GetProperty("tags").GetProperty("Channel").GetString() == "Amazon" && s.GetProperty("onHand").GetInt32() == 10);
        Assert.Equal((3, 7), (amazon.GetProperty("safetyStock").GetInt32(), amazon.GetProperty("promisable").GetInt32()));
    }

    [Fact]
    public async Task OrdersMayStillReserveSafetyStock()
    {
        await arrange.Stock.PutAsJsonAsync("/api/v1/stock-rules", new { items = new[] { new { tags = new { Channel = "Amazon" }, safetyStock = 8 } } });
        var channel = app.CreateApiClient(await app.CreateApiKeyAsync(Roles.Integration));

        var order = await channel.PostAsJsonAsync("/api/v1/orders",
            new { externalId = "W-1", items = new[] { new { sku = "TEE-1", quantity = 10, tags = new { Channel = "Amazon" } } } });

        Assert.Equal(HttpStatusCode.Created, order.StatusCode);
        var feed = await channel.GetFromJsonAsync<JsonElement>("/api/v1/availability?skus=TEE-1&segment=Channel:Amazon");
        Assert.Equal((0, 8, 0), (feed[0].GetProperty("available").GetInt32(), feed[0].GetProperty("safetyStock").GetInt32(), feed[0].GetProperty("promisable").GetInt32()));
        var allocated = (await arrange.RecordAsync("TEE-1")).GetProperty("totals").GetProperty("allocated").GetInt32();
        Assert.Equal(10, allocated);
    }

    [Fact]
    public async Task UnknownLocation_Is404NamingTheField_NegativeFigure422_AndNothingChanges()
    {
        var unknown = await arrange.Stock.PutAsJsonAsync("/api/v1/stock-rules", new { items = new[] { new { locationCode = "Nowhere", safetyStock = 1 } } });
        var problem = await ProblemAssert.IsProblemAsync(unknown, HttpStatusCode.NotFound);
        Assert.NotEmpty(ProblemAssert.ErrorsFor(problem, "items[0].locationCode"));

        var negative = await arrange.Stock.PutAsJsonAsync("/api/v1/stock-rules", new { items = new[] { new { safetyStock = -1 } } });
        Assert.NotEmpty(ProblemAssert.ErrorsFor(await ProblemAssert.IsProblemAsync(negative, HttpStatusCode.UnprocessableEntity), "items[0].safetyStock"));

        var misspelt = await arrange.Stock.PutAsJsonAsync("/api/v1/stock-rules", new { items = new[] { new { safetyStok = 1 } } });
        await ProblemAssert.IsProblemAsync(misspelt, HttpStatusCode.BadRequest);

        Assert.Empty((await arrange.Stock.GetFromJsonAsync<JsonElement>("/api/v1/stock-rules")).EnumerateArray());
    }

    [Fact]
    public async Task IntegrationKey_ReadsRules_ButMayNotChangeThem()
    {
        var integration = app.CreateApiClient(await app.CreateApiKeyAsync(Roles.Integration));

        Assert.Equal(HttpStatusCode.OK, (await integration.GetAsync("/api/v1/stock-rules")).StatusCode);
        var put = await integration.PutAsJsonAsync("/api/v1/stock-rules", new { items = new[] { new { safetyStock = 1 } } });
        await ProblemAssert.IsProblemAsync(put, HttpStatusCode.Forbidden);
    }
}
