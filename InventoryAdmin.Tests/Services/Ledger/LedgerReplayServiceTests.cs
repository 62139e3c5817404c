using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Tests.Support.Domain;
using InventoryAdmin.Tests.Support.Stock;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Tests.Services.Ledger;

public class LedgerReplayServiceTests : IAsyncLifetime
{
    private readonly StockTestBed bed;
    private LedgerReplayService ledger = default!;

    public LedgerReplayServiceTests()
        : this(null)
    {
    }

    /// <summary>The same tests on another engine (see the PostgreSQL subclass).</summary>
    protected LedgerReplayServiceTests(InventoryTestStore? store) => bed = new StockTestBed(store);

    public async Task InitializeAsync()
    {
        await bed.InitializeAsync();
        ledger = new LedgerReplayService(bed.Store.Factory, new FixedTimeProvider(StockTestBed.Now));
        await bed.UseSpecTagsAsync();
        await bed.AddProductsAsync("A-1", "B-2");
        await bed.AddLocationsAsync("Retailer2", "DC-East");
    }

    public Task DisposeAsync() => bed.DisposeAsync();

    [Fact]
    public async Task ReplayAsync_AfterRandomRefreshesAndAdjusts_ReproducesEveryStoredFigure()
    {
        var random = new Random(7);
        string[] skus = ["A-1", "B-2"], locations = ["Retailer2", "DC-East"];
        for (var i = 0; i < 60; i++)
        {
            var sku = skus[random.Next(2)];
            var location = locations[random.Next(2)];
            var tags = random.Next(3) == 0 ? new[] { ("Channel", "Amazon") } : [];
            try
            {
                if (random.Next(2) == 0) await bed.Stock.RefreshAsync([StockTestBed.Line(sku, location, random.Next(0, 300), tags)], StockTestBed.Manager);
                else await bed.Stock.AdjustAsync([StockTestBed.Line(sku, location, random.Next(-40, 60), tags)], StockTestBed.Manager);
            }
            catch (InventoryAdmin.Domain.Model.InventoryRuleException)
            {
                // A refused change (e.g. below zero) writes nothing; the replay must still match.
            }
        }

        var report = await ledger.ReplayAsync();

        Assert.True(report.Consistent, string.Join("; ", report.Differences));
        Assert.True(report.Movements > 0);
        Assert.Equal(4, report.Records);
    }

    [Fact]
    public async Task ReplayAsync_StockRowChangedBehindTheLedger_ReportsThatSegmentAndTheRecord()
    {
        await bed.Stock.RefreshAsync([StockTestBed.Line("A-1", "Retailer2", 10)], StockTestBed.Manager);
        await using (var db = bed.Store.CreateContext())
            await db.Database.ExecuteSqlRawAsync("""UPDATE "StockRows" SET "Quantity" = "Quantity" + 5 WHERE "Quantity" = 6""");

        var report = await ledger.ReplayAsync();

        Assert.False(report.Consistent);
        var segment = Assert.Single(report.Differences, d => d.Segment is not null && d.Figure == "OnHand");
        Assert.Equal(("A-1", "Retailer2", 6L, 11L), (segment.Sku, segment.LocationCode, segment.FromLedger, segment.Stored));
        Assert.Equal("Kibo", segment.Segment!["Channel"]);
        // The segment's stored total no longer matches its rows either.
        var total = Assert.Single(report.Differences, d => d.Figure == "Segment OnHand");
        Assert.Equal((11L, 6L), (total.FromLedger, total.Stored));
        var record = Assert.Single(report.Differences, d => d.Segment is null);
        Assert.Equal((15L, 10L), (record.FromLedger, record.Stored));
    }

    [Fact]
    public async Task ReplayAsync_AfterOrdersFulfilledAndCancelled_IsConsistent_AndATamperedAllocatedFigureIsReported()
    {
        await using var orders = new OrderService(bed.Store.Factory, bed.Changes, new FixedTimeProvider(StockTestBed.Now));
        await bed.Stock.RefreshAsync([StockTestBed.Line("A-1", "Retailer2", 20, ("Channel", "Kibo"))], StockTestBed.Manager);
        var item = new OrderItemRequest(null, "A-1", 6, new Dictionary<string, string> { ["Channel"] = "Kibo" }, "Retailer2");
        var (order, _) = await orders.CreateAsync(new OrderRequest("R-1", null, false, [item]), StockTestBed.Manager);
        var allocationId = order.Items[0].Allocations[0].Id;
        await orders.FulfilAsync("R-1", null, [new SettleLine(allocationId, 2)], StockTestBed.Manager);
        await orders.CancelAsync("R-1", null, [new SettleLine(allocationId, 1)], StockTestBed.Manager);

        var consistent = await ledger.ReplayAsync();
        await using (var db = bed.Store.CreateContext())
            await db.Database.ExecuteSqlRawAsync("""UPDATE "Segments" SET "Allocated" = "Allocated" + 4 WHERE "Allocated" = 3""");
        var tampered = await ledger.ReplayAsync();

        Assert.True(consistent.Consistent, string.Join("; ", consistent.Differences));
        Assert.Contains(tampered.Differences, d => d.Figure == "Allocated (open allocations)" && d.FromLedger == 3 && d.Stored == 7);
        Assert.Contains(tampered.Differences, d => d.Figure == "Allocated" && d.Segment is not null && d.FromLedger == 3 && d.Stored == 7);
        Assert.Contains(tampered.Differences, d => d.Figure == "Allocated" && d.Segment is null && d.FromLedger == 7 && d.Stored == 3);
    }
}
