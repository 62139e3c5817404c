using InventoryAdmin.Tests.Support;
using InventoryAdmin.Tests.Support.Domain;
using InventoryAdmin.Tests.Support.Redistribution;

namespace InventoryAdmin.Tests.Api.Redistribution;

/// <summary>A job interrupted by a restart: the app started again on the same database file resumes it by itself.</summary>
public sealed class RedistributionRestartTests() : RedistributionTestBase(recordsPerTransaction: 1)
{
    private static readonly string[] Skus = ["P-1", "P-2", "P-3", "P-4"];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await DriftedProductsAtDcAsync(Skus);
    }

    [Fact]
    public async Task TheAppStartedOnTheFileOfAnInterruptedJob_FinishesIt()
    {
        var job = await _redistribution.StartAsync(Request(skus: Skus), Admin);
        Assert.True(await Runner.RunBatchAsync(job.Id, CancellationToken.None));
        Assert.Equal(("running", 1), ((await _redistribution.GetAsync(job.Id)).Status, (await _redistribution.GetAsync(job.Id)).RecordsDone));

        await using (var app = new InventoryAppFactory(databasePath: ((SqliteInventoryStore)_bed.Store).Path))
        {
            _ = app.Services; // starts the host and its background loop
            for (var i = 0; i < 200 && (await _redistribution.GetAsync(job.Id)).Status == "running"; i++) await Task.Delay(50);
        }

        var done = await _redistribution.GetAsync(job.Id);
        Assert.Equal(("completed", 4, 4, 36L), (done.Status, done.RecordsTotal, done.RecordsDone, done.UnitsMoved));
        Assert.Equal(36, (await JobMovementsAsync(job.Id)).Where(m => m.Delta > 0).Sum(m => m.Delta));
        await AssertLedgerConsistentAsync();
    }
}
