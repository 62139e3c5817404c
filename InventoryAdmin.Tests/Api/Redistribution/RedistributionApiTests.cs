using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InventoryAdmin.Identity;
using InventoryAdmin.Tests.Api.Inventory;
using InventoryAdmin.Tests.Support;

namespace InventoryAdmin.Tests.Api.Redistribution;

/// <summary>API.md Redistribution over HTTP, with the app's own background loop running the jobs.</summary>
public class RedistributionApiTests : IAsyncLifetime
{
    private readonly InventoryAppFactory app;
    private InventoryArrange arrange = default!;
    private HttpClient admin = default!;

    public RedistributionApiTests()
        : this(null)
    {
    }

    /// <param name="postgreSqlDatabase">Run the app on PostgreSQL, on this (new) database of the test cluster (see the PostgreSQL subclass).</param>
    protected RedistributionApiTests(string? postgreSqlDatabase) => app = new InventoryAppFactory(postgreSqlDatabase: postgreSqlDatabase);

    public async Task InitializeAsync()
    {
        arrange = await InventoryArrange.CreateAsync(app);
        admin = app.CreateApiClient(await app.CreateApiKeyAsync(Roles.Admin));
        await arrange.ChannelAndOrderTypeAsync();
        await arrange.LocationAsync("DC-East");
        await arrange.ProductAsync("TEE-1");
        await arrange.RefreshAsync(new { sku = "TEE-1", locationCode = "DC-East", quantity = 10, tags = new { Channel = "Amazon", OrderType = "STH" } });
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task PostNow_Returns202WithTheJob_AndTheBackgroundLoopCompletesIt()
    {
        var response = await admin.PostAsJsonAsync("/api/v1/redistributions", new { skus = new[] { "TEE-1" }, mode = "now" });

        var accepted = await InventoryArrange.EnsureAsync(response, HttpStatusCode.Accepted);
        var id = accepted.GetProperty("id").GetInt64();
        Assert.Equal($"/api/v1/redistributions/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("now", accepted.GetProperty("mode").GetString());
        var job = await WaitUntilFinishedAsync(id);
        Assert.Equal(("completed", 1.0, 1, 1, 9), (job.GetProperty("status").GetString(), job.GetProperty("progress").GetDouble(),
            job.GetProperty("recordsTotal").GetInt32(), job.GetProperty("recordsDone").GetInt32(), job.GetProperty("unitsMoved").GetInt32()));
        Assert.Equal(0, job.GetProperty("residuals").GetArrayLength());

        var segments = (await arrange.RecordAsync("TEE-1", "DC-East")).GetProperty("locations")[0].GetProperty("segments").EnumerateArray()
            .Where(s => s.GetProperty("onHand").GetInt32() > 0).Select(s => s.GetProperty("onHand").GetInt32()).Order().ToList();
        Assert.Equal([1, 1, 2, 6], segments);
    }

    [Fact]
    public async Task PostDryRun_ListsTheMoves_AndChangesNothing()
    {
        var response = await admin.PostAsJsonAsync("/api/v1/redistributions", new { mode = "now", dryRun = true });

        var job = await InventoryArrange.EnsureAsync(response, HttpStatusCode.Accepted);
        var moves = job.GetProperty("moves").EnumerateArray().ToList();
        Assert.Equal(3, moves.Count);
        Assert.All(moves, m => Assert.Equal(("TEE-1", "DC-East", "Amazon"), (m.GetProperty("sku").GetString(), m.GetProperty("locationCode").GetString(),
            m.GetProperty("fromTags").GetProperty("Channel").GetString())));
        Assert.Equal([6, 2, 1], moves.Select(m => m.GetProperty("quantity").GetInt32()).ToList());
        Assert.Equal(10, (await arrange.RecordAsync("TEE-1", "DC-East")).GetProperty("locations")[0].GetProperty("segments").EnumerateArray()
            .Single(s => s.GetProperty("onHand").GetInt32() > 0).GetProperty("onHand").GetInt32());
    }

    [Fact]
    public async Task PostNextUpdate_MarksTheRecordPending_InTheRecordApi()
    {
        var job = await InventoryArrange.EnsureAsync(await admin.PostAsJsonAsync("/api/v1/redistributions", new { mode = "nextUpdate" }), HttpStatusCode.Accepted);

        Assert.Equal(("nextUpdate", "completed", 1), (job.GetProperty("mode").GetString(), job.GetProperty("status").GetString(), job.GetProperty("recordsTotal").GetInt32()));
        Assert.True((await arrange.RecordAsync("TEE-1", "DC-East")).GetProperty("locations")[0].GetProperty("pendingRedistribution").GetBoolean());
    }

    [Theory]
    [InlineData(Roles.WarehouseManager)]
    [InlineData(Roles.Merchandiser)]
    [InlineData(Roles.Integration)]
    public async Task NonAdminKeys_Get403_AndNothingStarts(string role)
    {
        var client = app.CreateApiClient(await app.CreateApiKeyAsync(role));

        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/v1/redistributions", new { mode = "now" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/redistributions")).StatusCode);
        Assert.Equal(0, (await admin.GetFromJsonAsync<JsonElement>("/api/v1/redistributions")).GetArrayLength());
    }

    [Fact]
    public async Task UnknownSku_Is404_UnknownJob_Is404_BadMode_Is422()
    {
        var unknownSku = await ProblemAssert.IsProblemAsync(
            await admin.PostAsJsonAsync("/api/v1/redistributions", new { skus = new[] { "NOPE" }, mode = "now" }), HttpStatusCode.NotFound);
        Assert.Contains("NOPE", ProblemAssert.ErrorsFor(unknownSku, "skus")[0]);
        await ProblemAssert.IsProblemAsync(await admin.GetAsync("/api/v1/redistributions/999"), HttpStatusCode.NotFound);
        var badMode = await ProblemAssert.IsProblemAsync(await admin.PostAsJsonAsync("/api/v1/redistributions", new { mode = "soon" }), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("'soon' is not a mode", ProblemAssert.ErrorsFor(badMode, "mode")[0]);
        Assert.Equal(0, (await admin.GetFromJsonAsync<JsonElement>("/api/v1/redistributions")).GetArrayLength());
    }

    [Fact]
    public async Task CancelAFinishedJob_Is409()
    {
        var id = (await InventoryArrange.EnsureAsync(await admin.PostAsJsonAsync("/api/v1/redistributions", new { mode = "now" }), HttpStatusCode.Accepted))
            .GetProperty("id").GetInt64();
        await WaitUntilFinishedAsync(id);

        await ProblemAssert.IsProblemAsync(await admin.PostAsync($"/api/v1/redistributions/{id}/cancel", null), HttpStatusCode.Conflict);
    }

    private async Task<JsonElement> WaitUntilFinishedAsync(long id)
    {
        for (var i = 0; i < 200; i++)
        {
            var job = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/redistributions/{id}");
            if (job.GetProperty("status").GetString() is "completed" or "cancelled" or "failed") return job;
            await Task.Delay(50);
        }

        throw new TimeoutException($"Job {id} did not finish in 10 s.");
    }
}
