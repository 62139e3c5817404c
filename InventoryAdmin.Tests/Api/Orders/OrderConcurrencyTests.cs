using System.Net;
using System.Text.Json;
using InventoryAdmin.Domain.Services;
using InventoryAdmin.Identity;
using InventoryAdmin.Tests.Api.Inventory;
using InventoryAdmin.Tests.Support;
using InventoryAdmin.Tests.Support.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InventoryAdmin.Tests.Api.Orders;

/// <summary>
/// SPEC §6 "allocation is atomic and race-free", over real Kestrel and real sockets: many orders fired at the same
/// moment never allocate a unit twice, never drive Available below zero, and an order resubmitted in parallel is
/// created once.
/// </summary>
public class OrderConcurrencyTests : IAsyncLifetime
{
    private const string Sku = "TEE-1";
    private readonly InventoryAppFactory app;
    private readonly List<HttpClient> channels = [];
    private InventoryArrange arrange = default!;

    public OrderConcurrencyTests()
        : this(null)
    {
    }

    /// <param name="postgreSqlDatabase">Run the app on PostgreSQL, on this (new) database of the test cluster (see the PostgreSQL subclass).</param>
    protected OrderConcurrencyTests(string? postgreSqlDatabase) =>
        app = new InventoryAppFactory(seedDemo: false, realServer: true, postgreSqlDatabase: postgreSqlDatabase);

    public async Task InitializeAsync()
    {
        app.StartServer();
        Assert.True(app.ClientOptions.BaseAddress.IsLoopback, $"Expected a real server on the loopback, got {app.ClientOptions.BaseAddress}.");
        arrange = await InventoryArrange.CreateAsync(app);
        var key = await app.CreateApiKeyAsync(Roles.Integration);
        for (var i = 0; i < 8; i++) channels.Add(ParallelRequests.Client(app.ClientOptions.BaseAddress, key));
        await arrange.ProductAsync(Sku, "Tee");
    }

    public async Task DisposeAsync()
    {
        foreach (var client in channels) client.Dispose();
        await app.DisposeAsync();
    }

    [Fact]
    public async Task SixtyFourOrdersAtOnceForFiftyUnits_ExactlyFiftyAreAllocated_AndFourteenStayUnallocated()
    {
        await arrange.LocationAsync("Retailer2", "Retailer 2", priority: 10);
        await arrange.RefreshAsync(new { sku = Sku, locationCode = "Retailer2", quantity = 50 });
        var bodies = Enumerable.Range(1, 64).Select(i => (object)new { externalId = $"C-{i:D2}", items = new[] { new { sku = Sku, quantity = 1 } } }).ToList();

        var run = await ParallelRequests.PostTogetherAsync(channels, "/api/v1/orders", bodies);

        Assert.True(run.MaxInFlight > 1, "The requests did not overlap.");
        Assert.All(run.Replies, r => Assert.Equal(HttpStatusCode.Created, r.Status));
        var statuses = run.Replies.Select(r => r.Body.GetProperty("status").GetString()).ToList();
        Assert.Equal((50, 14), (statuses.Count(s => s == "allocated"), statuses.Count(s => s == "unallocated")));
        Assert.All(run.Replies.Where(r => r.Body.GetProperty("status").GetString() == "unallocated"), r =>
            Assert.Contains($"No location has {Sku} available", Item(r.Body).GetProperty("unallocated").GetProperty("reason").GetString()));

        var totals = (await arrange.RecordAsync(Sku, "Retailer2")).GetProperty("totals");
        Assert.Equal((50, 50, 0), (totals.GetProperty("onHand").GetInt32(), totals.GetProperty("allocated").GetInt32(), totals.GetProperty("available").GetInt32()));
        await using var db = app.CreateDbContext();
        var segment = await db.Segments.AsNoTracking().SingleAsync();
        Assert.Equal((50, 0, 50), (segment.OnHand, segment.Locked, segment.Allocated));
        var record = await db.Records.AsNoTracking().SingleAsync();
        Assert.Equal((50, 50, 0), (record.OnHand, record.Allocated, record.Available));
        Assert.Equal(Enumerable.Repeat(1, 50), await db.Movements.Where(m => m.AllocatedDelta != 0).Select(m => m.AllocatedDelta).ToListAsync());
        Assert.Equal((64, 50, 50), (await db.Orders.CountAsync(), await db.Allocations.CountAsync(), await db.Allocations.Select(a => a.OrderId).Distinct().CountAsync()));
        await AssertLedgerConsistentAsync();
    }

