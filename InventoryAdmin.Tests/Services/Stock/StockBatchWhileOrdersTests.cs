using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Tests.Support.Domain;
using InventoryAdmin.Tests.Support.Orders;
using Microsoft.EntityFrameworkCore;
using static InventoryAdmin.Tests.Support.Stock.StockTestBed;

namespace InventoryAdmin.Tests.Services.Stock;

/// <summary>
/// A big refresh is planned before it takes the write lock (issue 18), so orders reserve from its records while it
/// plans. Under the lock the records an order changed meanwhile are planned again: the refresh's counts hold, the
/// orders' reservations are kept, and every record's figures still equal its segments' and the ledger's. A refresh
/// written from its stale plan would put back each such record's Allocated and Available as they were before the order.
/// </summary>
public class StockBatchWhileOrdersTests : OrderServiceTestBase
{
    private const int Products = 300;
    private const int Rounds = 4;
    private static readonly string[] Locations = [Store, Dc];

    public StockBatchWhileOrdersTests()
        : this(null)
    {
    }

    /// <summary>The same tests on another engine (see the PostgreSQL subclass).</summary>
    protected StockBatchWhileOrdersTests(InventoryTestStore? store)
        : base(store)
    {
    }

    private static string Sku(int i) => $"BATCH-{i:D4}";

    private static List<StockLine> Count(int units) =>
        Enumerable.Range(0, Products).SelectMany(i => Locations.Select(l => Line(Sku(i), l, units))).ToList();

    [Fact]
    public async Task OrdersReservingWhileBigRefreshesPlan_KeepTheirReservations_AndTheLedgerCheckStaysClean()
    {
        await LocationAsync(Store, priority: 10);
        await LocationAsync(Dc, priority: 20);
        await _bed.AddProductsAsync(Enumerable.Range(0, Products).Select(Sku).ToArray());
        await _bed.Stock.RefreshAsync(Count(40), Manager);

        var refreshing = 0;
        var placedDuring = 0;
        var placed = 0;
        using var stop = new CancellationTokenSource();
        var orderers = Enumerable.Range(0, 2).Select(w => Task.Run(async () =>
        {
            var random = new Random(77 + w);
            while (!stop.IsCancellationRequested)
            {
                var during = Volatile.Read(ref refreshing) == 1;
                await _orders.CreateAsync(new OrderRequest($"O{w}-{Interlocked.Increment(ref placed)}", null, false,
                    [Item(Sku(random.Next(Products)), random.Next(1, 3))]), Channel);
                if (during && Volatile.Read(ref refreshing) == 1) Interlocked.Increment(ref placedDuring);
            }
        })).ToList();

        for (var round = 1; round <= Rounds; round++)
        {
            Volatile.Write(ref refreshing, 1);
            var result = await _bed.Stock.RefreshAsync(Count(40 + round), Manager);
            Volatile.Write(ref refreshing, 0);
            Assert.Equal(Products * Locations.Length, result.Applied);
        }

        await stop.CancelAsync();
        await Task.WhenAll(orderers);

        // Orders really ran while the refreshes were planned and written.
        Assert.True(placedDuring > 0, $"{placed} orders, none of them during a refresh");
        await AssertLedgerConsistentAsync();
        await using var db = _bed.Store.CreateContext();
        var segments = (await db.Segments.AsNoTracking().ToListAsync()).GroupBy(s => (s.ProductId, s.LocationId))
            .ToDictionary(g => g.Key, g => (OnHand: g.Sum(s => s.OnHand), Allocated: g.Sum(s => s.Allocated),
                Available: g.Sum(s => Math.Max(0, s.OnHand - s.Locked - s.Allocated))));
        var records = await db.Records.AsNoTracking().ToListAsync();
        Assert.Equal(Products * Locations.Length, records.Count);
        Assert.All(records, r =>
        {
            Assert.Equal(40 + Rounds, r.OnHand);
            Assert.Equal(segments[(r.ProductId, r.LocationId)], (r.OnHand, r.Allocated, r.Available));
        });
        Assert.True(records.Sum(r => r.Allocated) > 0);
    }
}
