using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Model.Ledger;
using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Tests.Support.Stock;
using static InventoryAdmin.Tests.Support.Stock.StockTestBed;

namespace InventoryAdmin.Tests.Services.Stock;

public sealed class StockServiceTests : IAsyncLifetime
{
    private const string Shirt = "TSHI-BLA-001";
    private const string Jeans = "JEAN-BLU-032";
    private const string JeansUpc = "0001234567890";
    private const string Store = "Retailer2";
    private const string Dc = "DC1";

    private readonly StockTestBed _bed = new();

    public async Task InitializeAsync()
    {
        await _bed.InitializeAsync();
        await _bed.Catalogue.PutProductAsync(Shirt, "T-shirt black", null, null);
        await _bed.Catalogue.PutProductAsync(Jeans, "Jeans blue 32", JeansUpc, null);
        await _bed.AddLocationsAsync(Store, Dc);
    }

    public Task DisposeAsync() => _bed.DisposeAsync();

    private Task<StockChangeResult> RefreshAsync(params StockLine[] lines) => _bed.Stock.RefreshAsync(lines, Manager);

    private Task<StockChangeResult> AdjustAsync(params StockLine[] lines) => _bed.Stock.AdjustAsync(lines, Manager);

    private async Task<RecordLocationDto> LocationAsync(string sku, string location) =>
        Assert.Single((await _bed.Query.GetRecordAsync(sku, location)).Locations);

    private async Task<List<(string Segment, int OnHand)>> SegmentsAsync(string sku, string location) =>
        OnHandBySegment(await LocationAsync(sku, location));

    // Spread and named segments

    [Fact]
    public async Task RefreshAsync_NoTagsGiven_SplitsTheCountLikeTheSpecExample()
    {
        await _bed.UseSpecTagsAsync();

        await RefreshAsync(Line(Shirt, Store, 10));

        var location = await LocationAsync(Shirt, Store);
        Assert.Equal([("Kibo/STH", 6), ("Kibo/BOPIS", 2), ("Amazon/STH", 1), ("Walmart/STH", 1)], OnHandBySegment(location));
        Assert.Equal(10, location.OnHand);
    }

    [Fact]
    public async Task RefreshAsync_NoTagsGivenBelowCurrent_TakesOnlyTheDifference()
    {
        await _bed.UseSpecTagsAsync();
        await RefreshAsync(Line(Shirt, Store, 100));

        await RefreshAsync(Line(Shirt, Store, 90));

        Assert.Equal(
            [("Kibo/STH", 50), ("Kibo/BOPIS", 22), ("Amazon/STH", 6), ("Amazon/BOPIS", 3), ("Walmart/STH", 6), ("Walmart/BOPIS", 3)],
            await SegmentsAsync(Shirt, Store));
    }

    [Fact]
    public async Task RefreshAsync_SegmentGiven_SetsThatSegmentOnly()
    {
        await _bed.UseSpecTagsAsync();
        await RefreshAsync(Line(Shirt, Store, 10));

        await RefreshAsync(Line(Shirt, Store, 5, ("Channel", "Amazon"), ("OrderType", "BOPIS")));

        Assert.Equal([("Kibo/STH", 6), ("Kibo/BOPIS", 2), ("Amazon/STH", 1), ("Amazon/BOPIS", 5), ("Walmart/STH", 1)],
            await SegmentsAsync(Shirt, Store));
    }

    [Fact]
    public async Task RefreshAsync_SegmentGivenWithATagLeftOut_SetsTheSegmentWithThatTagsDefault()
    {
        await _bed.UseSpecTagsAsync();
        await RefreshAsync(Line(Shirt, Store, 10));

        await RefreshAsync(Line(Shirt, Store, 4, ("channel", "AMAZON")));

        Assert.Equal([("Kibo/STH", 6), ("Kibo/BOPIS", 2), ("Amazon/STH", 4), ("Walmart/STH", 1)], await SegmentsAsync(Shirt, Store));
    }