    [Fact]
    public async Task TheSameExternalIdTenTimesAtOnce_CreatesOneOrderWithOneAllocation_EveryReplyShowsIt()
    {
        await arrange.LocationAsync("Retailer2", "Retailer 2", priority: 10);
        await arrange.RefreshAsync(new { sku = Sku, locationCode = "Retailer2", quantity = 50 });
        var body = new { externalId = "DUP-1", source = "amazon", items = new[] { new { sku = Sku, quantity = 3 } } };

        var run = await ParallelRequests.PostTogetherAsync(channels, "/api/v1/orders", Enumerable.Repeat((object)body, 10).ToList());

        Assert.True(run.MaxInFlight > 1, "The requests did not overlap.");
        Assert.All(run.Replies, r => Assert.Contains(r.Status, new[] { HttpStatusCode.Created, HttpStatusCode.OK }));
        Assert.Single(run.Replies, r => r.Status == HttpStatusCode.Created);
        var seen = run.Replies.Select(r => (r.Body.GetProperty("externalId").GetString(), r.Body.GetProperty("source").GetString(),
            Assert.Single(Item(r.Body).GetProperty("allocations").EnumerateArray().ToList()).GetProperty("id").GetInt64())).Distinct().ToList();
        Assert.Equal("DUP-1", Assert.Single(seen).Item1);

        await using var db = app.CreateDbContext();
        Assert.Equal(1, await db.Orders.CountAsync());
        Assert.Equal(1, await db.OrderItems.CountAsync());
        Assert.Equal(3, (await db.Allocations.AsNoTracking().SingleAsync()).Quantity);
        Assert.Equal(3, (await db.Segments.AsNoTracking().SingleAsync()).Allocated);
        Assert.Equal([3], await db.Movements.Where(m => m.AllocatedDelta != 0).Select(m => m.AllocatedDelta).ToListAsync());
        await AssertLedgerConsistentAsync();
    }

    [Fact]
    public async Task ParallelSplitOrdersOverTwoLocations_NeverOversell_AndAvailableNeverGoesNegative()
    {
        await arrange.LocationAsync("Retailer2", "Retailer 2", priority: 10);
        await arrange.LocationAsync("DC-East", "DC East", priority: 20);
        await arrange.RefreshAsync(new { sku = Sku, locationCode = "Retailer2", quantity = 30 }, new { sku = Sku, locationCode = "DC-East", quantity = 25 });
        var bodies = Enumerable.Range(1, 40)
            .Select(i => (object)new { externalId = $"S-{i:D2}", allowSplit = true, items = new[] { new { sku = Sku, quantity = 3 } } }).ToList();
        using var watching = new CancellationTokenSource();
        var watcher = WatchAvailabilityAsync(watching.Token);

        var run = await ParallelRequests.PostTogetherAsync(channels, "/api/v1/orders", bodies);
        await watching.CancelAsync();
        var seenAvailable = await watcher;

        Assert.True(run.MaxInFlight > 1, "The requests did not overlap.");
        Assert.All(run.Replies, r => Assert.Equal(HttpStatusCode.Created, r.Status));
        Assert.All(seenAvailable, a => Assert.InRange(a, 0, 55));
        var allocations = run.Replies.SelectMany(r => Item(r.Body).GetProperty("allocations").EnumerateArray()
            .Select(a => (Location: a.GetProperty("locationCode").GetString(), Units: a.GetProperty("quantity").GetInt32()))).ToList();
        Assert.Equal((25, 30), (allocations.Where(a => a.Location == "DC-East").Sum(a => a.Units), allocations.Where(a => a.Location == "Retailer2").Sum(a => a.Units)));
        Assert.All(run.Replies, r => Assert.Equal(3, Allocated(r.Body) + Unallocated(r.Body)));
        // Served one after another: 8 whole from the DC, one split 1 + 2, 9 whole from the store, one short by 2, the rest none.
        var statuses = run.Replies.GroupBy(r => r.Body.GetProperty("status").GetString()).ToDictionary(g => g.Key!, g => g.Count());
        Assert.Equal(new Dictionary<string, int> { ["allocated"] = 18, ["partiallyAllocated"] = 1, ["unallocated"] = 21 }, statuses);
        Assert.Single(run.Replies, r => Item(r.Body).GetProperty("allocations").GetArrayLength() == 2);

        await using var db = app.CreateDbContext();
        Assert.All(await db.Segments.AsNoTracking().ToListAsync(), s => Assert.Equal((0, s.OnHand), (s.OnHand - s.Locked - s.Allocated, s.Allocated)));
        Assert.All(await db.Records.AsNoTracking().ToListAsync(), r => Assert.Equal((r.OnHand, 0), (r.Allocated, r.Available)));
        Assert.Equal(55, await db.Movements.SumAsync(m => m.AllocatedDelta));
        await AssertLedgerConsistentAsync();
    }

