using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Model.Ledger;
using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Tests.Support.Domain;
using InventoryAdmin.Tests.Support.Stock;
using static InventoryAdmin.Tests.Support.Import.StockCsv;
using static InventoryAdmin.Tests.Support.Stock.StockTestBed;

namespace InventoryAdmin.Tests.Services.Hardening;

/// <summary>
/// Issue 18 item 5 at the services: <c>Api:MaxBatchLines</c> lines per refresh, adjust or import and items per order
/// (here set to 5) are accepted, one more is refused as too large (HTTP 413) naming the limit, and nothing changes; a
/// refusal lists at most 100 errors and counts them all. Item 7 for CSV: two lines of a file for the same stock are
/// both refused by their line numbers in the file.
/// </summary>
public class BatchLimitTests : IAsyncLifetime
{
    private static readonly BatchLimits Five = new(5);
    private readonly StockTestBed _bed;
    private StockService _stock = default!;
    private OrderService _orders = default!;
    private StockImportService _import = default!;

    public BatchLimitTests()
        : this(null)
    {
    }

    /// <summary>The same tests on another engine (see the PostgreSQL subclass).</summary>
    protected BatchLimitTests(InventoryTestStore? store) => _bed = new StockTestBed(store);

    public async Task InitializeAsync()
    {
        await _bed.InitializeAsync();
        var clock = new FixedTimeProvider(Now);
        _stock = new StockService(_bed.Store.Factory, _bed.Changes, clock, Five);
        _orders = new OrderService(_bed.Store.Factory, _bed.Changes, clock, Five);
        _import = new StockImportService(_bed.Tags, _stock);
        await _bed.AddLocationsAsync(Enumerable.Range(0, Locations).Select(LocationCode).ToArray());
        await _bed.AddProductsAsync(Enumerable.Range(0, Products).Select(SkuOf).ToArray());
    }

    public async Task DisposeAsync()
    {
        await _orders.DisposeAsync();
        await _bed.DisposeAsync();
    }

    private static List<StockLine> Lines(int count) => Enumerable.Range(0, count).Select(i => Line(SkuOf(i), LocationCode(0), 3)).ToList();

    [Theory]
    [InlineData("refresh")]
    [InlineData("adjust")]
    [InlineData("check")]
    [InlineData("order")]
    [InlineData("import")]
    public async Task OneLineOverTheLimit_IsRefusedAsTooLargeNamingTheLimitAndChangesNothing(string call)
    {
        var before = await _bed.SnapshotAsync();

        var refused = await Assert.ThrowsAsync<InventoryRuleException>(() => call switch
        {
            "refresh" => _stock.RefreshAsync(Lines(6), Manager),
            "adjust" => _stock.AdjustAsync(Lines(6), Manager),
            "check" => _stock.CheckRefreshAsync(Lines(6)),
            "order" => _orders.CreateAsync(new OrderRequest("BIG-1", null, true,
                Enumerable.Range(0, 6).Select(i => (OrderItemRequest?)new OrderItemRequest(null, SkuOf(i), 1, null, null)).ToList()), Manager),
            _ => _import.ImportAsync(Open(Csv(Header, Enumerable.Range(0, 6).Select(i => new[] { SkuOf(i), LocationCode(0), "1" }))), false,
                new Actor("importer", MovementSource.Ui)),
        });

        Assert.Equal(RuleViolationKind.TooLarge, refused.Kind);
        Assert.Contains("at most 5 ", refused.Message);
        Assert.Contains("Api:MaxBatchLines", refused.Message);
        Assert.Equal(before, await _bed.SnapshotAsync());
        await using var db = _bed.Store.CreateContext();
        Assert.Empty(db.Orders);
    }

    [Fact]
    public async Task ExactlyTheLimit_IsApplied()
    {
        var result = await _stock.RefreshAsync(Lines(5), Manager);
        var (order, _) = await _orders.CreateAsync(new OrderRequest("FIVE-1", null, false,
            Enumerable.Range(0, 5).Select(i => (OrderItemRequest?)new OrderItemRequest(null, SkuOf(i), 1, null, null)).ToList()), Manager);
        var report = await _import.ImportAsync(Open(Csv(Header, Enumerable.Range(0, 5).Select(i => new[] { SkuOf(i), LocationCode(1), "2" }))), false,
            new Actor("importer", MovementSource.Ui));

        Assert.Equal(5, result.Applied);
        Assert.Equal(5, order.Items.Count(i => i.Allocations.Count == 1));
        Assert.Equal(5, report.Applied);
    }

    [Fact]
    public async Task ThousandBadLines_ListTheFirstHundredErrorsAndCountThemAll()
    {
        var before = await _bed.SnapshotAsync();
        var lines = Enumerable.Range(0, 1000).Select(i => Line($"NO-SUCH-{i}", LocationCode(0), 1)).ToList();

        var refused = await Assert.ThrowsAsync<InventoryRuleException>(() => _bed.Stock.RefreshAsync(lines, Manager));

        Assert.Equal(1000, refused.ErrorCount);
        Assert.Equal(InventoryRuleException.MaxListedErrors, refused.Errors.Count);
        Assert.Equal("items[0].sku", refused.Errors.Keys.First());
        Assert.Contains("1000 problem(s)", refused.Message);
        Assert.Equal(before, await _bed.SnapshotAsync());
    }

    [Fact]
    public async Task ImportOfThousandBadLines_ReportsTheFirstHundredAndCountsThemAll()
    {
        var csv = Csv(Header, Enumerable.Range(0, 1000).Select(i => new[] { $"NO-SUCH-{i}", LocationCode(0), "1" }));

        var report = await new StockImportService(_bed.Tags, _bed.Stock).ImportAsync(Open(csv), true, new Actor("importer", MovementSource.Ui));

        Assert.Equal(1000, report.ErrorCount);
        Assert.Equal(InventoryRuleException.MaxListedErrors, report.Errors.Count);
        Assert.Equal(0, report.Valid);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ImportWithTheSameRecordOnTwoLines_ReportsBothFileLinesAndChangesNothing(bool dryRun)
    {
        var before = await _bed.SnapshotAsync();
        var csv = Csv(Header, new[] { new[] { SkuOf(0), LocationCode(0), "4" }, [SkuOf(1), LocationCode(0), "4"], [SkuOf(0), LocationCode(0), "9"] });

        var report = await new StockImportService(_bed.Tags, _bed.Stock).ImportAsync(Open(csv), dryRun, new Actor("importer", MovementSource.Ui));

        Assert.Equal([(2, "line"), (4, "line")], report.Errors.Select(e => (e.Line, e.Field)));
        Assert.Contains("as line 4", report.Errors[0].Message);
        Assert.Contains("as line 2", report.Errors[1].Message);
        Assert.Equal((3, 1, 0), (report.Lines, report.Valid, report.Applied));
        Assert.Equal(before, await _bed.SnapshotAsync());
    }
}
