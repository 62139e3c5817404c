using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InventoryAdmin.Identity;
using InventoryAdmin.Tests.Api.Inventory;
using InventoryAdmin.Tests.Support;

namespace InventoryAdmin.Tests.Api.Availability;

/// <summary>GET /api/v1/availability/changes on the real server (127.0.0.1), read by an integration key following next.</summary>
public class AvailabilityChangesApiTests : IAsyncLifetime
{
    private readonly InventoryAppFactory app;
    private InventoryArrange arrange = default!;
    private HttpClient channel = default!;

    public AvailabilityChangesApiTests()
        : this(null)
    {
    }

    /// <param name="postgreSqlDatabase">Run the app on PostgreSQL, on this (new) database of the test cluster (see the PostgreSQL subclass).</param>
    protected AvailabilityChangesApiTests(string? postgreSqlDatabase) => app = new InventoryAppFactory(realServer: true, postgreSqlDatabase: postgreSqlDatabase);

    public async Task InitializeAsync()
    {
        app.StartServer();
        arrange = await InventoryArrange.CreateAsync(app);
        await arrange.LocationAsync("Retailer2");
        await arrange.ProductAsync("TEE-1");
        await arrange.ProductAsync("JEAN-1");
        channel = new HttpClient { BaseAddress = app.ClientOptions.BaseAddress };
        channel.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.HeaderName, await app.CreateApiKeyAsync(Roles.Integration));
    }

    public async Task DisposeAsync()
    {
        channel.Dispose();
        await app.DisposeAsync();
    }

    /// <summary>
    /// Follows next until a page is empty; returns every item read and the last next. An integration polls: on PostgreSQL
    /// the feed hands out a change once every older transaction of the cluster has ended (other tests' databases share the
    /// cluster), so until the first item arrives an empty page is asked again, for a few seconds.
    /// </summary>
    private async Task<(List<JsonElement> Items, string Next)> FollowAsync(string? after, int limit)
    {
        var items = new List<JsonElement>();
        var next = after;
        var waitUntil = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var page = await channel.GetFromJsonAsync<JsonElement>($"/api/v1/availability/changes?limit={limit}" + (next is null ? "" : $"&after={next}"));
            next = page.GetProperty("next").GetString()!;
            var got = page.GetProperty("items").EnumerateArray().ToList();
            if (got.Count == 0 && items.Count == 0 && DateTime.UtcNow < waitUntil)
            {
                await Task.Delay(50);
                continue;
            }

            if (got.Count == 0) return (items, next);
            Assert.True(got.Count <= limit);
            items.AddRange(got);
        }
    }

    private static (string?, string?, int, int, int) Figures(JsonElement item) =>
        (item.GetProperty("sku").GetString(), item.GetProperty("locationCode").GetString(), item.GetProperty("available").GetInt32(),
            item.GetProperty("safetyStock").GetInt32(), item.GetProperty("promisable").GetInt32());

    [Fact]
    public async Task AnIntegrationFollowingNext_SeesEveryChangedSegment_ThenOnlyNewChanges()
    {
        await arrange.Stock.PutAsJsonAsync("/api/v1/stock-rules", new { items = new[] { new { safetyStock = 1 } } });
        await arrange.RefreshAsync(new { sku = "TEE-1", locationCode = "Retailer2", quantity = 4 }, new { sku = "JEAN-1", locationCode = "Retailer2", quantity = 2 });

        var (all, next) = await FollowAsync(null, limit: 1);
        Assert.Equal([("JEAN-1", "Retailer2", 2, 1, 1), ("TEE-1", "Retailer2", 4, 1, 3)], all.Select(Figures).Distinct().OrderBy(f => f.Item1));
        Assert.True(all[0].GetProperty("changedAt").GetDateTime() > DateTime.UtcNow.AddMinutes(-5));

        await arrange.AdjustAsync(new { sku = "TEE-1", locationCode = "Retailer2", delta = -3 });
        var (fresh, _) = await FollowAsync(next, limit: 1000);
        Assert.Equal(("TEE-1", "Retailer2", 1, 1, 0), Figures(Assert.Single(fresh)));
    }

    [Theory]
    [InlineData("limit=0", HttpStatusCode.BadRequest)]
    [InlineData("limit=1001", HttpStatusCode.BadRequest)]
    [InlineData("after=yesterday", HttpStatusCode.BadRequest)]
    [InlineData("segment=Channel", HttpStatusCode.UnprocessableEntity)]
    [InlineData("segment=Colour:Red", HttpStatusCode.UnprocessableEntity)]
    [InlineData("locationCode=Nowhere", HttpStatusCode.NotFound)]
    public async Task BadInput_IsAProblem(string query, HttpStatusCode status)
    {
        await ProblemAssert.IsProblemAsync(await channel.GetAsync($"/api/v1/availability/changes?{query}"), status);
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheFeed()
    {
        Assert.Contains("/api/v1/availability/changes", await channel.GetStringAsync("/openapi/v1.json"));
    }
}
