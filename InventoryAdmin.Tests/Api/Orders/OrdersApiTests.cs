using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InventoryAdmin.Identity;
using InventoryAdmin.Tests.Api.Inventory;
using InventoryAdmin.Tests.Support;

namespace InventoryAdmin.Tests.Api.Orders;

/// <summary>Orders over HTTP: allocation and routing, idempotency, fulfil, cancel, returns, with an Integration key.</summary>
public class OrdersApiTests : IAsyncLifetime
{
    private readonly InventoryAppFactory app;
    private InventoryArrange arrange = default!;
    private HttpClient channel = default!;

    public OrdersApiTests()
        : this(null)
    {
    }

    /// <param name="postgreSqlDatabase">Run the app on PostgreSQL, on this (new) database of the test cluster (see the PostgreSQL subclass).</param>
    protected OrdersApiTests(string? postgreSqlDatabase) => app = new InventoryAppFactory(postgreSqlDatabase: postgreSqlDatabase);

    public async Task InitializeAsync()
    {
        arrange = await InventoryArrange.CreateAsync(app);
        channel = app.CreateApiClient(await app.CreateApiKeyAsync(Roles.Integration));
        await arrange.LocationAsync("Retailer2", "Retailer 2", priority: 10);
        await arrange.LocationAsync("DC-East", "DC East", priority: 20);
        await arrange.ProductAsync("TEE-1", "Tee");
        await arrange.RefreshAsync(
            new { sku = "TEE-1", locationCode = "Retailer2", quantity = 35 },
            new { sku = "TEE-1", locationCode = "DC-East", quantity = 59 });
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task CreateOrder_RoutesToTheHighestPriorityLocation_AndReservesTheUnits()
    {
        var order = await CreateAsync(new { externalId = "W-1", items = new[] { new { sku = "TEE-1", quantity = 5 } } }, HttpStatusCode.Created);

        var allocation = order.GetProperty("items")[0].GetProperty("allocations")[0];
        Assert.Equal(("DC-East", 5), (allocation.GetProperty("locationCode").GetString(), allocation.GetProperty("quantity").GetInt32()));
        Assert.Equal("allocated", order.GetProperty("status").GetString());
        var dc = (await arrange.RecordAsync("TEE-1", "DC-East")).GetProperty("totals");
        Assert.Equal((59, 5, 54), (dc.GetProperty("onHand").GetInt32(), dc.GetProperty("allocated").GetInt32(), dc.GetProperty("available").GetInt32()));
    }

    [Fact]
    public async Task SameExternalIdAgain_Returns200WithTheSameOrder_AndAllocatesNothingMore()
    {
        var body = new { externalId = "W-2", items = new[] { new { sku = "TEE-1", quantity = 3 } } };
        await CreateAsync(body, HttpStatusCode.Created);
        var again = await CreateAsync(body, HttpStatusCode.OK);

        Assert.Equal("W-2", again.GetProperty("externalId").GetString());
        Assert.Equal(3, (await arrange.RecordAsync("TEE-1")).GetProperty("totals").GetProperty("allocated").GetInt32());
    }

    [Fact]
    public async Task TooMuchWithoutSplit_StaysUnallocatedWithAReason_WithSplitTakesFromBoth()
    {
        var whole = await CreateAsync(new { externalId = "W-3", items = new[] { new { sku = "TEE-1", quantity = 90 } } }, HttpStatusCode.Created);
        var split = await CreateAsync(new { externalId = "W-4", allowSplit = true, items = new[] { new { sku = "TEE-1", quantity = 90 } } }, HttpStatusCode.Created);

        var unallocated = whole.GetProperty("items")[0].GetProperty("unallocated");
        Assert.Equal(90, unallocated.GetProperty("quantity").GetInt32());
        Assert.Contains("most: 59 at DC-East", unallocated.GetProperty("reason").GetString());
        Assert.Equal("unallocated", whole.GetProperty("status").GetString());
        var parts = split.GetProperty("items")[0].GetProperty("allocations").EnumerateArray()
            .Select(a => (a.GetProperty("locationCode").GetString(), a.GetProperty("quantity").GetInt32())).ToList();
        Assert.Equal([("DC-East", 59), ("Retailer2", 31)], parts);
    }

    [Fact]
    public async Task FulfilPartThenCancelTheRest_OnHandDropsByTheShippedUnits_AndAllocatedReturnsToZero()
    {
        var order = await CreateAsync(new { externalId = "W-5", items = new[] { new { sku = "TEE-1", quantity = 10, locationCode = "Retailer2" } } },
            HttpStatusCode.Created);
        var id = order.GetProperty("items")[0].GetProperty("allocations")[0].GetProperty("id").GetInt64();

        await PostAsync("/api/v1/orders/W-5/fulfil", new { items = new[] { new { allocationId = id, quantity = 4 } } }, HttpStatusCode.OK);
        var done = await PostAsync("/api/v1/orders/W-5/cancel", new { }, HttpStatusCode.OK);

        var allocation = done.GetProperty("items")[0].GetProperty("allocations")[0];
        Assert.Equal((4, 6), (allocation.GetProperty("fulfilled").GetInt32(), allocation.GetProperty("cancelled").GetInt32()));
        Assert.Equal("completed", done.GetProperty("status").GetString());
        var store = (await arrange.RecordAsync("TEE-1", "Retailer2")).GetProperty("totals");
        Assert.Equal((31, 0, 31), (store.GetProperty("onHand").GetInt32(), store.GetProperty("allocated").GetInt32(), store.GetProperty("available").GetInt32()));
    }

    [Fact]
    public async Task Return_RestocksWhereItWasSold_AndOverReturnIs422WithNothingChanged()
    {
        await arrange.ChannelAndOrderTypeAsync();
        await CreateAsync(new { externalId = "W-6", items = new[] { new { sku = "TEE-1", quantity = 3, locationCode = "Retailer2" } } }, HttpStatusCode.Created);
        await PostAsync("/api/v1/orders/W-6/fulfil", new { }, HttpStatusCode.OK);

        var returned = await PostAsync("/api/v1/orders/W-6/returns", new { items = new[] { new { sku = "TEE-1", quantity = 2, restock = true } } }, HttpStatusCode.Created);
        var before = await InventoryStoreSnapshot.TakeAsync(app);
        var problem = await ProblemAssert.IsProblemAsync(await channel.PostAsJsonAsync("/api/v1/orders/W-6/returns",
            new { items = new[] { new { sku = "TEE-1", quantity = 2, restock = true } } }), HttpStatusCode.UnprocessableEntity);

        Assert.Equal(("Retailer2", true), (returned.GetProperty("items")[0].GetProperty("locationCode").GetString(),
            returned.GetProperty("items")[0].GetProperty("restocked").GetBoolean()));
        Assert.Contains("Only 1 unit(s)", ProblemAssert.ErrorsFor(problem, "items[0].quantity").Single());
        Assert.Equal(before, await InventoryStoreSnapshot.TakeAsync(app));
        Assert.Equal(34, (await arrange.RecordAsync("TEE-1", "Retailer2")).GetProperty("totals").GetProperty("onHand").GetInt32());
    }

    [Fact]
    public async Task Return_OfAnItemSoldWithoutSegment_NeedsALocation_ThenGoesToTheDefaultSegmentThere()
    {
        await CreateAsync(new { externalId = "W-10", items = new[] { new { sku = "TEE-1", quantity = 2, locationCode = "Retailer2" } } }, HttpStatusCode.Created);
        await PostAsync("/api/v1/orders/W-10/fulfil", new { }, HttpStatusCode.OK);
        await arrange.ChannelAndOrderTypeAsync();

        var problem = await ProblemAssert.IsProblemAsync(await channel.PostAsJsonAsync("/api/v1/orders/W-10/returns",
            new { items = new[] { new { sku = "TEE-1", quantity = 1 } } }), HttpStatusCode.UnprocessableEntity);
        var returned = await PostAsync("/api/v1/orders/W-10/returns",
            new { items = new[] { new { sku = "TEE-1", quantity = 1, locationCode = "DC-East" } } }, HttpStatusCode.Created);

        Assert.Contains("sold without a segment", ProblemAssert.ErrorsFor(problem, "items[0].locationCode").Single());
        var item = returned.GetProperty("items")[0];
        Assert.Equal(("DC-East", "Kibo"), (item.GetProperty("locationCode").GetString(), item.GetProperty("tags").GetProperty("Channel").GetString()));
        Assert.Equal(60, (await arrange.RecordAsync("TEE-1", "DC-East")).GetProperty("totals").GetProperty("onHand").GetInt32());
    }

    [Fact]
    public async Task MonitorAndPos_CountOpenAllocationsPerLocationAndAcrossThem()
    {
        await CreateAsync(new { externalId = "W-7", items = new[] { new { sku = "TEE-1", quantity = 35, locationCode = "Retailer2" } } }, HttpStatusCode.Created);
        await CreateAsync(new { externalId = "W-8", items = new[] { new { sku = "TEE-1", quantity = 59, locationCode = "DC-East" } } }, HttpStatusCode.Created);

        var pulled = await PostAsync("/api/v1/pos/Retailer2/pull", new { }, HttpStatusCode.OK);
        var monitor = await InventoryArrange.EnsureAsync(await channel.GetAsync("/api/v1/allocations/monitor"), HttpStatusCode.OK);

        Assert.Equal(35, Assert.Single(pulled.EnumerateArray()).GetProperty("quantity").GetInt32());
        Assert.Equal(94, monitor.GetProperty("aggregate").GetProperty("units").GetInt32());
        var store = monitor.GetProperty("locations").EnumerateArray().Single(l => l.GetProperty("locationCode").GetString() == "Retailer2");
        Assert.Equal((35, 0, 1), (store.GetProperty("units").GetInt32(), store.GetProperty("unsent").GetInt32(), store.GetProperty("unacknowledged").GetInt32()));
        var ack = await PostAsync("/api/v1/pos/Retailer2/ack", new { allocationIds = new[] { pulled[0].GetProperty("allocationId").GetInt64() } }, HttpStatusCode.OK);
        Assert.Equal(1, ack.GetProperty("acknowledged").GetInt32());
    }

    [Fact]
    public async Task CancelWholeOrder_DropsItsUnallocatedUnitsFromTheMonitor()
    {
        await CreateAsync(new { externalId = "W-11", items = new[] { new { sku = "TEE-1", quantity = 500 } } }, HttpStatusCode.Created);
        var before = await InventoryArrange.EnsureAsync(await channel.GetAsync("/api/v1/allocations/monitor"), HttpStatusCode.OK);

        var cancelled = await PostAsync("/api/v1/orders/W-11/cancel", new { }, HttpStatusCode.OK);
        var after = await InventoryArrange.EnsureAsync(await channel.GetAsync("/api/v1/allocations/monitor"), HttpStatusCode.OK);

        Assert.Contains(before.GetProperty("unallocated").EnumerateArray(), u => u.GetProperty("orderExternalId").GetString() == "W-11");
        Assert.Equal("cancelled", cancelled.GetProperty("status").GetString());
        Assert.DoesNotContain(after.GetProperty("unallocated").EnumerateArray(), u => u.GetProperty("orderExternalId").GetString() == "W-11");
    }

    [Fact]
    public async Task Availability_PerLocationOrSummed()
    {
        await CreateAsync(new { externalId = "W-9", items = new[] { new { sku = "TEE-1", quantity = 4, locationCode = "DC-East" } } }, HttpStatusCode.Created);

        var summed = await InventoryArrange.EnsureAsync(await channel.GetAsync("/api/v1/availability?skus=TEE-1"), HttpStatusCode.OK);
        var dc = await InventoryArrange.EnsureAsync(await channel.GetAsync("/api/v1/availability?skus=TEE-1&locationCode=DC-East"), HttpStatusCode.OK);

        Assert.Equal(90, summed[0].GetProperty("available").GetInt32());
        Assert.Equal(("DC-East", 55), (dc[0].GetProperty("locationCode").GetString(), dc[0].GetProperty("available").GetInt32()));
    }

    [Fact]
    public async Task IntegrationKey_CannotUseTagsOrChangeStockOrKeys()
    {
        var tags = await channel.GetAsync("/api/v1/tags");
        var settings = await channel.GetAsync("/api/v1/settings/inventory");
        var inventory = await channel.GetAsync("/api/v1/inventory/TEE-1");
        var tag = await channel.PostAsJsonAsync("/api/v1/tags", InventoryArrange.ChannelTag);
        var stock = await channel.PostAsJsonAsync("/api/v1/inventory/adjust", new { items = new[] { new { sku = "TEE-1", locationCode = "DC-East", delta = 1 } } });
        var keys = await channel.GetAsync("/api/v1/admin/api-keys");

        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden],
            new[] { tags.StatusCode, settings.StatusCode, tag.StatusCode, stock.StatusCode, keys.StatusCode });
        Assert.Equal(HttpStatusCode.OK, inventory.StatusCode);
    }

    private async Task<JsonElement> CreateAsync(object body, HttpStatusCode expected) =>
        await InventoryArrange.EnsureAsync(await channel.PostAsJsonAsync("/api/v1/orders", body), expected);

    private async Task<JsonElement> PostAsync(string path, object body, HttpStatusCode expected) =>
        await InventoryArrange.EnsureAsync(await channel.PostAsJsonAsync(path, body), expected);
}
