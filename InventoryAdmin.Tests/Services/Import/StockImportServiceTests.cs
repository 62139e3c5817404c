using InventoryAdmin.Domain.Model.Ledger;
using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Tests.Support.Domain;
using InventoryAdmin.Tests.Support.Stock;
using static InventoryAdmin.Tests.Support.Import.StockCsv;
using static InventoryAdmin.Tests.Support.Stock.StockTestBed;

namespace InventoryAdmin.Tests.Services.Import;

/// <summary>CSV stock import over a real SQLite file: a file is one refresh batch, reported by line and column, all or nothing.</summary>
public class StockImportServiceTests : IAsyncLifetime
{
    private const int BadLine = 538;
    private static readonly Actor Importer = new("importer@example.com", MovementSource.Ui);

    private readonly StockTestBed _bed;
    private StockImportService _import = default!;

    public StockImportServiceTests()
        : this(null)
    {
    }

    /// <summary>The same tests on another engine (see the PostgreSQL subclass).</summary>
    protected StockImportServiceTests(InventoryTestStore? store) => _bed = new StockTestBed(store);

    public async Task InitializeAsync()
    {
        await _bed.InitializeAsync();
        _import = new StockImportService(_bed.Tags, _bed.Stock);
        await _bed.AddLocationsAsync(Enumerable.Range(0, Locations).Select(LocationCode).ToArray());
        await _bed.AddProductsAsync(Enumerable.Range(0, Products).Select(SkuOf).ToArray());
    }

    public Task DisposeAsync() => _bed.DisposeAsync();

    private Task<ImportReport> ImportAsync(string csv, bool dryRun = false) => _import.ImportAsync(Open(csv), dryRun, Importer);