    [Fact]
    public async Task AdjustAsync_PositiveWithoutTags_SplitsTheDeltaByThePercentages()
    {
        await _bed.UseSpecTagsAsync();
        await RefreshAsync(Line(Shirt, Store, 3, ("Channel", "Walmart")));

        await AdjustAsync(Line(Shirt, Store, 10));

        Assert.Equal([("Kibo/STH", 6), ("Kibo/BOPIS", 2), ("Amazon/STH", 1), ("Walmart/STH", 4)], await SegmentsAsync(Shirt, Store));
    }

    [Fact]
    public async Task AdjustAsync_NegativeWithoutTags_TakesFromFreeUnitsInProportion()
    {
        await _bed.UseSpecTagsAsync();
        await RefreshAsync(Line(Shirt, Store, 100));

        await AdjustAsync(Line(Shirt, Store, -10));

        // 56/24/7/3/7/3 lose 5.6/2.4/0.7/0.3/0.7/0.3, rounded by largest remainder to 6/2/1/0/1/0.
        Assert.Equal(
            [("Kibo/STH", 50), ("Kibo/BOPIS", 22), ("Amazon/STH", 6), ("Amazon/BOPIS", 3), ("Walmart/STH", 6), ("Walmart/BOPIS", 3)],
            await SegmentsAsync(Shirt, Store));
    }

    [Fact]
    public async Task AdjustAsync_SegmentGiven_ChangesThatSegmentOnly()
    {
        await _bed.UseSpecTagsAsync();
        await RefreshAsync(Line(Shirt, Store, 10));

        await AdjustAsync(Line(Shirt, Store, -5, ("Channel", "Kibo"), ("OrderType", "STH")), Line(Shirt, Store, 3, ("OrderType", "BOPIS")));

        Assert.Equal([("Kibo/STH", 1), ("Kibo/BOPIS", 5), ("Amazon/STH", 1), ("Walmart/STH", 1)], await SegmentsAsync(Shirt, Store));
    }

    [Fact]
    public async Task AdjustAsync_SegmentBelowZeroWhileRecordHasEnough_IsRefused()
    {
        await _bed.UseSpecTagsAsync();
        await RefreshAsync(Line(Shirt, Store, 10));
        var before = await _bed.SnapshotAsync();

        var exception = await Assert.ThrowsAsync<InventoryRuleException>(() => AdjustAsync(Line(Shirt, Store, -2, ("Channel", "Amazon"))));

        Assert.Equal(RuleViolationKind.Invalid, exception.Kind);
        Assert.Equal("The segment has 1 on hand; it cannot go below 0 (delta -2).", Assert.Single(exception.Errors["items[0].delta"]));
        Assert.Equal(before, await _bed.SnapshotAsync());
    }

    [Fact]
    public async Task RefreshAsync_ProductByUpc_UpdatesThatProduct()
    {
        await _bed.UseSpecTagsAsync();

        await RefreshAsync(new StockLine(null, JeansUpc, Store, null, 10));

        Assert.Equal(10, (await LocationAsync(Jeans, Store)).OnHand);
        Assert.Empty((await _bed.Query.GetRecordAsync(Shirt)).Locations);
    }

    [Fact]
    public async Task RefreshAsync_UnknownUpc_IsRefusedAsNotFound()
    {
        var exception = await Assert.ThrowsAsync<InventoryRuleException>(() => RefreshAsync(new StockLine(null, "999", Store, null, 10)));

        Assert.Equal(RuleViolationKind.NotFound, exception.Kind);
        Assert.Equal("There is no product with UPC '999'.", Assert.Single(exception.Errors["items[0].upc"]));
    }

    [Fact]
    public async Task RefreshAsync_SkuAndLocationInOtherCase_FindsThem()
    {
        await RefreshAsync(Line(Shirt.ToLowerInvariant(), " retailer2 ", 7));

        Assert.Equal(7, (await LocationAsync(Shirt, Store)).OnHand);
    }

