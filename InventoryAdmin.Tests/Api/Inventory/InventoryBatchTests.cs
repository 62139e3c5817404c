using System.Net;
using System.Net.Http.Json;
using System.Text;
using InventoryAdmin.Tests.Support;

namespace InventoryAdmin.Tests.Api.Inventory;

/// <summary>Batches are valid as a whole or refused as a whole, with the bad line named (SPEC §3, API.md conventions).</summary>
public class InventoryBatchTests : IAsyncLifetime
{
    private const int Lines = 1000;
    private const int BadLine = 537;
    private const int Products = 50;
    private const int Locations = 20;

    private readonly InventoryAppFactory app;
    private InventoryArrange arrange = default!;

    public InventoryBatchTests()
        : this(null)
    {
    }

    /// <param name="postgreSqlDatabase">Run the app on PostgreSQL, on this (new) database of the test cluster (see the PostgreSQL subclass).</param>
    protected InventoryBatchTests(string? postgreSqlDatabase) => app = new InventoryAppFactory(postgreSqlDatabase: postgreSqlDatabase);

    public async Task InitializeAsync()
    {
        arrange = await InventoryArrange.CreateAsync(app);
        for (var l = 0; l < Locations; l++) await arrange.LocationAsync(LocationCode(l));
        for (var p = 0; p < Products; p++) await arrange.ProductAsync(SkuOf(p));
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Refresh_ThousandValidLines_Returns200AppliedAndEveryRecordCounted()
    {
        var response = await arrange.Stock.PostAsJsonAsync("/api/v1/inventory/refresh", new { items = RefreshLines() });

        var result = await InventoryArrange.EnsureAsync(response, HttpStatusCode.OK);
        Assert.Equal(Lines, result.GetProperty("applied").GetInt32());
        Assert.Equal(Lines, result.GetProperty("movements").GetInt32());
        var line = RefreshLines()[BadLine];
        var record = await arrange.RecordAsync(line.Sku);
        Assert.Equal(Locations, record.GetProperty("locations").GetArrayLength());
        Assert.Equal(line.Quantity, RecordAssert.Location(record, line.LocationCode).GetProperty("onHand").GetInt32());
        var expectedTotal = RefreshLines().Where(l => l.Sku == line.Sku).Sum(l => l.Quantity);
        Assert.Equal(expectedTotal, record.GetProperty("totals").GetProperty("onHand").GetInt32());
    }

    [Fact]
    public async Task Refresh_BatchOverMoreThanFiveHundredProducts_CountsEveryOne()
    {
        const int many = 620;
        for (var p = Products; p < many; p++) await arrange.ProductAsync(SkuOf(p));
        var items = Enumerable.Range(0, many).Select(p => (object)new { sku = SkuOf(p), locationCode = LocationCode(p % Locations), quantity = p + 1 }).ToArray();

        var result = await arrange.RefreshAsync(items);

        Assert.Equal(many, result.GetProperty("applied").GetInt32());
        Assert.Equal(many, result.GetProperty("movements").GetInt32());
        var page = await InventoryArrange.EnsureAsync(await arrange.Stock.GetAsync($"/api/v1/inventory?search=SKU-6&pageSize=100"), HttpStatusCode.OK);
        RecordAssert.PageSumsAddUp(page);
        Assert.Equal(20, page.GetProperty("total").GetInt32());
        Assert.Equal(Enumerable.Range(601, 20), page.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("totals").GetProperty("onHand").GetInt32()));
    }

    [Fact]
    public async Task Refresh_ThousandLinesWithUnknownSkuOnLine537_Returns404NamingTheLineAndChangesNothing()
    {
        var items = RefreshLines().Cast<object>().ToArray();
        items[BadLine] = new { sku = "NO-SUCH-SKU", locationCode = LocationCode(0), quantity = 5 };

        await AssertRefusedAsync("/api/v1/inventory/refresh", items, RefreshLines()[BadLine], HttpStatusCode.NotFound, $"items[{BadLine}].sku", "NO-SUCH-SKU");
    }

