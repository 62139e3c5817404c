using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Tests.Support.Domain;
using InventoryAdmin.Tests.Support.Orders;
using Microsoft.EntityFrameworkCore;
using static InventoryAdmin.Tests.Support.Stock.StockTestBed;

namespace InventoryAdmin.Tests.Services.Orders;

/// <summary>
/// SPEC §11 "no figure written from a value another transaction may change meanwhile": orders, fulfils, cancels,
/// returns and stock adjusts of the same records, all at once from several tasks, leave figures that equal their
/// sums, the ledger's replay and the open allocations, and nothing negative. On PostgreSQL (READ COMMITTED) a
/// figure written from an earlier read would show up here as a record that no longer adds up.
/// </summary>
public class ConcurrentOrdersAndStockTests : OrderServiceTestBase
{
    private const int Workers = 8;
    private const int StepsPerWorker = 30;

    public ConcurrentOrdersAndStockTests()
        : this(null)
    {
    }

    /// <summary>The same tests on another engine (see the PostgreSQL subclass).</summary>
    protected ConcurrentOrdersAndStockTests(InventoryTestStore? store)
        : base(store)
    {
    }

    [Fact]
    public async Task OrdersFulfilsCancelsReturnsAndAdjustsAtOnce_LeaveFiguresEqualToTheLedger_AndNothingNegative()
    {
        await LocationAsync(Store, priority: 10);
        await LocationAsync(Dc, priority: 20);
        foreach (var sku in new[] { Shirt, Jeans })
        foreach (var location in new[] { Store, Dc })
            await StockAsync(sku, location, 25);

        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var done = new int[6];
        var workers = Enumerable.Range(0, Workers).Select(w => Task.Run(async () =>
        {
            await gate.Task;
            var random = new Random(1000 + w);
            var mine = new List<string>();
            for (var step = 0; step < StepsPerWorker; step++)
            {
                var sku = random.Next(2) == 0 ? Shirt : Jeans;
                var kind = mine.Count == 0 ? 0 : random.Next(6);
                try
                {
                    switch (kind)
                    {
                        case 0 or 1:
                            var id = $"W{w}-{step}";
                            await _orders.CreateAsync(new OrderRequest(id, null, random.Next(2) == 0,
                                [Item(sku, random.Next(1, 4)), Item(sku == Shirt ? Jeans : Shirt, random.Next(1, 3))]), Channel);
                            mine.Add(id);
                            break;
                        case 2:
                            await _orders.FulfilAsync(mine[random.Next(mine.Count)], null, null, Channel);
                            break;
                        case 3:
                            await _orders.CancelAsync(mine[random.Next(mine.Count)], null, null, Channel);
                            break;
                        case 4:
                            await _orders.ReturnAsync(mine[random.Next(mine.Count)], null, [new ReturnLine(sku, 1, random.Next(3) > 0, null)], Channel);
                            break;
                        default:
                            await _bed.Stock.AdjustAsync([Line(sku, random.Next(2) == 0 ? Store : Dc, random.Next(-3, 6))], Manager);
                            break;
                    }

                    Interlocked.Increment(ref done[kind]);
                }
                catch (InventoryRuleException)
                {
                    // Refused (nothing open, nothing shipped to return, an adjust below zero): it changed nothing.
                }
            }
        })).ToList();

        gate.SetResult();
        await Task.WhenAll(workers);

        // Every kind of change happened, concurrently with the others.
        Assert.All(new[] { done[0] + done[1], done[2], done[3], done[4], done[5] }, n => Assert.True(n > 0, string.Join(", ", done)));
        await AssertLedgerConsistentAsync();
        foreach (var sku in new[] { Shirt, Jeans })
        foreach (var location in new[] { Store, Dc })
            await FiguresAsync(sku, location); // segments add up to the record, Available = max(0, On Hand − Locked − Allocated)
        await using var db = _bed.Store.CreateContext();
        Assert.All(await db.Segments.AsNoTracking().ToListAsync(), s => Assert.True(s.OnHand >= 0 && s.Allocated >= 0 && s.Locked >= 0, $"{s.SegmentKey}: {s.OnHand}/{s.Locked}/{s.Allocated}"));
        Assert.All(await db.Records.AsNoTracking().ToListAsync(), r => Assert.True(r.OnHand >= 0 && r.Allocated >= 0 && r.Available >= 0 && r.Available <= r.OnHand - r.Locked,
            $"{r.ProductId}/{r.LocationId}: {r.OnHand}/{r.Locked}/{r.Allocated}/{r.Available}"));
        Assert.All(await db.StockRows.AsNoTracking().ToListAsync(), r => Assert.True(r.Quantity >= 0));
        var allocations = await db.Allocations.AsNoTracking().ToListAsync();
        Assert.All(allocations, a => Assert.True(a.Open >= 0 && a.Returned <= a.Fulfilled, $"allocation {a.Id}: {a.Quantity} f{a.Fulfilled} c{a.Cancelled} r{a.Returned}"));
    }
}
