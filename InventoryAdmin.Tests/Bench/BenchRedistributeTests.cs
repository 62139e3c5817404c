using InventoryAdmin.Bench;
using Microsoft.Data.Sqlite;

namespace InventoryAdmin.Tests.Bench;

/// <summary><c>bench redistribute</c> run small: it drifts every record, the job puts every unit back, the second run moves nothing. No timing is asserted.</summary>
public sealed class BenchRedistributeTests : IDisposable
{
    private const int Products = 200;

    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"inventory-bench-tests-{Guid.NewGuid():N}");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory)) Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task BenchRedistribute_SmallCatalogue_MovesEveryDriftedUnitBack_AndTheSecondRunMovesNothing()
    {
        var output = new StringWriter();
        var options = new BenchOptions(Products, WorkDirectory: _directory, BatchSize: 250, WarmUps: 1, Runs: 2);

        var report = await BenchRedistributeVerb.RunAsync(options, output);

        Assert.True(report.IsConsistent, output.ToString());
        Assert.Equal((Products * 3, Products * 3), (report.Records, report.Drifted));
        Assert.Equal(("completed", Products * 3, 0), (report.Job.Status, report.Job.RecordsTouched, report.Job.ResidualCount));
        // Every record lost 1–20 units from Kibo/STH to Amazon/STH; putting them back moves exactly those units, two rows per record.
        Assert.InRange(report.Job.UnitsMoved, Products * 3, Products * 3 * 20);
        Assert.Equal(Products * 3 * 2, report.JobRowWrites);
        Assert.Equal(0, report.SecondRunUnits);
        Assert.Contains("summary:", output.ToString());
    }
}