    [Fact]
    public async Task RefreshAsync_UnknownLocation_IsRefusedAsNotFound()
    {
        var exception = await Assert.ThrowsAsync<InventoryRuleException>(() => RefreshAsync(Line(Shirt, "Nowhere", 10)));

        Assert.Equal(RuleViolationKind.NotFound, exception.Kind);
        Assert.Equal("There is no location with code 'Nowhere'.", Assert.Single(exception.Errors["items[0].locationCode"]));
    }

    [Fact]
    public async Task RefreshAsync_NoLines_IsRefused()
    {
        var exception = await Assert.ThrowsAsync<InventoryRuleException>(() => RefreshAsync());

        Assert.Contains("items", exception.Errors.Keys);
    }

    [Fact]
    public async Task RefreshAsync_OnlyDiscreteTagsAndNoTagsGiven_SetsTheDefaultSegmentOnly()
    {
        await _bed.Tags.CreateAsync(Draft("Defective", "No", ("No", null), ("Yes", null)), Manager);
        await _bed.Settings.SetTagsEnabledAsync(true);
        await RefreshAsync(Line(Shirt, Store, 4, ("Defective", "Yes")));

        await RefreshAsync(Line(Shirt, Store, 10));

        var segments = (await LocationAsync(Shirt, Store)).Segments.Select(s => (s.Tags["Defective"], s.OnHand));
        Assert.Equal([("No", 10), ("Yes", 4)], segments);
    }

    // Tags disabled

    [Fact]
    public async Task RefreshAsync_TagsDisabled_KeepsTheRecordAsOneSegment()
    {
        await _bed.UseSpecTagsAsync(enabled: false);

        await RefreshAsync(Line(Shirt, Store, 10));

        var row = Assert.Single(await _bed.StockRowsAsync());
        Assert.Equal(await _bed.KeyOfAsync(), row.SegmentKey);
        Assert.Equal(10, row.Quantity);
        var segment = Assert.Single((await LocationAsync(Shirt, Store)).Segments);
        Assert.Empty(segment.Tags);
        Assert.Equal(10, segment.OnHand);
    }

    [Fact]
    public async Task RefreshAsync_TagsDisabledAndLineNamesTags_StillSetsTheWholeRecord()
    {
        await _bed.UseSpecTagsAsync(enabled: false);
        await RefreshAsync(Line(Shirt, Store, 10));

        await RefreshAsync(Line(Shirt, Store, 4, ("Channel", "Amazon")));

        var row = Assert.Single(await _bed.StockRowsAsync());
        Assert.Equal(4, row.Quantity);
        Assert.Equal(await _bed.KeyOfAsync(), row.SegmentKey);
    }

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

    // Ledger, rows at zero, record totals

    [Fact]
    public async Task RefreshAsync_Spread_WritesOneMovementPerChangedRowWithBeforeDeltaAfterAndActor()
    {
        await _bed.UseSpecTagsAsync();

        var result = await _bed.Stock.RefreshAsync([Line(Shirt, Store, 10) with { Reference = "COUNT-7" }], new Actor("pos@example.com", MovementSource.Api));

        var movements = await _bed.MovementsAsync();
        Assert.Equal(4, result.Movements);
        Assert.Equal(4, movements.Count);
        Assert.Equal(
            [(await _bed.KeyOfAsync(), 0, 6, 6), (await _bed.KeyOfAsync(("OrderType", "BOPIS")), 0, 2, 2),
             (await _bed.KeyOfAsync(("Channel", "Amazon")), 0, 1, 1), (await _bed.KeyOfAsync(("Channel", "Walmart")), 0, 1, 1)],
            movements.Select(m => (m.SegmentKey, m.Before, m.Delta, m.After)).OrderByDescending(m => m.Delta).ThenBy(m => m.SegmentKey));
        Assert.All(movements, m =>
        {
            Assert.Equal("pos@example.com", m.Actor);
            Assert.Equal(MovementSource.Api, m.Source);
            Assert.Equal("Count", m.Reason);
            Assert.Equal("COUNT-7", m.Reference);
            Assert.Equal(Now.UtcDateTime, m.AtUtc);
        });
    }