    [Fact]
    public async Task ParallelFulfilsAndCancelsOfOneAllocation_SettleEachUnitOnce_TheRestAreRefused()
    {
        await arrange.LocationAsync("Retailer2", "Retailer 2", priority: 10);
        await arrange.RefreshAsync(new { sku = Sku, locationCode = "Retailer2", quantity = 50 });
        var created = await ParallelRequests.PostTogetherAsync(channels, "/api/v1/orders",
            [new { externalId = "SET-1", items = new[] { new { sku = Sku, quantity = 10 } } }]);
        var id = Assert.Single(Item(Assert.Single(created.Replies).Body).GetProperty("allocations").EnumerateArray().ToList()).GetProperty("id").GetInt64();
        var line = new { items = new[] { new { allocationId = id, quantity = 1 } } };

        var fulfils = ParallelRequests.PostTogetherAsync(channels, "/api/v1/orders/SET-1/fulfil", Enumerable.Repeat((object)line, 7).ToList());
        var cancels = ParallelRequests.PostTogetherAsync(channels, "/api/v1/orders/SET-1/cancel", Enumerable.Repeat((object)line, 7).ToList());
        var (fulfilled, cancelled) = (await fulfils, await cancels);

        var replies = fulfilled.Replies.Concat(cancelled.Replies).ToList();
        Assert.Equal((10, 4), (replies.Count(r => r.Status == HttpStatusCode.OK), replies.Count(r => r.Status == HttpStatusCode.UnprocessableEntity)));
        var shipped = fulfilled.Replies.Count(r => r.Status == HttpStatusCode.OK);
        await using var db = app.CreateDbContext();
        var allocation = await db.Allocations.AsNoTracking().SingleAsync();
        Assert.Equal((shipped, 10 - shipped), (allocation.Fulfilled, allocation.Cancelled));
        var segment = await db.Segments.AsNoTracking().SingleAsync();
        Assert.Equal((50 - shipped, 0), (segment.OnHand, segment.Allocated));
        Assert.Equal(0, await db.Movements.SumAsync(m => m.AllocatedDelta));
        await AssertLedgerConsistentAsync();
    }

    /// <summary>
    /// Until cancelled (and at least once), reads the summed availability through the API and the fewest free units of
    /// any segment straight from the database (On Hand − Locked − Allocated, unclamped); every figure it saw.
    /// </summary>
    private async Task<List<int>> WatchAvailabilityAsync(CancellationToken stop)
    {
        var seen = new List<int>();
        do
        {
            using var response = await channels[0].GetAsync($"/api/v1/availability?skus={Sku}", CancellationToken.None);
            var body = await InventoryArrange.EnsureAsync(response, HttpStatusCode.OK);
            seen.Add(body[0].GetProperty("available").GetInt32());
            await using var db = app.CreateDbContext();
            seen.Add(await db.Segments.Select(s => s.OnHand - s.Locked - s.Allocated).MinAsync(CancellationToken.None));
        }
        while (!stop.IsCancellationRequested);

        return seen;
    }

    private static JsonElement Item(JsonElement order) => Assert.Single(order.GetProperty("items").EnumerateArray().ToList());

    private static int Allocated(JsonElement order) => Item(order).GetProperty("allocations").EnumerateArray().Sum(a => a.GetProperty("quantity").GetInt32());

    private static int Unallocated(JsonElement order) =>
        Item(order).GetProperty("unallocated") is { ValueKind: JsonValueKind.Object } u ? u.GetProperty("quantity").GetInt32() : 0;

    private async Task AssertLedgerConsistentAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<LedgerReplayService>().ReplayAsync();
        Assert.True(report.Consistent, string.Join("; ", report.Differences));
    }
}
