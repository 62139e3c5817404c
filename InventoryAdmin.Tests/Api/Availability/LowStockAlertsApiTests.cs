using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InventoryAdmin.Identity;
using InventoryAdmin.Tests.Api.Inventory;
using InventoryAdmin.Tests.Support;

namespace InventoryAdmin.Tests.Api.Availability;

/// <summary>GET /api/v1/alerts/low-stock with the app's background tracker running.</summary>
public class LowStockAlertsApiTests : IAsyncLifetime
{
    private readonly InventoryAppFactory app;
    private InventoryArrange arrange = default!;

    public LowStockAlertsApiTests()
        : this(null)
    {
    }

    /// <param name="postgreSqlDatabase">Run the app on PostgreSQL, on this (new) database of the test cluster (see the PostgreSQL subclass).</param>
    protected LowStockAlertsApiTests(string? postgreSqlDatabase) => app = new InventoryAppFactory(postgreSqlDatabase: postgreSqlDatabase);

    public async Task InitializeAsync()
    {
        arrange = await InventoryArrange.CreateAsync(app);
        await arrange.LocationAsync("Retailer2");
        await arrange.ProductAsync("TEE-1");
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task SegmentBelowItsThreshold_IsListedForAnIntegrationKey_WithSince()
    {
        await arrange.Stock.PutAsJsonAsync("/api/v1/stock-rules", new { items = new[] { new { safetyStock = 1, lowStockAt = 3 } } });
        await arrange.RefreshAsync(new { sku = "TEE-1", locationCode = "Retailer2", quantity = 2 });
        var channel = app.CreateApiClient(await app.CreateApiKeyAsync(Roles.Integration));

        JsonElement answer = default;
        for (var i = 0; i < 50; i++)
        {
            answer = await channel.GetFromJsonAsync<JsonElement>("/api/v1/alerts/low-stock?locationCode=Retailer2");
            if (answer.GetProperty("total").GetInt32() > 0) break;
            await Task.Delay(100);
        }

        var alert = Assert.Single(answer.GetProperty("items").EnumerateArray());
        Assert.Equal(("TEE-1", "Retailer2", 2, 1, 3), (alert.GetProperty("sku").GetString(), alert.GetProperty("locationCode").GetString(),
            alert.GetProperty("available").GetInt32(), alert.GetProperty("promisable").GetInt32(), alert.GetProperty("lowStockAt").GetInt32()));
        Assert.True(alert.GetProperty("since").GetDateTime() > DateTime.UtcNow.AddMinutes(-5));

        var unknown = await channel.GetAsync("/api/v1/alerts/low-stock?locationCode=Nowhere");
        await ProblemAssert.IsProblemAsync(unknown, HttpStatusCode.NotFound);
    }
}
