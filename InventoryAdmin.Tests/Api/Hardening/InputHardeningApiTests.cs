using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using InventoryAdmin.Tests.Api.Inventory;
using InventoryAdmin.Tests.Support;

namespace InventoryAdmin.Tests.Api.Hardening;

/// <summary>
/// Issue 18 items 3, 4, 5, 7 and 10 over HTTP: each bad request gets a problem document with the status the contract
/// names (400 malformed, 413 too large, 422 rule broken) and changes nothing; the limits are the defaults of
/// appsettings.json (Api:MaxBatchLines 10,000).
/// </summary>
public class InputHardeningApiTests : IAsyncLifetime
{
    private const int MaxBatchLines = 10_000;
    private readonly InventoryAppFactory app;
    private InventoryArrange arrange = default!;

    public InputHardeningApiTests()
        : this(null)
    {
    }

    /// <param name="postgreSqlDatabase">Run the app on PostgreSQL, on this (new) database of the test cluster (see the PostgreSQL subclass).</param>
    protected InputHardeningApiTests(string? postgreSqlDatabase) => app = new InventoryAppFactory(postgreSqlDatabase: postgreSqlDatabase);

    public async Task InitializeAsync()
    {
        arrange = await InventoryArrange.CreateAsync(app);
        await arrange.ChannelAndOrderTypeAsync();
        await arrange.LocationAsync("Store-North");
        await arrange.LocationAsync("DC1");
        await arrange.ProductAsync("TSHI-BLA-001");
        await arrange.ProductAsync("JEAN-BLU-032");
        await arrange.RefreshAsync(new { sku = "TSHI-BLA-001", locationCode = "Store-North", quantity = 10 });
        await InventoryArrange.EnsureAsync(await arrange.Stock.PostAsJsonAsync("/api/v1/orders",
            new { externalId = "ORD-1", items = new[] { new { sku = "TSHI-BLA-001", quantity = 1 } } }), HttpStatusCode.Created);
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    /// <param name="field">The field the errors must name; null for an import, whose errors are a list of lines.</param>
    private async Task<JsonElement> RefusedAsync(Func<Task<HttpResponseMessage>> send, HttpStatusCode status, string? field)
    {
        var before = await StateAsync();
        var problem = await ProblemAssert.IsProblemAsync(await send(), status);
        if (field is not null) Assert.NotEmpty(ProblemAssert.ErrorsFor(problem, field));
        Assert.Equal(before, await StateAsync());
        return problem;
    }

    private async Task<string> StateAsync()
    {
        await using var db = app.CreateDbContext();
        var orders = string.Join(",", db.Orders.Select(o => o.ExternalId + ":" + o.Status));
        return await InventoryStoreSnapshot.TakeAsync(app) + "\n" + orders;
    }

    // Item 3: control characters and lengths

    [Fact]
    public async Task PostTag_NameWithNul_Returns422AndTheTagIsNotCreated()
    {
        var problem = await RefusedAsync(() => arrange.Tags.PostAsJsonAsync("/api/v1/tags",
            new { name = "Bad\u0000Tag", values = new[] { new { name = "A", percent = (decimal?)null } }, defaultValue = "A" }),
            HttpStatusCode.UnprocessableEntity, "name");

        Assert.Contains("control character (U+0000", ProblemAssert.ErrorsFor(problem, "name")[0]);
        var tags = await InventoryArrange.EnsureAsync(await arrange.Tags.GetAsync("/api/v1/tags"), HttpStatusCode.OK);
        Assert.Equal(["Channel", "OrderType"], tags.EnumerateArray().Select(t => t.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task PostOrder_ExternalIdWithNul_Returns422AndNothingIsReserved()
    {
        await RefusedAsync(() => arrange.Stock.PostAsJsonAsync("/api/v1/orders",
            new { externalId = "ORD\u0000X", items = new[] { new { sku = "TSHI-BLA-001", quantity = 1 } } }), HttpStatusCode.UnprocessableEntity, "externalId");
    }

    [Fact]
    public async Task PutLocation_NameOfTenThousandCharacters_Returns422()
    {
        await RefusedAsync(() => arrange.Stock.PutAsJsonAsync("/api/v1/locations/Store-South", new { name = new string('x', 10_000) }),
            HttpStatusCode.UnprocessableEntity, "name");
    }

    [Fact]
    public async Task Adjust_ReasonOfAMillionCharacters_Returns422AndWritesNoMovement()
    {
        await RefusedAsync(() => arrange.Stock.PostAsJsonAsync("/api/v1/inventory/adjust",
            new { items = new[] { new { sku = "TSHI-BLA-001", locationCode = "Store-North", delta = 1, reason = new string('r', 1_000_000) } } }),
            HttpStatusCode.UnprocessableEntity, "items[0].reason");
    }

    [Fact]
    public async Task LockLocation_StorageLocationWithControlCharacter_Returns422()
    {
        await RefusedAsync(() => arrange.Stock.PostAsJsonAsync("/api/v1/locations/Store-North/lock", new { storageLocation = "A\u000101" }),
            HttpStatusCode.UnprocessableEntity, "storageLocation");
    }

    // Item 4: paging

    [Theory]
    [InlineData("/api/v1/inventory?page=2147483647")]
    [InlineData("/api/v1/products?page=2147483647&pageSize=500")]
    [InlineData("/api/v1/inventory/TSHI-BLA-001/movements?page=2147483647")]
    [InlineData("/api/v1/orders?page=2147483647")]
    [InlineData("/api/v1/inventory?page=3&pageSize=1")]
    public async Task List_PagePastTheEnd_Returns200WithNoItemsAndTheTotal(string path)
    {
        var page = await InventoryArrange.EnsureAsync(await arrange.Stock.GetAsync(path), HttpStatusCode.OK);

        Assert.Equal(0, page.GetProperty("items").GetArrayLength());
        Assert.True(page.GetProperty("total").GetInt32() > 0);
    }

    [Theory]
    [InlineData("/api/v1/inventory?page=0", "page")]
    [InlineData("/api/v1/products?page=-5", "page")]
    [InlineData("/api/v1/orders?pageSize=0", "pageSize")]
    [InlineData("/api/v1/inventory/TSHI-BLA-001/movements?pageSize=2147483647", "pageSize")]
    public async Task List_PageOrPageSizeOutOfRange_Returns400NamingIt(string path, string field)
    {
        var problem = await ProblemAssert.IsProblemAsync(await arrange.Stock.GetAsync(path), HttpStatusCode.BadRequest);

        Assert.Single(ProblemAssert.ErrorsFor(problem, field));
    }

    // Item 5: limits

    private static object[] RefreshItems(int count) =>
        Enumerable.Range(0, count).Select(i => (object)new { sku = "NO-SUCH-" + i, locationCode = "Store-North", quantity = 1 }).ToArray();

    [Fact]
    public async Task Refresh_OneLineOverMaxBatchLines_Returns413NamingTheLimit()
    {
        var problem = await RefusedAsync(() => arrange.Stock.PostAsJsonAsync("/api/v1/inventory/refresh", new { items = RefreshItems(MaxBatchLines + 1) }),
            HttpStatusCode.RequestEntityTooLarge, "items");

        Assert.Contains("at most 10,000 lines", problem.GetProperty("detail").GetString());
        Assert.Contains("Api:MaxBatchLines", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Order_OneItemOverMaxBatchLines_Returns413()
    {
        var items = Enumerable.Range(0, MaxBatchLines + 1).Select(i => new { lineId = i.ToString(), sku = "TSHI-BLA-001", quantity = 1 }).ToArray();

        var problem = await RefusedAsync(() => arrange.Stock.PostAsJsonAsync("/api/v1/orders", new { externalId = "ORD-BIG", items }),
            HttpStatusCode.RequestEntityTooLarge, "items");

        Assert.Contains("at most 10,000 items", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Import_OneLineOverMaxBatchLines_Returns413()
    {
        var csv = "sku,locationCode,quantity\n" + string.Concat(Enumerable.Range(0, MaxBatchLines + 1).Select(i => $"SKU-{i},Store-North,1\n"));

        var problem = await RefusedAsync(() => arrange.Stock.PostAsync("/api/v1/inventory/import", new StringContent(csv, Encoding.UTF8, "text/csv")),
            HttpStatusCode.RequestEntityTooLarge, "file");

        Assert.Contains("more than 10,000 lines", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Refresh_ThousandUnknownSkus_ListsAHundredErrorsAndCountsAThousand()
    {
        var problem = await RefusedAsync(() => arrange.Stock.PostAsJsonAsync("/api/v1/inventory/refresh", new { items = RefreshItems(1000) }),
            HttpStatusCode.NotFound, "items[0].sku");

        Assert.Equal(100, problem.GetProperty("errors").EnumerateObject().Count());
        Assert.Equal(1000, problem.GetProperty("errorCount").GetInt32());
    }

    // Item 7: duplicate lines in a CSV (the API's are in InventoryBatchTests)

    [Fact]
    public async Task Import_SameStockRowOnTwoLines_Returns422NamingBothLines()
    {
        const string csv = "sku,locationCode,quantity,Channel\nTSHI-BLA-001,Store-North,4,Amazon\nJEAN-BLU-032,Store-North,2,\ntshi-bla-001,store-north,7,amazon\n";

        var problem = await RefusedAsync(() => arrange.Stock.PostAsync("/api/v1/inventory/import", new StringContent(csv, Encoding.UTF8, "text/csv")),
            HttpStatusCode.UnprocessableEntity, null);

        var errors = problem.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("line").GetInt32(), e.GetProperty("message").GetString()!)).ToList();
        Assert.Equal([2, 4], errors.Select(e => e.Item1));
        Assert.Contains("as line 4", errors[0].Item2);
        Assert.Contains("as line 2", errors[1].Item2);
    }

    // Item 10

    [Fact]
    public async Task ProductWithSkuExport_IsReadByItsRoute_AndTheCsvExportStillWorks()
    {
        await arrange.ProductAsync("export", "A product called export");
        await arrange.RefreshAsync(new { sku = "export", locationCode = "DC1", quantity = 7 });

        var record = await arrange.RecordAsync("export");
        var csv = await arrange.Stock.GetAsync("/api/v1/inventory.csv");

        Assert.Equal("export", record.GetProperty("sku").GetString());
        Assert.Equal(7, record.GetProperty("totals").GetProperty("onHand").GetInt32());
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\nexport,", (await csv.Content.ReadAsStringAsync()).ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task GetInventoryExport_WithoutSuchAProduct_Returns404PointingAtTheCsvRoute()
    {
        var problem = await ProblemAssert.IsProblemAsync(await arrange.Stock.GetAsync("/api/v1/inventory/export"), HttpStatusCode.NotFound);

        Assert.Contains("/api/v1/inventory.csv", ProblemAssert.ErrorsFor(problem, "sku")[0]);
    }

    [Fact]
    public async Task Refresh_TwoBillionAtTwoLocations_Returns422AndTheRecordStillReads()
    {
        var problem = await RefusedAsync(() => arrange.Stock.PostAsJsonAsync("/api/v1/inventory/refresh", new
        {
            items = new object[]
            {
                new { sku = "JEAN-BLU-032", locationCode = "Store-North", quantity = 2_000_000_000 },
                new { sku = "JEAN-BLU-032", locationCode = "DC1", quantity = 2_000_000_000 },
            },
        }), HttpStatusCode.UnprocessableEntity, "items[0].quantity");

        Assert.Contains("at most 1,000,000,000 units", ProblemAssert.ErrorsFor(problem, "items[0].quantity")[0]);
        Assert.Equal(0, (await arrange.RecordAsync("JEAN-BLU-032")).GetProperty("totals").GetProperty("onHand").GetInt32());
    }

    [Fact]
    public async Task Refresh_SixHundredMillionAtTwoLocations_Returns422NamingTheTotal()
    {
        var problem = await RefusedAsync(() => arrange.Stock.PostAsJsonAsync("/api/v1/inventory/refresh", new
        {
            items = new object[]
            {
                new { sku = "JEAN-BLU-032", locationCode = "Store-North", quantity = 600_000_000 },
                new { sku = "JEAN-BLU-032", locationCode = "DC1", quantity = 600_000_000 },
            },
        }), HttpStatusCode.UnprocessableEntity, "items[0].quantity");

        Assert.Contains("1,200,000,000 units over all its locations", ProblemAssert.ErrorsFor(problem, "items[0].quantity")[0]);
    }
}
