using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Model.Ledger;
using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Tests.Support.Stock;
using static InventoryAdmin.Tests.Support.Stock.StockTestBed;

namespace InventoryAdmin.Tests.Services.Stock;

/// <summary>Batches: all or nothing, and several lines of one record applied in order.</summary>
public sealed class StockServiceBatchTests : StockServiceTestBase
{
    // Batches: all or nothing

    private static readonly string[] BulkSkus = Enumerable.Range(0, 20).Select(i => $"BULK-{i:D3}").ToArray();

    /// <summary>1,000 lines over 20 products at two locations; every fifth names the Amazon segment.</summary>
    private static List<StockLine> ThousandLines(bool adjust) =>
        Enumerable.Range(0, 1000).Select(i =>
        {
            var sku = BulkSkus[i % BulkSkus.Length];
            var location = i % 3 == 0 ? Dc : Store;
            var amount = adjust ? 1 + i % 4 : i % 50;
            return i % 5 == 0 ? Line(sku, location, amount, ("Channel", "Amazon")) : Line(sku, location, amount);
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
    public async Task RefreshAsync_ThousandValidLines_EveryRecordEndsAsItsLastLineSays()
    {
        await SetUpBulkAsync();
        var lines = ThousandLines(adjust: false);

        var result = await RefreshAsync([.. lines]);

        Assert.Equal(1000, result.Applied);
        foreach (var group in lines.GroupBy(l => (l.Sku!, l.LocationCode!)))
        {
            var last = group.Last();
            var location = await LocationAsync(group.Key.Item1, group.Key.Item2);
            if (last.Tags is null) Assert.Equal(last.Amount, location.OnHand);
            else Assert.Equal(last.Amount, location.Segments.Where(s => Name(s) == "Amazon/STH").Sum(s => s.OnHand));
        }
    }

    // Several lines for one record

    [Fact]
    public async Task RefreshAsync_TwoCountsOfOneRecordInOneBatch_TheLaterOneWins()
    {
        await _bed.UseSpecTagsAsync();

        await RefreshAsync(Line(Shirt, Store, 10), Line(Shirt, Store, 4));

        Assert.Equal(4, (await LocationAsync(Shirt, Store)).OnHand);
        Assert.Equal(4, (await _bed.RecordsAsync()).Single().OnHand);
    }

    [Fact]
    public async Task AdjustAsync_SeveralLinesOfOneSegment_ApplyInOrderEachSeeingTheLastResult()
    {
        await _bed.UseSpecTagsAsync();

        await AdjustAsync(
            Line(Shirt, Store, 5, ("Channel", "Amazon")),
            Line(Shirt, Store, -3, ("Channel", "Amazon")),
            Line(Shirt, Store, -2, ("Channel", "Amazon")));

        Assert.Empty(await _bed.StockRowsAsync());
        Assert.Equal([(0, 5, 5), (5, -3, 2), (2, -2, 0)], (await _bed.MovementsAsync()).Select(m => (m.Before, m.Delta, m.After)));
    }

    [Fact]
    public async Task AdjustAsync_TakeBeforeAddOnEmptyRecord_IsRefusedBecauseLinesApplyInOrder()
    {
        await _bed.UseSpecTagsAsync();

        var exception = await Assert.ThrowsAsync<InventoryRuleException>(() =>
            AdjustAsync(Line(Shirt, Store, -2, ("Channel", "Amazon")), Line(Shirt, Store, 5, ("Channel", "Amazon"))));

        Assert.Equal("items[0].delta", Assert.Single(exception.Errors).Key);
        Assert.Empty(await _bed.StockRowsAsync());
    }

    [Fact]
    public async Task AdjustAsync_SpreadTakeAfterAnAddInTheSameBatch_TakesFromTheAddedUnits()
    {
        await _bed.UseSpecTagsAsync();

        await AdjustAsync(Line(Shirt, Store, 10), Line(Shirt, Store, -10));

        Assert.Empty(await _bed.StockRowsAsync());
        Assert.Equal(0, (await LocationAsync(Shirt, Store)).OnHand);
    }
}