    [Fact]
    public async Task Refresh_ThousandLinesWithUnknownLocationOnLine537_Returns404NamingTheLineAndChangesNothing()
    {
        var items = RefreshLines().Cast<object>().ToArray();
        items[BadLine] = new { sku = SkuOf(0), locationCode = "Atlantis", quantity = 5 };

        await AssertRefusedAsync("/api/v1/inventory/refresh", items, RefreshLines()[BadLine], HttpStatusCode.NotFound, $"items[{BadLine}].locationCode", "Atlantis");
    }

    [Fact]
    public async Task Refresh_ThousandLinesWithNegativeQuantityOnLine537_Returns422NamingTheLineAndChangesNothing()
    {
        var items = RefreshLines().Cast<object>().ToArray();
        var line = RefreshLines()[BadLine];
        items[BadLine] = new { line.Sku, line.LocationCode, quantity = -1 };

        await AssertRefusedAsync("/api/v1/inventory/refresh", items, RefreshLines()[BadLine], HttpStatusCode.UnprocessableEntity, $"items[{BadLine}].quantity", "negative");
    }

    [Fact]
    public async Task Refresh_ThousandLinesWithUnknownTagValueOnLine537_Returns422NamingTheLineAndChangesNothing()
    {
        await arrange.ChannelAndOrderTypeAsync();
        var items = RefreshLines().Cast<object>().ToArray();
        var line = RefreshLines()[BadLine];
        items[BadLine] = new { line.Sku, line.LocationCode, tags = new Dictionary<string, string> { ["Channel"] = "eBay" }, line.Quantity };

        await AssertRefusedAsync("/api/v1/inventory/refresh", items, RefreshLines()[BadLine], HttpStatusCode.UnprocessableEntity, $"items[{BadLine}].tags.Channel", "eBay");
    }

    [Fact]
    public async Task Refresh_ThousandLinesWithUnknownTagNameOnLine537_Returns422NamingTheLineAndChangesNothing()
    {
        await arrange.ChannelAndOrderTypeAsync();
        var items = RefreshLines().Cast<object>().ToArray();
        var line = RefreshLines()[BadLine];
        items[BadLine] = new { line.Sku, line.LocationCode, tags = new Dictionary<string, string> { ["Colour"] = "Red" }, line.Quantity };

        await AssertRefusedAsync("/api/v1/inventory/refresh", items, RefreshLines()[BadLine], HttpStatusCode.UnprocessableEntity, $"items[{BadLine}].tags.Colour", "Colour");
    }

    [Fact]
    public async Task Adjust_ThousandLinesWithOneGoingBelowZeroOnLine537_Returns422NamingTheLineAndChangesNothing()
    {
        await arrange.RefreshAsync(RefreshLines().Cast<object>().ToArray());
        var items = RefreshLines().Select(l => (object)new { l.Sku, l.LocationCode, delta = -1 }).ToArray();
        var line = RefreshLines()[BadLine];
        items[BadLine] = new { line.Sku, line.LocationCode, delta = -(line.Quantity + 1) };

        await AssertRefusedAsync("/api/v1/inventory/adjust", items, new { line.Sku, line.LocationCode, delta = -1 }, HttpStatusCode.UnprocessableEntity, $"items[{BadLine}].delta", null);
    }

    [Fact]
    public async Task Adjust_ThousandValidLines_Returns200AndAppliesEveryDelta()
    {
        await arrange.RefreshAsync(RefreshLines().Cast<object>().ToArray());

        var result = await arrange.AdjustAsync(RefreshLines().Select(l => (object)new { l.Sku, l.LocationCode, delta = -1 }).ToArray());

        Assert.Equal(Lines, result.GetProperty("applied").GetInt32());
        var line = RefreshLines()[BadLine];
        Assert.Equal(line.Quantity - 1, RecordAssert.Location(await arrange.RecordAsync(line.Sku), line.LocationCode).GetProperty("onHand").GetInt32());
    }

