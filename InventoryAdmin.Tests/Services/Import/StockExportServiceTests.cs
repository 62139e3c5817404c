using System.Text;
using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Tests.Support.Domain;
using InventoryAdmin.Tests.Support.Stock;
using static InventoryAdmin.Tests.Support.Stock.StockTestBed;

namespace InventoryAdmin.Tests.Services.Import;

/// <summary>The grid as CSV: the grid's filter over every page, with a header line.</summary>
public class StockExportServiceTests : IAsyncLifetime
{
    private const string Header = "sku,upc,name,locationCode,onHand,locked,allocated,available";
    private const int Products = 130;
    private static readonly string[] Locations = ["DC1", "Outlet", "Retailer2", "Retailer3", "Retailer4"];

    private readonly StockTestBed _bed;
    private StockExportService _export = default!;

    public StockExportServiceTests()
        : this(null)
    {
    }

    /// <summary>The same tests on another engine (see the PostgreSQL subclass).</summary>
    protected StockExportServiceTests(InventoryTestStore? store) => _bed = new StockTestBed(store);

    /// <summary>130 products at 5 locations: 650 records, more than one page of 500. SKU-007 at DC1 has 5 units in Amazon/BOPIS.</summary>
    public async Task InitializeAsync()
    {
        await _bed.InitializeAsync();
        _export = new StockExportService(_bed.Query);
        await _bed.UseSpecTagsAsync();
        await _bed.AddLocationsAsync(Locations);
        for (var p = 0; p < Products; p++)
            await _bed.Catalogue.PutProductAsync(Sku(p), $"Product, \"{p}\"", p == 7 ? "0000000000007" : null, null);
        await _bed.Stock.RefreshAsync(Enumerable.Range(0, Products).SelectMany(p => Locations.Select(l => Line(Sku(p), l, p + 10))).ToList(), Manager);
        await _bed.Stock.RefreshAsync([Line(Sku(7), "DC1", 5, ("Channel", "Amazon"), ("OrderType", "BOPIS"))], Manager);
    }

    public Task DisposeAsync() => _bed.DisposeAsync();

    private static string Sku(int p) => $"SKU-{p:D3}";

    private async Task<string[]> ExportAsync(GridQuery query)
    {
        using var output = new MemoryStream();
        await _export.WriteCsvAsync(query, output);
        return Encoding.UTF8.GetString(output.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>"SKU-001,Outlet" from a line whose name cell is quoted and holds a comma.</summary>
    private static string SkuAndLocation(string line) => line[..7] + "," + line.Split(',')[^5];

    [Fact]
    public async Task WriteCsvAsync_MoreRowsThanOnePage_WritesHeaderAndEveryRowInGridOrder()
    {
        var lines = await ExportAsync(new GridQuery());

        Assert.Equal(Header, lines[0]);
        Assert.Equal(Products * Locations.Length, lines.Length - 1);
        Assert.Equal("SKU-000,,\"Product, \"\"0\"\"\",DC1,10,0,0,10", lines[1]);
        Assert.Equal("SKU-129,,\"Product, \"\"129\"\"\",Retailer4,139,0,0,139", lines[^1]);
        Assert.Equal(lines.Length - 1, lines.Skip(1).Select(SkuAndLocation).Distinct().Count());
    }

    [Fact]
    public async Task WriteCsvAsync_SearchAndLocation_WritesOnlyTheFilteredRows()
    {
        var lines = await ExportAsync(new GridQuery(Search: "SKU-00", LocationCode: "Outlet"));

        Assert.Equal(Header, lines[0]);
        Assert.Equal(Enumerable.Range(0, 10).Select(p => $"{Sku(p)},Outlet"), lines.Skip(1).Select(SkuAndLocation));
    }

    [Fact]
    public async Task WriteCsvAsync_SegmentFilter_WritesThatSegmentsFigures()
    {
        var segment = new Dictionary<string, string> { ["Channel"] = "Amazon", ["OrderType"] = "BOPIS" };

        var lines = await ExportAsync(new GridQuery(Search: "0000000000007", LocationCode: "DC1", Segment: segment));

        Assert.Equal([Header, "SKU-007,0000000000007,\"Product, \"\"7\"\"\",DC1,5,0,0,5"], lines);
    }

    [Fact]
    public async Task WriteCsvAsync_UnknownLocation_ThrowsBeforeWritingAnything()
    {
        using var output = new MemoryStream();

        var refused = await Assert.ThrowsAsync<InventoryRuleException>(() => _export.WriteCsvAsync(new GridQuery(LocationCode: "Atlantis"), output));

        Assert.Equal(RuleViolationKind.NotFound, refused.Kind);
        Assert.Equal(0, output.Length);
    }
}
