using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InventoryAdmin.Identity;
using InventoryAdmin.Tests.Support;

namespace InventoryAdmin.Tests.Api.Inventory;

/// <summary>
/// Arranges locations, products, tags and stock through the HTTP API itself, as an integration would:
/// a WarehouseManager key for catalogue and stock, a Merchandiser key for tags and settings.
/// </summary>
internal sealed class InventoryArrange
{
    /// <summary>Channel Kibo 80 / Amazon 10 / Walmart 10, default Kibo (SPEC §3 example).</summary>
    public static readonly object ChannelTag = new
    {
        name = "Channel",
        values = new object[] { new { name = "Kibo", percent = 80 }, new { name = "Amazon", percent = 10 }, new { name = "Walmart", percent = 10 } },
        defaultValue = "Kibo",
    };

    /// <summary>OrderType STH 70 / BOPIS 30, default STH (SPEC §3 example).</summary>
    public static readonly object OrderTypeTag = new
    {
        name = "OrderType",
        values = new object[] { new { name = "STH", percent = 70 }, new { name = "BOPIS", percent = 30 } },
        defaultValue = "STH",
    };

    private InventoryArrange(HttpClient stock, HttpClient tags)
    {
        Stock = stock;
        Tags = tags;
    }

    /// <summary>A client with a WarehouseManager key: stock writes, products, locations.</summary>
    public HttpClient Stock { get; }

    /// <summary>A client with a Merchandiser key: tags and inventory settings.</summary>
    public HttpClient Tags { get; }

    public static async Task<InventoryArrange> CreateAsync(InventoryAppFactory app) => new(
        app.CreateApiClient(await app.CreateApiKeyAsync(Roles.WarehouseManager)),
        app.CreateApiClient(await app.CreateApiKeyAsync(Roles.Merchandiser)));

    public async Task LocationAsync(string code, string? name = null, int priority = 0) =>
        await EnsureAsync(await Stock.PutAsJsonAsync($"/api/v1/locations/{code}", new { name = name ?? code, priority }), HttpStatusCode.Created);

    public async Task ProductAsync(string sku, string? name = null, string? upc = null) =>
        await EnsureAsync(await Stock.PutAsJsonAsync($"/api/v1/products/{sku}", new { name = name ?? sku, upc, kind = "standard" }), HttpStatusCode.Created);

    public async Task TagAsync(object tag) =>
        await EnsureAsync(await Tags.PostAsJsonAsync("/api/v1/tags", tag), HttpStatusCode.Created);

    public async Task EnableTagsAsync() =>
        await EnsureAsync(await Tags.PutAsJsonAsync("/api/v1/settings/inventory", new { tagsEnabled = true }), HttpStatusCode.OK);

    /// <summary>Channel and OrderType as in the SPEC example, and tags enabled.</summary>
    public async Task ChannelAndOrderTypeAsync()
    {
        await TagAsync(ChannelTag);
        await TagAsync(OrderTypeTag);
        await EnableTagsAsync();
    }

    /// <summary>POST /api/v1/inventory/refresh with the given lines; asserts 200 and returns { applied, movements }.</summary>
    public Task<JsonElement> RefreshAsync(params object[] items) => PostBatchAsync("/api/v1/inventory/refresh", items);

    /// <summary>POST /api/v1/inventory/adjust with the given lines; asserts 200 and returns { applied, movements }.</summary>
    public Task<JsonElement> AdjustAsync(params object[] items) => PostBatchAsync("/api/v1/inventory/adjust", items);

    /// <summary>GET /api/v1/inventory/{sku}; asserts 200 and that every figure is the sum of its parts.</summary>
    public async Task<JsonElement> RecordAsync(string sku, string? locationCode = null)
    {
        var path = $"/api/v1/inventory/{sku}" + (locationCode is null ? "" : $"?locationCode={Uri.EscapeDataString(locationCode)}");
        var record = await EnsureAsync(await Stock.GetAsync(path), HttpStatusCode.OK);
        RecordAssert.SumsAddUp(record);
        return record;
    }

    private async Task<JsonElement> PostBatchAsync(string path, object[] items) =>
        await EnsureAsync(await Stock.PostAsJsonAsync(path, new { items }), HttpStatusCode.OK);

    /// <summary>Asserts the status (showing the body when it differs) and returns the JSON body.</summary>
    public static async Task<JsonElement> EnsureAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: expected {(int)status}, got {(int)response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }
}
