using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Model.Ledger;
using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Tests.Support.Domain;
using InventoryAdmin.Tests.Support.Stock;
using static InventoryAdmin.Tests.Support.Stock.StockTestBed;

namespace InventoryAdmin.Tests.Services.Stock;

/// <summary>Ledger movements, rows reaching zero, record totals, replay and change notifications.</summary>
public class StockServiceLedgerTests : StockServiceTestBase
{
    public StockServiceLedgerTests()
        : this(null)
    {
    }

    /// <summary>The same tests on another engine (see the PostgreSQL subclass).</summary>
    protected StockServiceLedgerTests(InventoryTestStore? store)
        : base(store)
    {
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
