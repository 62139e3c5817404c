using InventoryAdmin.Bench;
using Microsoft.Data.Sqlite;

namespace InventoryAdmin.Tests.Bench;

/// <summary>
/// <c>bench batch-wait</c> run small: it completes, measures orders that were open while the refresh ran, prints the
/// table with the baseline next to the wait, and removes its files. No timing is asserted.
/// </summary>
public sealed class BenchBatchWaitTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"inventory-bench-batchwait-tests-{Guid.NewGuid():N}");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory)) Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task BenchBatchWait_SmallBatch_MeasuresOrdersDuringTheRefreshAndPrintsTheTable()
    {
        var output = new StringWriter();
        var options = new BenchBatchWaitOptions(Lines: 300, Runs: 2, BaselineOrders: 10, StockPerRecord: 50, WorkDirectory: _directory,
            WarmUpOrders: 10, Margin: TimeSpan.FromMilliseconds(100));

        var runs = await BenchBatchWaitVerb.RunAsync(options, output);

        var text = output.ToString();
        Assert.Equal(2, runs.Count);
        Assert.All(runs, r => Assert.True(r.OrdersDuring >= 1 && r.MaxWaitMs > 0 && r.BatchMs > 0 && r.BaselineMedianMs > 0, text));
        Assert.Contains("| longest order wait during the refresh", text);
        Assert.Contains("| order round trip, no batch running", text);
        Assert.Contains("goal: longest order wait < 1,000 ms", text);
        Assert.False(Directory.Exists(_directory), "the bench deletes its files");
    }

    [Theory]
    [InlineData("--lines", "many")]
    [InlineData("--runs", "0")]
    [InlineData("--products", "5")]
    public async Task BenchBatchWait_BadArguments_PrintsUsage(string option, string value)
    {
        var output = new StringWriter();

        var exitCode = await BenchCommand.RunAsync(["bench", "batch-wait", option, value], output);

        Assert.Equal(2, exitCode);
        Assert.Contains("bench batch-wait", output.ToString());
    }
}
