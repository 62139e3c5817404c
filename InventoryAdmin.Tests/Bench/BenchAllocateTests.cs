using InventoryAdmin.Bench;
using Microsoft.Data.Sqlite;

namespace InventoryAdmin.Tests.Bench;

/// <summary>
/// <c>bench allocate</c> run small: it completes, prints the table, oversells nothing and removes its files. The stock
/// is tiny, so the orders outrun it and the last units are raced for (8 clients). No timing is asserted.
/// </summary>
public sealed class BenchAllocateTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"inventory-bench-allocate-tests-{Guid.NewGuid():N}");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory)) Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task BenchAllocate_TinyCatalogue_CompletesPrintsTheTableAndOversellsNothing()
    {
        var output = new StringWriter();
        var options = new BenchAllocateOptions(Products: 3, Orders: 40, Runs: 1, StockPerRecord: 10, WorkDirectory: _directory, WarmUpOrders: 20);

        var report = await BenchAllocateVerb.RunAsync(options, output);

        var text = output.ToString();
        Assert.True(report.IsConsistent, text);
        Assert.Equal(0, report.Oversold);
        Assert.Equal(3, report.Checks.Count);
        // The orders outran the stock: each path allocated every free unit it could reach and not one more.
        Assert.All(report.Checks, c => Assert.True(c.Attempts > c.Stock, text));
        Assert.All(report.Checks, c => Assert.Equal(c.Stock, c.Successes));
        Assert.Equal(6, report.Rates.Count);
        Assert.All(report.Rates, r => Assert.True(r.Median > 0, text));
        Assert.Contains("| what", text);
        foreach (var row in new[] { "raw Microsoft.Data.Sqlite UPDATE", "OrderService.CreateAsync", "HTTP POST /api/v1/orders", "oversold units (all paths)" })
            Assert.Contains(row, text);
        Assert.Contains("service/raw", text);
        Assert.Contains("http/raw", text);
        Assert.False(Directory.Exists(_directory), "the bench deletes its files");
    }

    [Theory]
    [InlineData("--orders", "many")]
    [InlineData("--orders", "0")]
    [InlineData("--db", "x.db")]
    public async Task BenchAllocate_BadArguments_PrintsUsage(string option, string value)
    {
        var output = new StringWriter();

        var exitCode = await BenchCommand.RunAsync(["bench", "allocate", option, value], output);

        Assert.Equal(2, exitCode);
        Assert.Contains("bench allocate", output.ToString());
    }
}
