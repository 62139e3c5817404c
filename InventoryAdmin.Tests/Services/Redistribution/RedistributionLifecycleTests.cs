using InventoryAdmin.Domain.Model;
using InventoryAdmin.Tests.Support.Redistribution;
using static InventoryAdmin.Tests.Support.Stock.StockTestBed;

namespace InventoryAdmin.Tests.Services.Redistribution;

/// <summary>Jobs across their life: cancelled mid-way, interrupted by a restart, and the "at next update" mode.</summary>
public class RedistributionLifecycleTests : RedistributionTestBase
{
    public RedistributionLifecycleTests()
        : this(null)
    {
    }

    /// <summary>The same tests on another engine (see the PostgreSQL subclass).</summary>
    protected RedistributionLifecycleTests(InventoryAdmin.Tests.Support.Domain.InventoryTestStore? store)
        : base(recordsPerTransaction: 1, store)
    {
    }

    private static readonly string[] Skus = ["P-1", "P-2", "P-3", "P-4", "P-5"];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await DriftedProductsAtDcAsync(Skus);
    }

    [Fact]
    public async Task CancelMidway_StopsAfterTheRecordItIsOn_EveryRecordIsWhole_AndTheLedgerIsComplete()
    {
        var job = await _redistribution.StartAsync(Request(skus: Skus), Admin);
        Assert.True(await Runner.RunBatchAsync(job.Id, CancellationToken.None));
        Assert.True(await Runner.RunBatchAsync(job.Id, CancellationToken.None));

        var cancelling = await _redistribution.CancelAsync(job.Id, Admin);
        Assert.True(cancelling.CancelRequested);
        Assert.False(await Runner.RunBatchAsync(job.Id, CancellationToken.None));

        var done = await _redistribution.GetAsync(job.Id);
        Assert.Equal(("cancelled", 5, 2, 18L, "admin@example.com"), (done.Status, done.RecordsTotal, done.RecordsDone, done.UnitsMoved, done.CancelledBy));
        var moved = 0;
        foreach (var sku in Skus)
        {
            var segments = await OnHandAsync(sku, Dc);
            // Each record is either fully redistributed or untouched, never in between.
            Assert.True(segments.Count == 4 || segments.SequenceEqual(new Dictionary<string, int> { ["Amazon/STH"] = 10 }), $"{sku}: {string.Join(", ", segments)}");
            if (segments.Count == 4) moved++;
        }

        Assert.Equal(2, moved);
        Assert.Equal(done.UnitsMoved, (await JobMovementsAsync(job.Id)).Where(m => m.Delta > 0).Sum(m => m.Delta));
        await AssertLedgerConsistentAsync();
    }

    [Fact]
    public async Task Cancel_AFinishedJob_IsAConflict()
    {
        var job = await RunNowAsync(Request(skus: Skus));

        var error = await Assert.ThrowsAsync<InventoryRuleException>(() => _redistribution.CancelAsync(job.Id, Admin));

        Assert.Equal(RuleViolationKind.Conflict, error.Kind);
        Assert.Equal("completed", (await _redistribution.GetAsync(job.Id)).Status);
    }

    [Fact]
    public async Task Cancel_AQueuedJob_CancelsItAtOnce_AndNothingMoves()
    {
        var before = await StateAsync();
        var job = await _redistribution.StartAsync(Request(), Admin);

        var cancelled = await _redistribution.CancelAsync(job.Id, Admin);

        Assert.Equal("cancelled", cancelled.Status);
        Assert.False(await Runner.RunBatchAsync(job.Id, CancellationToken.None));
        Assert.Equal(before, await StateAsync());
    }

    [Fact]
    public async Task AJobInterruptedByARestart_IsResumedFromItsLastCommittedRecord()
    {
        var job = await _redistribution.StartAsync(Request(skus: Skus), Admin);
        Assert.True(await Runner.RunBatchAsync(job.Id, CancellationToken.None));
        Assert.True(await Runner.RunBatchAsync(job.Id, CancellationToken.None));
        Assert.Equal(("Running", 2), ((await StoredJobAsync(job.Id)).Status.ToString(), (await StoredJobAsync(job.Id)).RecordsDone));

        var restarted = NewRunner(recordsPerTransaction: 1);
        Assert.Equal(job.Id, await restarted.NextJobAsync(CancellationToken.None));
        while (await restarted.RunBatchAsync(job.Id, CancellationToken.None))
        {
        }

        var done = await _redistribution.GetAsync(job.Id);
        Assert.Equal(("completed", 5, 5, 45L), (done.Status, done.RecordsTotal, done.RecordsDone, done.UnitsMoved));
        foreach (var sku in Skus) Assert.Equal(4, (await OnHandAsync(sku, Dc)).Count);
        Assert.Equal(45, (await JobMovementsAsync(job.Id)).Where(m => m.Delta > 0).Sum(m => m.Delta));
        Assert.Null(await restarted.NextJobAsync(CancellationToken.None));
        await AssertLedgerConsistentAsync();
    }

    [Fact]
    public async Task NextUpdate_MarksRecordsPending_MovesNothing_AndTheNextAdjustAppliesIt()
    {
        var before = await StateAsync();

        var job = await _redistribution.StartAsync(Request(mode: "nextUpdate", skus: ["P-1", "P-2"]), Admin);

        Assert.Equal(("nextUpdate", "completed", 2), (job.Mode, job.Status, job.RecordsTotal));
        var pending = (await _bed.Query.GridAsync(new(LocationCode: Dc))).Items.Where(r => r.PendingRedistribution).Select(r => r.Sku).ToList();
        Assert.Equal(["P-1", "P-2"], pending.Order().ToList());
        Assert.Equal(new Dictionary<string, int> { ["Amazon/STH"] = 10 }, await OnHandAsync("P-1", Dc));
        Assert.Equal(before.Split('\n').Count(l => l.StartsWith("row")), (await StateAsync()).Split('\n').Count(l => l.StartsWith("row")));

        await _bed.Stock.AdjustAsync([Line("P-1", Dc, 10, Seg("Amazon", "STH"))], Manager);

        // The adjust makes 20 on hand; the pending redistribution splits those 20 in the same transaction.
        Assert.Equal(new Dictionary<string, int> { ["Kibo/STH"] = 11, ["Kibo/BOPIS"] = 5, ["Amazon/STH"] = 1, ["Amazon/BOPIS"] = 1,
            ["Walmart/STH"] = 1, ["Walmart/BOPIS"] = 1 }, await OnHandAsync("P-1", Dc));
        var stillPending = (await _bed.Query.GridAsync(new(LocationCode: Dc))).Items.Where(r => r.PendingRedistribution).Select(r => r.Sku).ToList();
        Assert.Equal(["P-2"], stillPending);
        Assert.Contains(await MovementsAsync(), m => m.Reason.StartsWith("Redistribution (pending"));
        await AssertLedgerConsistentAsync();
    }

    [Fact]
    public async Task NextUpdate_ARefreshOfThePendingRecordAppliesIt_ARefusedAdjustLeavesItPendingAndUnchanged()
    {
        await _redistribution.StartAsync(Request(mode: "nextUpdate", skus: ["P-1"]), Admin);

        // Taking 11 of 10 is refused: nothing changes, so the redistribution stays pending too (one transaction).
        await Assert.ThrowsAsync<InventoryRuleException>(() => _bed.Stock.AdjustAsync([Line("P-1", Dc, -11, Seg("Amazon", "STH"))], Manager));
        Assert.Equal(new Dictionary<string, int> { ["Amazon/STH"] = 10 }, await OnHandAsync("P-1", Dc));
        Assert.True((await _bed.Query.GridAsync(new(Search: "P-1", LocationCode: Dc))).Items.Single().PendingRedistribution);

        await _bed.Stock.RefreshAsync([Line("P-1", Dc, 20, Seg("Amazon", "STH"))], Manager);

        Assert.Equal(new Dictionary<string, int> { ["Kibo/STH"] = 11, ["Kibo/BOPIS"] = 5, ["Amazon/STH"] = 1, ["Amazon/BOPIS"] = 1,
            ["Walmart/STH"] = 1, ["Walmart/BOPIS"] = 1 }, await OnHandAsync("P-1", Dc));
        Assert.False((await _bed.Query.GridAsync(new(Search: "P-1", LocationCode: Dc))).Items.Single().PendingRedistribution);
        await AssertLedgerConsistentAsync();
    }

    [Fact]
    public async Task NextUpdate_ThenARefreshOfAnotherRecord_LeavesThePendingOneAsItWas()
    {
        await _redistribution.StartAsync(Request(mode: "nextUpdate", skus: ["P-1"]), Admin);

        await _bed.Stock.RefreshAsync([Line("P-2", Dc, 12, Seg("Amazon", "STH"))], Manager);

        Assert.Equal(new Dictionary<string, int> { ["Amazon/STH"] = 10 }, await OnHandAsync("P-1", Dc));
        Assert.Equal(new Dictionary<string, int> { ["Amazon/STH"] = 12 }, await OnHandAsync("P-2", Dc));
        Assert.True((await _bed.Query.GridAsync(new(Search: "P-1", LocationCode: Dc))).Items.Single().PendingRedistribution);
    }
}