    [Fact]
    public async Task Refresh_UnknownSkuAndNegativeQuantityOnDifferentLines_Returns422NamingBothAndChangesNothing()
    {
        var before = await InventoryStoreSnapshot.TakeAsync(app);
        var items = new object[]
        {
            new { sku = SkuOf(0), locationCode = LocationCode(0), quantity = 1 },
            new { sku = "NO-SUCH-SKU", locationCode = LocationCode(0), quantity = 1 },
            new { sku = SkuOf(1), locationCode = LocationCode(1), quantity = -3 },
        };

        var response = await arrange.Stock.PostAsJsonAsync("/api/v1/inventory/refresh", new { items });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.NotEmpty(ProblemAssert.ErrorsFor(problem, "items[1].sku"));
        Assert.NotEmpty(ProblemAssert.ErrorsFor(problem, "items[2].quantity"));
        Assert.Empty(ProblemAssert.ErrorsFor(problem, "items[0].sku"));
        Assert.Equal(before, await InventoryStoreSnapshot.TakeAsync(app));
    }

    [Theory]
    [InlineData("/api/v1/inventory/refresh", "quantity")]
    [InlineData("/api/v1/inventory/adjust", "delta")]
    public async Task Batch_SameRecordTwice_Returns422NamingBothLinesAndChangesNothing(string path, string amount)
    {
        await arrange.RefreshAsync(new { sku = SkuOf(0), locationCode = LocationCode(0), quantity = 2 });
        var before = await InventoryStoreSnapshot.TakeAsync(app);
        var items = new[]
        {
            new Dictionary<string, object> { ["sku"] = SkuOf(1), ["locationCode"] = LocationCode(0), [amount] = 1 },
            new Dictionary<string, object> { ["sku"] = SkuOf(0), ["locationCode"] = LocationCode(0), [amount] = 5 },
            new Dictionary<string, object> { ["sku"] = SkuOf(0).ToLowerInvariant(), ["locationCode"] = LocationCode(0).ToLowerInvariant(), [amount] = 8 },
        };

        var response = await arrange.Stock.PostAsJsonAsync(path, new { items });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("as items[2]", Assert.Single(ProblemAssert.ErrorsFor(problem, "items[1]")));
        Assert.Contains("as items[1]", Assert.Single(ProblemAssert.ErrorsFor(problem, "items[2]")));
        Assert.Empty(ProblemAssert.ErrorsFor(problem, "items[0]"));
        Assert.Equal(2, problem.GetProperty("errorCount").GetInt32());
        Assert.Equal(before, await InventoryStoreSnapshot.TakeAsync(app));
    }