    [Fact]
    public async Task AdjustAsync_Spread_WritesMovementsFromTheCurrentCountsWithTheGivenReason()
    {
        await _bed.UseSpecTagsAsync();
        await RefreshAsync(Line(Shirt, Store, 10));
        var earlier = (await _bed.MovementsAsync()).Count;

        await AdjustAsync(Line(Shirt, Store, 10) with { Reason = " Received ", Reference = "PO-42" });

        var movements = (await _bed.MovementsAsync()).Skip(earlier).ToList();
        Assert.Equal(
            [(6, 6, 12), (2, 2, 4), (1, 1, 2), (1, 1, 2)],
            movements.Select(m => (m.Before, m.Delta, m.After)).OrderByDescending(m => m.Before));
        Assert.All(movements, m => Assert.Equal(("Received", "PO-42", Manager.Name), (m.Reason, m.Reference, m.Actor)));
    }

    [Fact]
    public async Task RefreshAsync_NoChange_WritesNoMovement()
    {
        await _bed.UseSpecTagsAsync();
        await RefreshAsync(Line(Shirt, Store, 10));
        var before = (await _bed.MovementsAsync()).Count;

        var result = await RefreshAsync(Line(Shirt, Store, 10), Line(Shirt, Store, 1, ("Channel", "Amazon")));

        Assert.Equal(0, result.Movements);
        Assert.Equal(before, (await _bed.MovementsAsync()).Count);
    }

    [Fact]
    public async Task RefreshAsync_SegmentToZero_DeletesItsStockRowAndRecordsTheMove()
    {
        await _bed.UseSpecTagsAsync();
        await RefreshAsync(Line(Shirt, Store, 10));
        var amazon = await _bed.KeyOfAsync(("Channel", "Amazon"));

        await RefreshAsync(Line(Shirt, Store, 0, ("Channel", "Amazon")));

        var rows = await _bed.StockRowsAsync();
        Assert.DoesNotContain(rows, r => r.SegmentKey == amazon);
        Assert.Equal(3, rows.Count);
        var last = (await _bed.MovementsAsync()).Last();
        Assert.Equal((amazon, 1, -1, 0), (last.SegmentKey, last.Before, last.Delta, last.After));
        Assert.Equal(9, (await _bed.RecordsAsync()).Single().OnHand);
    }

    [Fact]
    public async Task RefreshAsync_WholeRecordToZero_DeletesEveryRowAndKeepsTheRecordAtZero()
    {
        await _bed.UseSpecTagsAsync();
        await RefreshAsync(Line(Shirt, Store, 10));

        await RefreshAsync(Line(Shirt, Store, 0));

        Assert.Empty(await _bed.StockRowsAsync());
        var record = Assert.Single(await _bed.RecordsAsync());
        Assert.Equal((0, 0), (record.OnHand, record.Available));
        Assert.Equal(0, (await LocationAsync(Shirt, Store)).OnHand);
    }

    [Fact]
    public async Task RefreshAndAdjustAsync_SeveralRecords_RecordTotalsEqualTheirStockRows()
    {
        await _bed.UseSpecTagsAsync();

        await RefreshAsync(Line(Shirt, Store, 10), Line(Shirt, Dc, 25), Line(Jeans, Store, 7, ("Channel", "Walmart")));
        await AdjustAsync(Line(Shirt, Store, -4), Line(Jeans, Store, 12), Line(Jeans, Dc, 3, ("OrderType", "BOPIS")));
        await RefreshAsync(Line(Shirt, Dc, 0, ("Channel", "Kibo")));

        var rows = await _bed.StockRowsAsync();
        var records = await _bed.RecordsAsync();
        Assert.Equal(4, records.Count);
        Assert.All(records, r =>
        {
            var sum = rows.Where(s => s.ProductId == r.ProductId && s.LocationId == r.LocationId).Sum(s => s.Quantity);
            Assert.Equal(sum, r.OnHand);
            Assert.Equal(sum, r.Available);
        });
        Assert.Equal([6, 11, 19, 3], records.Select(r => r.OnHand));
    }

