using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InventoryAdmin.Domain.Services;
using InventoryAdmin.Identity;
using InventoryAdmin.Tests.Api.Inventory;
using InventoryAdmin.Tests.Support;
using InventoryAdmin.Tests.Support.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InventoryAdmin.Tests.Api.Bundles;

/// <summary>
/// Bundles and their components ordered at the same moment over real sockets: every component unit is reserved once,
/// by a bundle or by an order for the component itself, and a bundle reserves all of its components or none.
/// </summary>
public class BundleConcurrencyTests : IAsyncLifetime
{
    private readonly InventoryAppFactory app;
    private readonly List<HttpClient> channels = [];
    private InventoryArrange arrange = default!;

    public BundleConcurrencyTests()
        : this(null)
    {
    }

    /// <param name="postgreSqlDatabase">Run the app on PostgreSQL, on this (new) database of the test cluster (see the PostgreSQL subclass).</param>
    protected BundleConcurrencyTests(string? postgreSqlDatabase) => app = new InventoryAppFactory(seedDemo: false, realServer: true, postgreSqlDatabase: postgreSqlDatabase);

    public async Task InitializeAsync()
    {
        app.StartServer();
        arrange = await InventoryArrange.CreateAsync(app);
        var key = await app.CreateApiKeyAsync(Roles.Integration);
        for (var i = 0; i < 8; i++) channels.Add(ParallelRequests.Client(app.ClientOptions.BaseAddress, key));
        await arrange.LocationAsync("FBA-1");
        foreach (var sku in new[] { "ABC", "DEF", "GHI" }) await arrange.ProductAsync(sku);
        await InventoryArrange.EnsureAsync(await arrange.Stock.PutAsJsonAsync("/api/v1/products/ALPHABET", new
        {
            name = "Alphabet Bundle", kind = "bundle",
            components = new[] { new { sku = "ABC", quantity = 1 }, new { sku = "DEF", quantity = 2 }, new { sku = "GHI", quantity = 1 } },
        }), HttpStatusCode.Created);
        await arrange.RefreshAsync(new { sku = "ABC", locationCode = "FBA-1", quantity = 100 }, new { sku = "DEF", locationCode = "FBA-1", quantity = 50 },
            new { sku = "GHI", locationCode = "FBA-1", quantity = 100 });
    }

    public async Task DisposeAsync()
    {
        foreach (var client in channels) client.Dispose();
        await app.DisposeAsync();
    }

    [Fact]
    public async Task BundlesAndTheirBottleneckComponentOrderedTogether_NeverOversellTheComponent()
    {
        // 32 bundles (2 DEF each) and 32 single DEF, interleaved: 96 DEF wanted, 50 on hand.
        var bodies = Enumerable.Range(1, 64).Select(i => (object)new
        {
            externalId = $"P-{i:D2}", items = new[] { new { sku = i % 2 == 0 ? "ALPHABET" : "DEF", quantity = 1 } },
        }).ToList();

        var run = await ParallelRequests.PostTogetherAsync(channels, "/api/v1/orders", bodies);

        Assert.True(run.MaxInFlight > 1, "The requests did not overlap.");
        Assert.All(run.Replies, r => Assert.Equal(HttpStatusCode.Created, r.Status));
        int Allocated(string sku) => run.Replies.Select(r => r.Body.GetProperty("items")[0])
            .Where(i => i.GetProperty("sku").GetString() == sku).Sum(i => i.GetProperty("allocations").EnumerateArray().Sum(a => a.GetProperty("quantity").GetInt32()));
        var bundles = Allocated("ALPHABET");
        var singles = Allocated("DEF");
        Assert.Equal(50, 2 * bundles + singles);
        Assert.True(bundles > 0 && singles > 0, $"Expected both kinds of order to win some units: {bundles} bundles, {singles} DEF.");

        await using var db = app.CreateDbContext();
        var segments = await db.Segments.AsNoTracking().Join(db.Products, s => s.ProductId, p => p.Id, (s, p) => new { p.Sku, s.OnHand, s.Allocated })
            .ToDictionaryAsync(s => s.Sku);
        Assert.Equal((50, 50), (segments["DEF"].OnHand, segments["DEF"].Allocated));
        Assert.Equal((bundles, bundles), (segments["ABC"].Allocated, segments["GHI"].Allocated));
        var record = await arrange.RecordAsync("ALPHABET", "FBA-1");
        Assert.Equal(0, record.GetProperty("totals").GetProperty("available").GetInt32());
        await using var scope = app.Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<LedgerReplayService>().ReplayAsync();
        Assert.True(report.Consistent, string.Join("; ", report.Differences));
    }
}
