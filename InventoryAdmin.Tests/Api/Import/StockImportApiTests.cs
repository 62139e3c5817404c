using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using InventoryAdmin.Identity;
using InventoryAdmin.Tests.Api.Inventory;
using InventoryAdmin.Tests.Support;
using static InventoryAdmin.Tests.Support.Import.StockCsv;

namespace InventoryAdmin.Tests.Api.Import;

/// <summary>POST /api/v1/inventory/import: a CSV file (multipart or text/csv) is one refresh batch, reported by line, all or nothing.</summary>
public class StockImportApiTests : IAsyncLifetime
{
    private const int BadLine = 538;
    private const string ImportPath = "/api/v1/inventory/import";

    private readonly InventoryAppFactory app;
    private InventoryArrange arrange = default!;

    public StockImportApiTests()
        : this(null)
    {
    }

    /// <param name="postgreSqlDatabase">Run the app on PostgreSQL, on this (new) database of the test cluster (see the PostgreSQL subclass).</param>
    protected StockImportApiTests(string? postgreSqlDatabase) => app = new InventoryAppFactory(postgreSqlDatabase: postgreSqlDatabase);

    public async Task InitializeAsync()
    {
        arrange = await InventoryArrange.CreateAsync(app);
        for (var l = 0; l < Locations; l++) await arrange.LocationAsync(LocationCode(l));
        for (var p = 0; p < Products; p++) await arrange.ProductAsync(SkuOf(p));
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    private static HttpContent Multipart(string csv) =>
        new MultipartFormDataContent { { new StringContent(csv, Encoding.UTF8, "text/csv"), "file", "stock.csv" } };

    private static HttpContent Body(string csv) => new StringContent(csv, Encoding.UTF8, "text/csv");

    private Task<HttpResponseMessage> PostAsync(HttpContent content, bool dryRun, HttpClient? client = null) =>
        (client ?? arrange.Stock).PostAsync(dryRun ? ImportPath + "?dryRun=true" : ImportPath, content);

    private static List<(int Line, string Field)> Errors(JsonElement report) =>
        report.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("line").GetInt32(), e.GetProperty("field").GetString()!)).ToList();

    [Fact]
    public async Task Import_DryRunWithQuantityAbcOnLine538_Returns200ListingExactlyThatLineAndChangesNothing()
    {
        var before = await InventoryStoreSnapshot.TakeAsync(app);
        var bad = CountLine(BadLine);

        var report = await InventoryArrange.EnsureAsync(await PostAsync(Multipart(Count((BadLine, [bad[0], bad[1], "abc"]))), dryRun: true), HttpStatusCode.OK);

        Assert.Equal([(BadLine, "quantity")], Errors(report));
        Assert.Contains("abc", report.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(Lines, report.GetProperty("lines").GetInt32());
        Assert.Equal(Lines - 1, report.GetProperty("valid").GetInt32());
        Assert.Equal(0, report.GetProperty("applied").GetInt32());
        Assert.Equal(before, await InventoryStoreSnapshot.TakeAsync(app));
    }

    [Fact]
    public async Task Import_DryRunWithUnknownSkuOnLine538AsCsvBody_Returns200ListingExactlyThatLineAndChangesNothing()
    {
        var before = await InventoryStoreSnapshot.TakeAsync(app);

        var report = await InventoryArrange.EnsureAsync(await PostAsync(Body(Count((BadLine, ["NO-SUCH-SKU", LocationCode(0), "5"]))), dryRun: true), HttpStatusCode.OK);

        Assert.Equal([(BadLine, "sku")], Errors(report));
        Assert.Contains("NO-SUCH-SKU", report.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(before, await InventoryStoreSnapshot.TakeAsync(app));
    }

    [Theory]
    [InlineData("abc", "quantity")]
    [InlineData("NO-SUCH-SKU", "sku")]
    public async Task Import_ThousandLinesWithOneBadLine_Returns422WithTheSameErrorsAndChangesNothing(string bad, string field)
    {
        var before = await InventoryStoreSnapshot.TakeAsync(app);
        var line = CountLine(BadLine);
        string[] badLine = field == "sku" ? [bad, line[1], line[2]] : [line[0], line[1], bad];

        var response = await PostAsync(Multipart(Count((BadLine, badLine))), dryRun: false);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal([(BadLine, field)], Errors(problem));
        Assert.Equal(Lines, problem.GetProperty("lines").GetInt32());
        Assert.Contains($"line {BadLine}", problem.GetProperty("detail").GetString());
        Assert.Equal(before, await InventoryStoreSnapshot.TakeAsync(app));
    }

    [Fact]
    public async Task Import_CorrectedThousandLines_Returns200AndAppliesEveryLine()
    {
        var report = await InventoryArrange.EnsureAsync(await PostAsync(Multipart(Count()), dryRun: false), HttpStatusCode.OK);

        Assert.Empty(Errors(report));
        Assert.Equal(Lines, report.GetProperty("applied").GetInt32());
        Assert.Equal(Lines, report.GetProperty("valid").GetInt32());
        var line = CountLine(BadLine);
        var record = await arrange.RecordAsync(line[0]);
        Assert.Equal(int.Parse(line[2]), RecordAssert.Location(record, line[1]).GetProperty("onHand").GetInt32());
        var movements = await arrange.Stock.GetFromJsonAsync<JsonElement>($"/api/v1/inventory/{line[0]}/movements?locationCode={line[1]}");
        Assert.Equal("Import", movements.GetProperty("items")[0].GetProperty("source").GetString());
    }

    [Fact]
    public async Task Import_TagColumns_SetTheNamedSegment()
    {
        await arrange.ChannelAndOrderTypeAsync();

        await InventoryArrange.EnsureAsync(await PostAsync(Body(Csv("sku,locationCode,Channel,OrderType,quantity",
            $"{SkuOf(4)},{LocationCode(2)},Amazon,BOPIS,7")), dryRun: false), HttpStatusCode.OK);

        var segment = Assert.Single(RecordAssert.Location(await arrange.RecordAsync(SkuOf(4)), LocationCode(2)).GetProperty("segments").EnumerateArray());
        Assert.Equal("Amazon", segment.GetProperty("tags").GetProperty("Channel").GetString());
        Assert.Equal("BOPIS", segment.GetProperty("tags").GetProperty("OrderType").GetString());
        Assert.Equal(7, segment.GetProperty("onHand").GetInt32());
    }

    [Fact]
    public async Task Import_DryRunWithUnknownHeader_ReportsItOnLineOne()
    {
        var report = await InventoryArrange.EnsureAsync(await PostAsync(Body(Csv("sku,locationCode,quantity,Colour",
            $"{SkuOf(0)},{LocationCode(0)},1,Red")), dryRun: true), HttpStatusCode.OK);

        Assert.Equal([(1, "Colour")], Errors(report));
    }

    [Fact]
    public async Task Import_FormWithoutFileField_Returns400()
    {
        var form = new MultipartFormDataContent { { new StringContent("sku,locationCode,quantity\n"), "other" } };

        var problem = await ProblemAssert.IsProblemAsync(await PostAsync(form, dryRun: true), HttpStatusCode.BadRequest);

        Assert.NotEmpty(ProblemAssert.ErrorsFor(problem, "file"));
    }

    [Fact]
    public async Task Import_JsonBody_Returns415()
    {
        var response = await PostAsync(JsonContent.Create(new { items = Array.Empty<object>() }), dryRun: true);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Import_WithMerchandiserKey_Returns403AndChangesNothing()
    {
        var merchandiser = app.CreateApiClient(await app.CreateApiKeyAsync(Roles.Merchandiser));
        var before = await InventoryStoreSnapshot.TakeAsync(app);

        await ProblemAssert.IsProblemAsync(await PostAsync(Body(Count()), dryRun: false, merchandiser), HttpStatusCode.Forbidden);

        Assert.Equal(before, await InventoryStoreSnapshot.TakeAsync(app));
    }
}
