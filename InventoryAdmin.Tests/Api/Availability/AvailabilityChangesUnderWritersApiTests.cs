using System.Net.Http.Json;
using System.Text.Json;
using InventoryAdmin.Identity;
using InventoryAdmin.Tests.Api.Inventory;
using InventoryAdmin.Tests.Support;
using Xunit.Abstractions;

namespace InventoryAdmin.Tests.Api.Availability;

/// <summary>
/// The delta feed's promise under load (issue 17): 8 integrations write stock over HTTP at once while a channel polls
/// /api/v1/availability/changes by cursor. What the channel saw last of each segment must be that segment's final
/// state: a change that committed behind a page already read (concurrent commits) would leave it stale for good.
/// </summary>
public class AvailabilityChangesUnderWritersApiTests : IAsyncLifetime
{
    private const int Writers = 8;
    private const int RequestsPerWriter = 30;
    private static readonly string[] Locations = ["Loc-A", "Loc-B", "Loc-C", "Loc-D"];
    private static readonly string[] Skus = Enumerable.Range(1, 12).Select(i => $"SKU-{i:00}").ToArray();
    private static readonly string[] Channels = ["Kibo", "Amazon", "Walmart"];
    private static readonly string[] OrderTypes = ["STH", "BOPIS"];

    private readonly InventoryAppFactory app;
    private readonly ITestOutputHelper output;
    private InventoryArrange arrange = default!;
    private HttpClient channel = default!;

    public AvailabilityChangesUnderWritersApiTests(ITestOutputHelper output)
        : this(output, null)
    {
    }

    /// <param name="postgreSqlDatabase">Run the app on PostgreSQL, on this (new) database of the test cluster (see the PostgreSQL subclass).</param>
    protected AvailabilityChangesUnderWritersApiTests(ITestOutputHelper output, string? postgreSqlDatabase)
    {
        this.output = output;
        app = new InventoryAppFactory(realServer: true, postgreSqlDatabase: postgreSqlDatabase);
    }

    public async Task InitializeAsync()
    {
        app.StartServer();
        arrange = await InventoryArrange.CreateAsync(app);
        await arrange.ChannelAndOrderTypeAsync();
        foreach (var code in Locations) await arrange.LocationAsync(code);
        foreach (var sku in Skus) await arrange.ProductAsync(sku);
        channel = app.CreateApiClient(await app.CreateApiKeyAsync(Roles.Integration));
    }

    public async Task DisposeAsync()
    {
        channel.Dispose();
        await app.DisposeAsync();
    }

    private static string Key(string sku, string location, string channelName, string orderType) => $"{sku}|{location}|{channelName}|{orderType}";

    private static string Key(string sku, string location, JsonElement tags) =>
        Key(sku, location, tags.GetProperty("Channel").GetString()!, tags.GetProperty("OrderType").GetString()!);

    [Fact]
    public async Task EightWritersAndAPollingChannel_TheChannelEndsWithEverySegmentsFinalState()
    {
        var seen = new Dictionary<string, int>();
        string? next = null;
        var pages = 0;

        async Task<int> PollAsync()
        {
            var page = await channel.GetFromJsonAsync<JsonElement>("/api/v1/availability/changes?limit=25" + (next is null ? "" : $"&after={next}"));
            next = page.GetProperty("next").GetString();
            var items = page.GetProperty("items").EnumerateArray().ToList();
            foreach (var item in items)
                seen[Key(item.GetProperty("sku").GetString()!, item.GetProperty("locationCode").GetString()!, item.GetProperty("tags"))] =
                    item.GetProperty("available").GetInt32();
            pages++;
            return items.Count;
        }

        using var writing = new CancellationTokenSource();
        var writers = Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
        {
            var random = new Random(w);
            using var client = app.CreateApiClient(await app.CreateApiKeyAsync(Roles.WarehouseManager));
            for (var r = 0; r < RequestsPerWriter; r++)
            {
                var lines = Enumerable.Range(0, random.Next(1, 4)).Select(_ => new
                {
                    sku = Skus[random.Next(Skus.Length)],
                    locationCode = Locations[random.Next(Locations.Length)],
                    tags = new Dictionary<string, string> { ["Channel"] = Channels[random.Next(3)], ["OrderType"] = OrderTypes[random.Next(2)] },
                    quantity = random.Next(0, 40),
                }).DistinctBy(l => Key(l.sku, l.locationCode, l.tags["Channel"], l.tags["OrderType"])).ToArray();
                await InventoryArrange.EnsureAsync(await client.PostAsJsonAsync("/api/v1/inventory/refresh", new { items = lines }), System.Net.HttpStatusCode.OK);
            }
        })).ToList();
        var reader = Task.Run(async () =>
        {
            while (!writing.IsCancellationRequested)
                if (await PollAsync() == 0) await Task.Delay(10);
        });
        await Task.WhenAll(writers);
        await writing.CancelAsync();
        await reader;
        var pagesWhileWriting = pages;

        var final = new Dictionary<string, int>();
        foreach (var sku in Skus)
        foreach (var location in (await arrange.RecordAsync(sku)).GetProperty("locations").EnumerateArray())
        foreach (var segment in location.GetProperty("segments").EnumerateArray())
            final[Key(sku, location.GetProperty("locationCode").GetString()!, segment.GetProperty("tags"))] = segment.GetProperty("available").GetInt32();
        Assert.True(final.Count > 100, $"only {final.Count} segments were written");

        // The channel goes on polling as it would; on PostgreSQL the last commits are handed out once every older
        // transaction of the (shared) cluster has ended, so allow a while for the feed to catch up.
        List<string> Stale() => final.Keys.Union(seen.Keys)
            .Where(k => seen.GetValueOrDefault(k, -1) != final.GetValueOrDefault(k, 0)).Order().ToList();
        var until = DateTime.UtcNow.AddSeconds(20);
        while (Stale().Count > 0 && DateTime.UtcNow < until)
            if (await PollAsync() == 0) await Task.Delay(50);

        output.WriteLine($"{Writers} writers × {RequestsPerWriter} refreshes; {final.Count} segments; the channel read {pagesWhileWriting} pages while they wrote, {pages} in all");
        var stale = Stale();
        Assert.True(stale.Count == 0, $"{stale.Count} segments' last state seen by the channel is not their final state: " +
            string.Join("; ", stale.Take(10).Select(k => $"{k} seen {(seen.TryGetValue(k, out var s) ? s : "never")}, final {final.GetValueOrDefault(k)}")));
    }
}
