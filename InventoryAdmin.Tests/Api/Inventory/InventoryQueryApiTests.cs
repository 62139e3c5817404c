using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InventoryAdmin.Identity;
using InventoryAdmin.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace InventoryAdmin.Tests.Api.Inventory;

/// <summary>The inventory list (search, location, paging) and a product's movement history.</summary>
public class InventoryQueryApiTests : IAsyncLifetime
{
    private readonly InventoryAppFactory app;
    private InventoryArrange arrange = default!;

    public InventoryQueryApiTests()
        : this(null)
    {
    }

    /// <param name="postgreSqlDatabase">Run the app on PostgreSQL, on this (new) database of the test cluster (see the PostgreSQL subclass).</param>
    protected InventoryQueryApiTests(string? postgreSqlDatabase) => app = new InventoryAppFactory(postgreSqlDatabase: postgreSqlDatabase);

    public async Task InitializeAsync()
    {
        arrange = await InventoryArrange.CreateAsync(app);
        await arrange.LocationAsync("Retailer2", "Retailer 2");
        await arrange.LocationAsync("DC1", "Distribution centre");
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task List_SearchBySkuPrefix_PagesInSkuOrderWithTheMatchingTotal()
    {
        for (var i = 7; i >= 1; i--) await arrange.ProductAsync($"TEE-{i:D3}", $"Tee {i}");
        await arrange.ProductAsync("MUG-001", "Mug");
        await arrange.RefreshAsync(Enumerable.Range(1, 7).Select(i => (object)new { sku = $"TEE-{i:D3}", locationCode = "Retailer2", quantity = i }).ToArray());

        var first = await PageAsync("/api/v1/inventory?search=TEE&page=1&pageSize=3");
        var last = await PageAsync("/api/v1/inventory?search=TEE&page=3&pageSize=3");
        var beyond = await PageAsync("/api/v1/inventory?search=TEE&page=4&pageSize=3");

        Assert.Equal(7, first.GetProperty("total").GetInt32());
        Assert.Equal(["TEE-001", "TEE-002", "TEE-003"], Skus(first));
        Assert.Equal(["TEE-007"], Skus(last));
        Assert.Equal(7, last.GetProperty("total").GetInt32());
        Assert.Empty(Skus(beyond));
        Assert.Equal(7, beyond.GetProperty("total").GetInt32());
        Assert.Equal(2, first.GetProperty("items")[1].GetProperty("totals").GetProperty("onHand").GetInt32());
    }

    [Fact]
    public async Task List_SearchByUpcOrNameFragment_FindsTheProduct()
    {
        await arrange.ProductAsync("TEE-RED-M", "Tee red M", upc: "0012345678905");
        await arrange.ProductAsync("MUG-BLUE", "Blue mug", upc: "0012345678912");

        var byUpc = await PageAsync("/api/v1/inventory?search=0012345678912");
        var byName = await PageAsync("/api/v1/inventory?search=red");

        Assert.Equal(["MUG-BLUE"], Skus(byUpc));
        Assert.Equal(["TEE-RED-M"], Skus(byName));
        Assert.Equal(1, byName.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task List_WithoutParameters_ListsEveryProductWithSegmentsAndTotals()
    {
        await arrange.ChannelAndOrderTypeAsync();
        await arrange.ProductAsync("A-1", "Alpha");
        await arrange.ProductAsync("B-1", "Beta");
        await arrange.RefreshAsync(
            new { sku = "A-1", locationCode = "Retailer2", quantity = 10 },
            new { sku = "A-1", locationCode = "DC1", quantity = 7 },
            new { sku = "B-1", locationCode = "DC1", quantity = 3 });

        var page = await PageAsync("/api/v1/inventory");

        Assert.Equal(2, page.GetProperty("total").GetInt32());
        Assert.Equal(["A-1", "B-1"], Skus(page));
        var alpha = page.GetProperty("items")[0];
        Assert.Equal(17, alpha.GetProperty("totals").GetProperty("onHand").GetInt32());
        Assert.Equal(4, RecordAssert.Location(alpha, "Retailer2").GetProperty("segments").GetArrayLength());
    }

    [Fact]
    public async Task List_WithLocationCode_ShowsOnlyThatLocationsFigures()
    {
        await arrange.ProductAsync("A-1", "Alpha");
        await arrange.RefreshAsync(
            new { sku = "A-1", locationCode = "Retailer2", quantity = 10 },
            new { sku = "A-1", locationCode = "DC1", quantity = 7 });

        var page = await PageAsync("/api/v1/inventory?locationCode=DC1");

        var record = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal("DC1", Assert.Single(record.GetProperty("locations").EnumerateArray()).GetProperty("locationCode").GetString());
        Assert.Equal(7, record.GetProperty("totals").GetProperty("onHand").GetInt32());
    }

    [Fact]
    public async Task List_UnknownLocationCode_Returns404NamingLocationCode()
    {
        var problem = await ProblemAssert.IsProblemAsync(await arrange.Stock.GetAsync("/api/v1/inventory?locationCode=Atlantis"), HttpStatusCode.NotFound);

        Assert.NotEmpty(ProblemAssert.ErrorsFor(problem, "locationCode"));
    }

    [Fact]
    public async Task Get_UnknownSku_Returns404NamingSku()
    {
        var problem = await ProblemAssert.IsProblemAsync(await arrange.Stock.GetAsync("/api/v1/inventory/NO-SUCH-SKU"), HttpStatusCode.NotFound);

        Assert.Contains("NO-SUCH-SKU", Assert.Single(ProblemAssert.ErrorsFor(problem, "sku")));
    }

    [Fact]
    public async Task Get_UnknownLocationCode_Returns404NamingLocationCode()
    {
        await arrange.ProductAsync("A-1", "Alpha");

        var problem = await ProblemAssert.IsProblemAsync(await arrange.Stock.GetAsync("/api/v1/inventory/A-1?locationCode=Atlantis"), HttpStatusCode.NotFound);

        Assert.Contains("Atlantis", Assert.Single(ProblemAssert.ErrorsFor(problem, "locationCode")));
    }

    [Fact]
    public async Task Movements_AfterRefreshAndAdjust_ListsThemNewestFirstWithBeforeAfterReasonActorAndReference()
    {
        await arrange.ChannelAndOrderTypeAsync();
        await arrange.ProductAsync("A-1", "Alpha");
        var erp = app.CreateApiClient((await app.Services.GetRequiredService<ApiKeyService>().CreateAsync("erp-sync", Roles.WarehouseManager, "tests")).Secret);
        var started = DateTime.UtcNow.AddSeconds(-5);
        await InventoryArrange.EnsureAsync(await erp.PostAsJsonAsync("/api/v1/inventory/refresh", new
        {
            items = new[] { new { sku = "A-1", locationCode = "Retailer2", tags = new Dictionary<string, string> { ["Channel"] = "Amazon" }, quantity = 5, reason = "Cycle count", reference = "CC-42" } },
        }), HttpStatusCode.OK);
        await InventoryArrange.EnsureAsync(await erp.PostAsJsonAsync("/api/v1/inventory/adjust", new
        {
            items = new[] { new { sku = "A-1", locationCode = "Retailer2", tags = new Dictionary<string, string> { ["Channel"] = "Amazon" }, delta = -2 } },
        }), HttpStatusCode.OK);

        var page = await arrange.Stock.GetFromJsonAsync<JsonElement>("/api/v1/inventory/A-1/movements");

        Assert.Equal(2, page.GetProperty("total").GetInt32());
        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        var (adjust, refresh) = (items[0], items[1]);
        Assert.Equal((-2, 5, 3), (adjust.GetProperty("delta").GetInt32(), adjust.GetProperty("before").GetInt32(), adjust.GetProperty("after").GetInt32()));
        Assert.Equal((5, 0, 5), (refresh.GetProperty("delta").GetInt32(), refresh.GetProperty("before").GetInt32(), refresh.GetProperty("after").GetInt32()));
        Assert.Equal("Cycle count", refresh.GetProperty("reason").GetString());
        Assert.Equal("CC-42", refresh.GetProperty("reference").GetString());
        Assert.False(string.IsNullOrWhiteSpace(adjust.GetProperty("reason").GetString()));
        Assert.Equal(JsonValueKind.Null, adjust.GetProperty("reference").ValueKind);
        foreach (var movement in items)
        {
            Assert.Equal("key:erp-sync", movement.GetProperty("actor").GetString());
            Assert.Equal("Retailer2", movement.GetProperty("locationCode").GetString());
            Assert.True(RecordAssert.HasTags(movement.GetProperty("tags"), ("Channel", "Amazon"), ("OrderType", "STH")), movement.ToString());
            Assert.Equal(JsonValueKind.Null, movement.GetProperty("storageLocation").ValueKind);
            var at = movement.GetProperty("at").GetString()!;
            Assert.EndsWith("Z", at);
            var parsed = DateTime.Parse(at, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
            Assert.InRange(parsed, started, DateTime.UtcNow.AddSeconds(5));
        }

        Assert.True(DateTime.Parse(items[0].GetProperty("at").GetString()!, CultureInfo.InvariantCulture) >=
            DateTime.Parse(items[1].GetProperty("at").GetString()!, CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Movements_SplitRefresh_WritesOneMovementPerSegmentThatAddUpToTheCount()
    {
        await arrange.ChannelAndOrderTypeAsync();
        await arrange.ProductAsync("A-1", "Alpha");
        await arrange.RefreshAsync(new { sku = "A-1", locationCode = "Retailer2", quantity = 10 });

        var page = await arrange.Stock.GetFromJsonAsync<JsonElement>("/api/v1/inventory/A-1/movements");

        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(4, page.GetProperty("total").GetInt32());
        Assert.Equal(10, items.Sum(m => m.GetProperty("delta").GetInt32()));
        Assert.All(items, m => Assert.Equal(0, m.GetProperty("before").GetInt32()));
        Assert.Equal(
            ["Amazon/STH", "Kibo/BOPIS", "Kibo/STH", "Walmart/STH"],
            items.Select(m => $"{m.GetProperty("tags").GetProperty("Channel").GetString()}/{m.GetProperty("tags").GetProperty("OrderType").GetString()}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Movements_LocationCodeAndPaging_FilterAndPageTheHistory()
    {
        await arrange.ProductAsync("A-1", "Alpha");
        for (var q = 1; q <= 5; q++)
            await arrange.RefreshAsync(new { sku = "A-1", locationCode = "Retailer2", quantity = q }, new { sku = "A-1", locationCode = "DC1", quantity = 10 * q });

        var dcAll = await arrange.Stock.GetFromJsonAsync<JsonElement>("/api/v1/inventory/A-1/movements?locationCode=DC1");
        var dcSecondPage = await arrange.Stock.GetFromJsonAsync<JsonElement>("/api/v1/inventory/A-1/movements?locationCode=DC1&page=2&pageSize=2");
        var all = await arrange.Stock.GetFromJsonAsync<JsonElement>("/api/v1/inventory/A-1/movements?pageSize=3");

        Assert.Equal(5, dcAll.GetProperty("total").GetInt32());
        Assert.All(dcAll.GetProperty("items").EnumerateArray(), m => Assert.Equal("DC1", m.GetProperty("locationCode").GetString()));
        Assert.Equal([50, 40, 30, 20, 10], dcAll.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("after").GetInt32()));
        Assert.Equal(5, dcSecondPage.GetProperty("total").GetInt32());
        Assert.Equal([30, 20], dcSecondPage.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("after").GetInt32()));
        Assert.Equal(10, all.GetProperty("total").GetInt32());
        Assert.Equal(3, all.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Movements_UnknownSku_Returns404NamingSku()
    {
        var problem = await ProblemAssert.IsProblemAsync(await arrange.Stock.GetAsync("/api/v1/inventory/NO-SUCH-SKU/movements"), HttpStatusCode.NotFound);

        Assert.NotEmpty(ProblemAssert.ErrorsFor(problem, "sku"));
    }

    [Fact]
    public async Task Movements_UnknownLocationCode_Returns404NamingLocationCode()
    {
        await arrange.ProductAsync("A-1", "Alpha");

        var problem = await ProblemAssert.IsProblemAsync(await arrange.Stock.GetAsync("/api/v1/inventory/A-1/movements?locationCode=Atlantis"), HttpStatusCode.NotFound);

        Assert.NotEmpty(ProblemAssert.ErrorsFor(problem, "locationCode"));
    }

    private async Task<JsonElement> PageAsync(string path)
    {
        var page = await InventoryArrange.EnsureAsync(await arrange.Stock.GetAsync(path), HttpStatusCode.OK);
        Assert.Equal(JsonValueKind.Number, page.GetProperty("total").ValueKind);
        RecordAssert.PageSumsAddUp(page);
        return page;
    }

    private static IReadOnlyList<string?> Skus(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("sku").GetString()).ToList();
}