    private async Task<int> OnHandAsync(string sku, string location) =>
        Assert.Single((await _bed.Query.GetRecordAsync(sku, location)).Locations).OnHand;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ImportAsync_ThousandLinesWithQuantityAbcOnLine538_ReportsOnlyThatLineAndChangesNothing(bool dryRun)
    {
        var before = await _bed.SnapshotAsync();
        var bad = CountLine(BadLine);

        var report = await ImportAsync(Count((BadLine, [bad[0], bad[1], "abc"])), dryRun);

        var error = Assert.Single(report.Errors);
        Assert.Equal((BadLine, "quantity"), (error.Line, error.Field));
        Assert.Contains("abc", error.Message);
        Assert.Equal((Lines, Lines - 1, 0), (report.Lines, report.Valid, report.Applied));
        Assert.Equal(before, await _bed.SnapshotAsync());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ImportAsync_ThousandLinesWithUnknownSkuOnLine538_ReportsOnlyThatLineAndChangesNothing(bool dryRun)
    {
        var before = await _bed.SnapshotAsync();

        var report = await ImportAsync(Count((BadLine, ["NO-SUCH-SKU", LocationCode(0), "5"])), dryRun);

        Assert.Equal(new ImportError(BadLine, "sku", "There is no product with SKU 'NO-SUCH-SKU'."), Assert.Single(report.Errors));
        Assert.Equal((Lines, Lines - 1, 0), (report.Lines, report.Valid, report.Applied));
        Assert.Equal(before, await _bed.SnapshotAsync());
    }

    [Fact]
    public async Task ImportAsync_UnreadableAndUnknownOnDifferentLines_ReportsBothLinesInOrder()
    {
        // Line 538's own record (SKU-026 at LOC-16): another line's record would count it twice, itself an error.
        var report = await ImportAsync(Count((900, ["NO-SUCH-SKU", LocationCode(0), "5"]), (BadLine, [.. CountLine(BadLine)[..2], "1.5"])), dryRun: true);

        Assert.Equal([(BadLine, "quantity"), (900, "sku")], report.Errors.Select(e => (e.Line, e.Field)));
        Assert.Equal(Lines - 2, report.Valid);
    }

    [Fact]
    public async Task ImportAsync_DryRunOfGoodFile_ReportsNoErrorsAndChangesNothing()
    {
        var before = await _bed.SnapshotAsync();

        var report = await ImportAsync(Count(), dryRun: true);

        Assert.Empty(report.Errors);
        Assert.Equal((Lines, Lines, 0, 0), (report.Lines, report.Valid, report.Applied, report.Movements));
        Assert.Equal(before, await _bed.SnapshotAsync());
    }

    [Fact]
    public async Task ImportAsync_CorrectedThousandLines_AppliesEveryLineAsAnImport()
    {
        var report = await ImportAsync(Count());

        Assert.Empty(report.Errors);
        Assert.Equal((Lines, Lines, Lines, Lines), (report.Lines, report.Valid, report.Applied, report.Movements));
        var line = CountLine(BadLine);
        Assert.Equal(int.Parse(line[2]), await OnHandAsync(line[0], line[1]));
        var movements = await _bed.MovementsAsync();
        Assert.Equal(Lines, movements.Count);
        Assert.All(movements, m => Assert.Equal((MovementSource.Import, Importer.Name), (m.Source, m.Actor)));
    }

    [Fact]
    public async Task ImportAsync_TagColumns_SetThatSegmentAndBlankTagCellsTakeTheDefault()
    {
        await _bed.UseSpecTagsAsync();

        var report = await ImportAsync(Csv("SKU,LocationCode,Quantity,channel,OrderType",
            $"{SkuOf(0)},{LocationCode(0)},5,Amazon,BOPIS",
            $"{SkuOf(0)},{LocationCode(0)},3,Walmart,"));

        Assert.Empty(report.Errors);
        var location = Assert.Single((await _bed.Query.GetRecordAsync(SkuOf(0), LocationCode(0))).Locations);
        Assert.Equal([("Amazon/BOPIS", 5), ("Walmart/STH", 3)], OnHandBySegment(location));
    }

    [Fact]
    public async Task ImportAsync_LineWithNoTagCells_SpreadsByThePercentages()
    {
        await _bed.UseSpecTagsAsync();

        await ImportAsync(Csv("sku,locationCode,quantity,Channel,OrderType", $"{SkuOf(0)},{LocationCode(0)},10,,"));

        var location = Assert.Single((await _bed.Query.GetRecordAsync(SkuOf(0), LocationCode(0))).Locations);
        Assert.Equal([("Kibo/STH", 6), ("Kibo/BOPIS", 2), ("Amazon/STH", 1), ("Walmart/STH", 1)], OnHandBySegment(location));
    }

    [Fact]
    public async Task ImportAsync_UnknownTagValue_ReportsTheTagColumn()
    {
        await _bed.UseSpecTagsAsync();

        var report = await ImportAsync(Csv("sku,locationCode,quantity,Channel", $"{SkuOf(0)},{LocationCode(0)},10,eBay"), dryRun: true);

        var error = Assert.Single(report.Errors);
        Assert.Equal((2, "Channel"), (error.Line, error.Field));
        Assert.Contains("eBay", error.Message);
    }

    [Fact]
    public async Task ImportAsync_UnknownHeader_ReportsItOnLineOneAndChangesNothing()
    {
        await _bed.UseSpecTagsAsync();
        var before = await _bed.SnapshotAsync();

        var report = await ImportAsync(Csv("sku,locationCode,quantity,Colour", $"{SkuOf(0)},{LocationCode(0)},10,Red"));

        var error = Assert.Single(report.Errors);
        Assert.Equal((1, "Colour"), (error.Line, error.Field));
        Assert.Equal((1, 0), (report.Lines, report.Applied));
        Assert.Equal(before, await _bed.SnapshotAsync());
    }

    [Theory]
    [InlineData("sku,quantity", "locationCode")]
    [InlineData("locationCode,quantity", "sku")]
    [InlineData("sku,locationCode", "quantity")]
    public async Task ImportAsync_RequiredColumnMissing_ReportsOneHeaderErrorNotOnePerLine(string header, string field)
    {
        var report = await ImportAsync(Csv(header, "a,b", "c,d"), dryRun: true);

        var error = Assert.Single(report.Errors);
        Assert.Equal((1, field), (error.Line, error.Field));
        Assert.Equal((2, 0), (report.Lines, report.Valid));
    }

    [Theory]
    [InlineData("")]
    [InlineData("sku,locationCode,quantity\n")]
    [InlineData("sku,locationCode,quantity\n\n,,\n")]
    public async Task ImportAsync_EmptyOrHeaderOnly_ReportsAnErrorAndChangesNothing(string csv)
    {
        var before = await _bed.SnapshotAsync();

        var report = await ImportAsync(csv);

        Assert.Equal((0, 0, 0), (report.Lines, report.Valid, report.Applied));
        Assert.Equal((1, "file"), (Assert.Single(report.Errors).Line, report.Errors[0].Field));
        Assert.Equal(before, await _bed.SnapshotAsync());
    }

    [Fact]
    public async Task ImportAsync_WithStorageLocations_CountsEachStorageLocationOnItsOwn()
    {
        await _bed.Traits.PutStorageLocationAsync(LocationCode(0), "A-01", null, null, StockTestBed.Manager);
        await _bed.Traits.PutStorageLocationAsync(LocationCode(0), "Damaged", new Dictionary<string, bool?> { ["PICKABLE"] = false }, null, StockTestBed.Manager);

        var report = await ImportAsync(Csv("sku,locationCode,quantity,storageLocation",
            $"{SkuOf(0)},{LocationCode(0)},10,",
            $"{SkuOf(0)},{LocationCode(0)},7,a-01",
            $"{SkuOf(0)},{LocationCode(0)},3,Damaged"));

        Assert.Empty(report.Errors);
        var location = Assert.Single((await _bed.Query.GetRecordAsync(SkuOf(0), LocationCode(0))).Locations);
        Assert.Equal((20, 3, 17), (location.OnHand, location.Locked, location.Available));
        Assert.Equal([(null, 10), ("A-01", 7), ("Damaged", 3)],
            location.Stock!.GroupBy(s => s.StorageLocation).Select(g => (g.Key, g.Sum(s => s.Quantity))).OrderBy(x => x.Key).ToList());
    }

    [Fact]
    public async Task ImportAsync_LineFormatErrors_NameTheLineAndColumn()
    {
        var report = await ImportAsync(Csv("sku,upc,locationCode,quantity,storageLocation",
            $"{SkuOf(0)},,{LocationCode(0)},-1,",
            $",,{LocationCode(0)},4,",
            $"{SkuOf(1)},,{LocationCode(0)},,",
            $"{SkuOf(2)},,{LocationCode(0)},4,A-01-03",
            $"{SkuOf(3)},,{LocationCode(0)},4,,extra"), dryRun: true);

        Assert.Equal([(2, "quantity"), (3, "sku"), (4, "quantity"), (5, "storageLocation"), (6, "line")],
            report.Errors.Select(e => (e.Line, e.Field)));
        Assert.Equal("A counted quantity cannot be negative.", report.Errors[0].Message);
        Assert.Equal(0, report.Valid);
    }

    [Fact]
    public async Task ImportAsync_BlankLinesAndQuotedCells_CountLinesAsTheFileShowsThem()
    {
        var report = await ImportAsync(Csv("\"sku\",locationCode,quantity",
            $"\"{SkuOf(0)}\",{LocationCode(0)},1",
            "",
            $"{SkuOf(1)},\" {LocationCode(0)} \",x"), dryRun: true);

        Assert.Equal(2, report.Lines);
        Assert.Equal((4, "quantity"), (Assert.Single(report.Errors).Line, report.Errors[0].Field));
    }

    [Fact]
    public async Task ImportAsync_ProductByUpcWithHeadersInAnyCase_Applies()
    {
        await _bed.Catalogue.PutProductAsync("JEAN-BLU-032", "Jeans", "0001234567890", null);

        var report = await ImportAsync(Csv("UPC,LOCATIONCODE,QUANTITY", $"0001234567890,{LocationCode(3)},12"));

        Assert.Equal(1, report.Applied);
        Assert.Equal(12, await OnHandAsync("JEAN-BLU-032", LocationCode(3)));
    }
}
