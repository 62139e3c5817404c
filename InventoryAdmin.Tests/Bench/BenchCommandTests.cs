using InventoryAdmin.Bench;
using Microsoft.Data.Sqlite;

namespace InventoryAdmin.Tests.Bench;

/// <summary>The scale generator and the benchmark, run small: they finish and leave consistent data. No timing is asserted.</summary>
public sealed class BenchCommandTests : IDisposable
{
    private const int Products = 300;
    private const int Locations = 3;

    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"inventory-bench-tests-{Guid.NewGuid():N}");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory)) Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task BenchGrid_SmallCatalogue_CompletesAndLeavesConsistentData()
    {
        var output = new StringWriter();
        var options = new BenchOptions(Products, Keep: true, WorkDirectory: _directory, BatchSize: 250, WarmUps: 1, Runs: 2);

        var report = await BenchGridVerb.RunAsync(options, output);

        Assert.Equal(Products * Locations, report.Records);
        Assert.Equal(report.Check.StockRows, report.RawRows);
        Assert.True(report.Ratio > 0, output.ToString());
        Assert.Equal(5, report.Grid.Count);
        Assert.All(report.Grid, g => Assert.True(g.Timing.MedianMs > 0));
        Assert.Equal(Products * Locations, report.Grid[0].Total);
        await AssertConsistentAsync(report.DatabasePath);
        Assert.Contains("bulk refresh via StockService", output.ToString());
    }

    [Fact]
    public async Task Generate_NewFile_WritesConsistentDataAndExitsZero()
    {
        var path = Path.Combine(_directory, "scale.db");
        Directory.CreateDirectory(_directory);

        var exitCode = await BenchCommand.RunAsync(["generate", "--products", $"{Products}", "--db", path], new StringWriter());

        Assert.Equal(0, exitCode);
        await AssertConsistentAsync(path);
    }

    [Fact]
    public async Task Generate_ExistingFile_IsRefusedAndLeftAlone()
    {
        var path = Path.Combine(_directory, "existing.db");
        Directory.CreateDirectory(_directory);
        await File.WriteAllTextAsync(path, "not a database");
        var output = new StringWriter();

        var exitCode = await BenchCommand.RunAsync(["generate", "--db", path], output);

        Assert.Equal(1, exitCode);
        Assert.Equal("not a database", await File.ReadAllTextAsync(path));
        Assert.Contains("exists", output.ToString());
    }

    [Fact]
    public async Task RunAsync_UnknownArguments_PrintsUsage()
    {
        var output = new StringWriter();

        var exitCode = await BenchCommand.RunAsync(["bench", "grid", "--products", "many"], output);

        Assert.Equal(2, exitCode);
        Assert.Contains("usage:", output.ToString());
    }

    /// <summary>Products × locations records, six stock rows each, each record's On Hand the sum of its rows.</summary>
    private static async Task AssertConsistentAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        async Task<long> ScalarAsync(string sql)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            return (long)(await command.ExecuteScalarAsync())!;
        }

        Assert.Equal(Products, await ScalarAsync("SELECT COUNT(*) FROM Products"));
        Assert.Equal(Products * Locations, await ScalarAsync("SELECT COUNT(*) FROM Records"));
        Assert.Equal(Products * Locations * 6, await ScalarAsync("SELECT COUNT(*) FROM StockRows"));
        Assert.Equal(0, await ScalarAsync("""
            SELECT COUNT(*) FROM Records r
            LEFT JOIN (SELECT ProductId, LocationId, SUM(Quantity) AS Units FROM StockRows GROUP BY ProductId, LocationId) s
              ON s.ProductId = r.ProductId AND s.LocationId = r.LocationId
            WHERE s.Units IS NULL OR s.Units <> r.OnHand OR r.OnHand <> r.Available
            """));
        Assert.Equal(await ScalarAsync("SELECT COUNT(*) FROM StockRows"), await ScalarAsync("SELECT COUNT(*) FROM Movements"));
    }
}
