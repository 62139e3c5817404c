using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Model.Ledger;
using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Tests.Support.Domain;
using InventoryAdmin.Tests.Support.Stock;
using static InventoryAdmin.Tests.Support.Stock.StockTestBed;

namespace InventoryAdmin.Tests.Services.Stock;

/// <summary>Batches: all or nothing, and several lines of one record applied in order.</summary>
public class StockServiceBatchTests : StockServiceTestBase
{
    public StockServiceBatchTests()
        : this(null)
    {
    }

    /// <summary>The same tests on another engine (see the PostgreSQL subclass).</summary>
    protected StockServiceBatchTests(InventoryTestStore? store)
        : base(store: store)
    {
    }

    // Batches: all or nothing

    private static readonly string[] BulkSkus = Enumerable.Range(0, 100).Select(i => $"BULK-{i:D3}").ToArray();

    /// <summary>The segment variants of the bulk lines: the whole record (spread), then four segments.</summary>
    private static readonly (string Tag, string Value)[][] Variants =
        [[], [("Channel", "Amazon")], [("Channel", "Walmart")], [("OrderType", "BOPIS")], [("Channel", "Amazon"), ("OrderType", "BOPIS")]];

    /// <summary>
    /// 1,000 lines over 100 products at two locations, each stock row once (a batch may not name it twice): first every
    /// record as a whole, then four of its segments.
    /// </summary>
    private static List<StockLine> ThousandLines(bool adjust) =>
        Enumerable.Range(0, 1000).Select(i =>
        {
            var sku = BulkSkus[i % BulkSkus.Length];
            var location = i / BulkSkus.Length % 2 == 0 ? Dc : Store;
            var amount = adjust ? 1 + i % 4 : i % 50;
            return Line(sku, location, amount, Variants[i / (2 * BulkSkus.Length)]);
        }).ToList();

    private async Task SetUpBulkAsync()
    {
        await _bed.UseSpecTagsAsync();
        await _bed.AddProductsAsync(BulkSkus);
        await RefreshAsync(BulkSkus.SelectMany(sku => new[] { Line(sku, Store, 20), Line(sku, Dc, 30) }).ToArray());
    }

    [Theory]
    [InlineData("unknown SKU", "items[617].sku", RuleViolationKind.NotFound)]
    [InlineData("negative refresh", "items[617].quantity", RuleViolationKind.Invalid)]
    [InlineData("unknown tag value", "items[617].tags.Channel", RuleViolationKind.Invalid)]
    [InlineData("adjust below zero", "items[617].delta", RuleViolationKind.Invalid)]
    public async Task RefreshOrAdjustAsync_ThousandLinesWithOneBadLine_IsRefusedNamingTheLineAndChangesNothing(string problem, string field, RuleViolationKind kind)
    {
        await SetUpBulkAsync();
        var adjust = problem == "adjust below zero";
        var lines = ThousandLines(adjust);
        lines[617] = problem switch
        {
            "unknown SKU" => lines[617] with { Sku = "NO-SUCH-SKU" },
            "negative refresh" => lines[617] with { Amount = -1 },
            "unknown tag value" => lines[617] with { Tags = new Dictionary<string, string> { ["Channel"] = "eBay" } },
            _ => lines[617] with { Amount = -100_000 },
        };
        var before = await _bed.SnapshotAsync();
        var raised = new List<InventoryChange>();
        _bed.Changes.Changed += raised.Add;

        var exception = await Assert.ThrowsAsync<InventoryRuleException>(() =>
            adjust ? _bed.Stock.AdjustAsync(lines, Manager) : _bed.Stock.RefreshAsync(lines, Manager));

        Assert.Equal(field, Assert.Single(exception.Errors).Key);
        Assert.Equal(kind, exception.Kind);
        Assert.Contains("nothing was changed", exception.Message);
        Assert.Equal(before, await _bed.SnapshotAsync());
        Assert.Empty(raised);
    }

    [Fact]
    public async Task AdjustAsync_ThousandValidLines_AppliesEveryLine()
    {
        await SetUpBulkAsync();
        var lines = ThousandLines(adjust: true);
        var movementsBefore = (await _bed.MovementsAsync()).Count;

        var result = await AdjustAsync([.. lines]);

        Assert.Equal(1000, result.Applied);
        Assert.Equal(movementsBefore + result.Movements, (await _bed.MovementsAsync()).Count);
        foreach (var sku in BulkSkus)
            foreach (var (location, start) in new[] { (Store, 20), (Dc, 30) })
            {
                var added = lines.Where(l => l.Sku == sku && l.LocationCode == location).Sum(l => l.Amount);
                Assert.Equal(start + added, (await LocationAsync(sku, location)).OnHand);
            }
    }