    [Theory]
    [InlineData("/api/v1/inventory/refresh", "{ \"items\": [ { \"sku\": \"SKU-000\", ")]
    [InlineData("/api/v1/inventory/refresh", "not json")]
    [InlineData("/api/v1/inventory/adjust", "{ \"items\": { \"sku\": \"SKU-000\" } }")]
    public async Task Post_MalformedJson_Returns400ProblemAndChangesNothing(string path, string json)
    {
        var before = await InventoryStoreSnapshot.TakeAsync(app);

        var response = await arrange.Stock.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.TryGetProperty("errors", out _));
        Assert.Equal(before, await InventoryStoreSnapshot.TakeAsync(app));
    }

    [Fact]
    public async Task Refresh_QuantityOfWrongType_Returns400NamingTheField()
    {
        const string json = "{ \"items\": [ { \"sku\": \"SKU-000\", \"locationCode\": \"LOC-00\", \"quantity\": 1 }, { \"sku\": \"SKU-001\", \"locationCode\": \"LOC-00\", \"quantity\": \"ten\" } ] }";

        var response = await arrange.Stock.PostAsync("/api/v1/inventory/refresh", new StringContent(json, Encoding.UTF8, "application/json"));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.NotEmpty(ProblemAssert.ErrorsFor(problem, "items[1].quantity"));
    }

    [Fact]
    public async Task Refresh_MissingQuantity_Returns422NamingItemsIQuantityAndChangesNothing()
    {
        var before = await InventoryStoreSnapshot.TakeAsync(app);
        var items = new object[]
        {
            new { sku = SkuOf(0), locationCode = LocationCode(0), quantity = 1 },
            new { sku = SkuOf(1), locationCode = LocationCode(0), quantity = 2 },
            new { sku = SkuOf(2), locationCode = LocationCode(0) },
        };

        var response = await arrange.Stock.PostAsJsonAsync("/api/v1/inventory/refresh", new { items });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.NotEmpty(ProblemAssert.ErrorsFor(problem, "items[2].quantity"));
        Assert.Equal(before, await InventoryStoreSnapshot.TakeAsync(app));
    }

    [Fact]
    public async Task Adjust_MissingDelta_Returns422NamingItemsIDelta()
    {
        var response = await arrange.Stock.PostAsJsonAsync("/api/v1/inventory/adjust",
            new { items = new object[] { new { sku = SkuOf(0), locationCode = LocationCode(0), quantity = 4 } } });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.NotEmpty(ProblemAssert.ErrorsFor(problem, "items[0].delta"));
    }

    [Theory]
    [InlineData("/api/v1/inventory/refresh", "{ \"items\": [] }")]
    [InlineData("/api/v1/inventory/refresh", "{ }")]
    [InlineData("/api/v1/inventory/adjust", "{ \"items\": [] }")]
    public async Task Post_NoItems_Returns422NamingItems(string path, string json)
    {
        var before = await InventoryStoreSnapshot.TakeAsync(app);

        var response = await arrange.Stock.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.NotEmpty(ProblemAssert.ErrorsFor(problem, "items"));
        Assert.Equal(before, await InventoryStoreSnapshot.TakeAsync(app));
    }

    [Fact]
    public async Task Refresh_LineWithoutSkuOrUpcOrLocation_Returns422NamingTheMissingFields()
    {
        var response = await arrange.Stock.PostAsJsonAsync("/api/v1/inventory/refresh",
            new { items = new object[] { new { sku = SkuOf(0), locationCode = LocationCode(0), quantity = 1 }, new { quantity = 1 } } });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.NotEmpty(ProblemAssert.ErrorsFor(problem, "items[1].sku"));
        Assert.NotEmpty(ProblemAssert.ErrorsFor(problem, "items[1].locationCode"));
    }

    private async Task AssertRefusedAsync(string path, object[] items, object goodLine, HttpStatusCode status, string field, string? mentions)
    {
        var before = await InventoryStoreSnapshot.TakeAsync(app);

        var response = await arrange.Stock.PostAsJsonAsync(path, new { items });

        var problem = await ProblemAssert.IsProblemAsync(response, status);
        var message = Assert.Single(ProblemAssert.ErrorsFor(problem, field));
        if (mentions is not null) Assert.Contains(mentions, message);
        Assert.Single(problem.GetProperty("errors").EnumerateObject());
        Assert.Equal(before, await InventoryStoreSnapshot.TakeAsync(app));

        // The same batch with that line put right goes through whole.
        var fixedItems = items.ToArray();
        fixedItems[BadLine] = goodLine;
        var applied = await InventoryArrange.EnsureAsync(await arrange.Stock.PostAsJsonAsync(path, new { items = fixedItems }), HttpStatusCode.OK);
        Assert.Equal(Lines, applied.GetProperty("applied").GetInt32());
        Assert.NotEqual(before, await InventoryStoreSnapshot.TakeAsync(app));
    }

    private static IReadOnlyList<RefreshLine> RefreshLines() =>
        Enumerable.Range(0, Lines).Select(i => new RefreshLine(SkuOf(i / Locations), LocationCode(i % Locations), 1 + (i % 17))).ToList();

    private static string SkuOf(int p) => $"SKU-{p:D3}";

    private static string LocationCode(int l) => $"LOC-{l:D2}";

    private sealed record RefreshLine(string Sku, string LocationCode, int Quantity);
}