    [Fact]
    public async Task RefreshAndAdjustAsync_FiftyRandomBatches_LedgerReplaysToTheStoredStock()
    {
        await _bed.UseSpecTagsAsync();
        var random = new Random(20260314);
        string[] skus = [Shirt, Jeans];
        string[] locations = [Store, Dc];
        string[] channels = ["Kibo", "Amazon", "Walmart"];
        string[] orderTypes = ["STH", "BOPIS"];
        var accepted = 0;

        for (var op = 0; op < 50; op++)
        {
            var adjust = random.Next(2) == 0;
            var lines = Enumerable.Range(0, random.Next(1, 4)).Select(_ =>
            {
                var amount = adjust ? random.Next(-25, 40) : random.Next(0, 60);
                var line = Line(skus[random.Next(skus.Length)], locations[random.Next(locations.Length)], amount);
                return random.Next(5) < 2
                    ? line with { Tags = new Dictionary<string, string> { ["Channel"] = channels[random.Next(3)], ["OrderType"] = orderTypes[random.Next(2)] } }
                    : line;
            }).ToArray();
            try
            {
                await (adjust ? AdjustAsync(lines) : RefreshAsync(lines));
                accepted++;
            }
            catch (InventoryRuleException)
            {
                // An adjust below zero: refused as a whole, must leave no trace in the ledger.
            }
        }

        var movements = await _bed.MovementsAsync();
        var rows = await _bed.StockRowsAsync();
        var replayed = movements.GroupBy(m => (m.ProductId, m.LocationId, m.SegmentKey))
            .Select(g => (g.Key, Units: g.Sum(m => m.Delta))).Where(x => x.Units != 0).OrderBy(x => x.Key).ToList();
        var stored = rows.Select(r => (Key: (r.ProductId, r.LocationId, r.SegmentKey), Units: r.Quantity)).OrderBy(x => x.Key).ToList();
        Assert.InRange(accepted, 30, 50);
        Assert.NotEmpty(stored);
        Assert.Equal(stored, replayed);
        foreach (var chain in movements.GroupBy(m => (m.ProductId, m.LocationId, m.SegmentKey)))
        {
            var after = 0;
            foreach (var m in chain)
            {
                Assert.Equal(after, m.Before);
                Assert.Equal(m.After - m.Before, m.Delta);
                after = m.After;
            }
        }

        var records = await _bed.RecordsAsync();
        Assert.All(records, r => Assert.Equal(rows.Where(s => s.ProductId == r.ProductId && s.LocationId == r.LocationId).Sum(s => s.Quantity), r.OnHand));
    }

    // Change notifications

    [Fact]
    public async Task RefreshAsync_Committed_RaisesStockChangedAfterTheCommit()
    {
        await _bed.UseSpecTagsAsync();
        var raised = new List<(InventoryChange Change, int RowsVisible)>();
        _bed.Changes.Changed += change =>
        {
            using var db = _bed.Store.CreateContext();
            raised.Add((change, db.StockRows.Count()));
        };

        await RefreshAsync(Line(Shirt, Store, 10));

        Assert.Equal([(new InventoryChange(InventoryChangeArea.Stock, Shirt), 4)], raised);
    }

    [Fact]
    public async Task AdjustAsync_SeveralLines_RaisesOneStockChangeWithoutSubject()
    {
        await _bed.UseSpecTagsAsync();
        var raised = new List<InventoryChange>();
        _bed.Changes.Changed += raised.Add;

        await AdjustAsync(Line(Shirt, Store, 10), Line(Jeans, Store, 5));

        Assert.Equal([new InventoryChange(InventoryChangeArea.Stock)], raised);
    }

    [Fact]
    public async Task AdjustAsync_Refused_RaisesNoChange()
    {
        await _bed.UseSpecTagsAsync();
        var raised = new List<InventoryChange>();
        _bed.Changes.Changed += raised.Add;

        await Assert.ThrowsAsync<InventoryRuleException>(() => AdjustAsync(Line(Shirt, Store, -1)));

        Assert.Empty(raised);
    }
}