    [Fact]
    public async Task RefreshAsync_ThousandValidLines_EverySegmentLineSetsItsSegmentAfterTheWholeRecordWasCounted()
    {
        await SetUpBulkAsync();
        var lines = ThousandLines(adjust: false);

        var result = await RefreshAsync([.. lines]);

        Assert.Equal(1000, result.Applied);
        foreach (var line in lines.Where(l => l.Tags is not null && l.Sku is "BULK-007" or "BULK-042"))
        {
            var tags = line.Tags!;
            var segment = $"{tags.GetValueOrDefault("Channel", "Kibo")}/{tags.GetValueOrDefault("OrderType", "STH")}";
            Assert.Equal(line.Amount, (await LocationAsync(line.Sku!, line.LocationCode!)).Segments.Single(s => Name(s) == segment).OnHand);
        }
    }

    // Several lines for one stock row: refused, both named (the earlier one would be lost silently)

    [Fact]
    public async Task RefreshAsync_TwoCountsOfOneRecordInOneBatch_AreRefusedNamingBothLinesAndChangeNothing()
    {
        await _bed.UseSpecTagsAsync();
        await RefreshAsync(Line(Shirt, Store, 3));
        var before = await _bed.SnapshotAsync();

        var refused = await Assert.ThrowsAsync<InventoryRuleException>(() => RefreshAsync(Line(Shirt, Store, 10), Line(Shirt, Store, 4)));

        Assert.Equal(RuleViolationKind.Invalid, refused.Kind);
        Assert.Equal(["items[0]", "items[1]"], refused.Errors.Keys.Order());
        Assert.Contains("as items[1]", refused.Errors["items[0]"][0]);
        Assert.Contains("as items[0]", refused.Errors["items[1]"][0]);
        Assert.Equal(before, await _bed.SnapshotAsync());
    }

    [Fact]
    public async Task AdjustAsync_ThreeLinesOfOneSegmentAndStorageLocation_AreRefusedEachNamingTheOthers()
    {
        await _bed.UseSpecTagsAsync();
        var before = await _bed.SnapshotAsync();

        var refused = await Assert.ThrowsAsync<InventoryRuleException>(() => AdjustAsync(
            Line(Shirt, Store, 5, ("Channel", "Amazon")),
            Line(Shirt, Store, 1),
            Line(Shirt, Store, -3, ("Channel", "Amazon"), ("OrderType", "STH")),
            Line(Shirt, Store, -2, ("Channel", "amazon"))));

        Assert.Equal(["items[0]", "items[2]", "items[3]"], refused.Errors.Keys.Order());
        Assert.Contains("as items[2], items[3]", refused.Errors["items[0]"][0]);
        Assert.Contains("as items[0], items[2]", refused.Errors["items[3]"][0]);
        Assert.Equal(before, await _bed.SnapshotAsync());
    }

    [Fact]
    public async Task RefreshAsync_OneSegmentInTwoStorageLocations_IsTwoStockRowsAndApplies()
    {
        await _bed.UseSpecTagsAsync();
        await _bed.Traits.PutStorageLocationAsync(Store, "A1", null, null, Manager);

        await RefreshAsync(Line(Shirt, Store, 4, ("Channel", "Amazon")), Line(Shirt, Store, 6, ("Channel", "Amazon")) with { StorageLocation = "A1" });

        Assert.Equal(10, (await LocationAsync(Shirt, Store)).Segments.Single(s => Name(s) == "Amazon/STH").OnHand);
    }

    [Fact]
    public async Task AdjustAsync_TakeFromASegmentBeforeAWholeRecordAdd_IsRefusedBecauseLinesApplyInOrder()
    {
        await _bed.UseSpecTagsAsync();

        var exception = await Assert.ThrowsAsync<InventoryRuleException>(() =>
            AdjustAsync(Line(Shirt, Store, -2, ("Channel", "Amazon")), Line(Shirt, Store, 50)));

        Assert.Equal("items[0].delta", Assert.Single(exception.Errors).Key);
        Assert.Empty(await _bed.StockRowsAsync());
    }

    [Fact]
    public async Task AdjustAsync_SpreadTakeAfterASegmentAddInTheSameBatch_TakesFromTheAddedUnits()
    {
        await _bed.UseSpecTagsAsync();

        await AdjustAsync(Line(Shirt, Store, 10, ("Channel", "Amazon")), Line(Shirt, Store, -10));

        Assert.Empty(await _bed.StockRowsAsync());
        Assert.Equal(0, (await LocationAsync(Shirt, Store)).OnHand);
    }
}
