using System.Collections.Concurrent;
using System.Diagnostics;
using InventoryAdmin.Domain.Model.Ledger;
using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Domain.Services.Redistribution;
using static System.FormattableString;

namespace InventoryAdmin.Bench;

/// <summary>
/// <c>bench redistribute</c>: scale data (every record split by the percentages), then drift on every record (units
/// moved from Kibo/STH to Amazon/STH, as if Amazon sold nothing), then one "now" job over everything run as the
/// background loop runs it, while a reader pages the grid. Prints records per second, the grid's latency during the
/// job against the same queries idle, the job's row writes against the raw upsert baseline, and a second run (idempotent: 0 moved).
/// <c>--db postgres</c>: the same on a throwaway PostgreSQL 15 cluster (<see cref="BenchStores"/>).
/// </summary>
internal static class BenchRedistributeVerb
{
    public const int DefaultProducts = 33_334;
    public const double TargetSeconds = 60;

    public static async Task<BenchRedistributeReport> RunAsync(BenchOptions options, TextWriter output, CancellationToken ct = default)
    {
        await using var stores = await BenchStores.CreateAsync(options, "redistribute", output, ct);
        var (service, raw) = (stores.Service, stores.Raw);
        output.WriteLine(Invariant($"bench redistribute: {options.Products:N0} products × {ScaleCatalogue.Locations.Length} locations, in {stores.Where}"));
        await using var services = service.Services();
        var (records, _) = await ScaleData.BuildAsync(services, service, options, output, ct);
        var drifted = await DriftAsync(services.GetRequiredService<StockService>(), options, output, ct);

        var query = services.GetRequiredService<InventoryQueryService>();
        var idle = await Timing.MeasureAsync(() => PageGridAsync(query, ct), options.WarmUps, options.Runs);
        var perTransaction = services.GetRequiredService<RedistributionOptions>().RecordsPerTransaction;
        output.WriteLine(Invariant($"redistribution job over every record, {perTransaction} records per transaction, the grid paged meanwhile:"));
        var (first, elapsed, during) = await RunJobWhileReadingAsync(services, query, ct);
        output.WriteLine(Invariant($"  {first.RecordsDone:N0} records in {elapsed.TotalSeconds:N1} s, {first.UnitsMoved:N0} units moved, {first.ResidualCount:N0} residuals"));

        var second = Stopwatch.StartNew();
        var again = await RunJobAsync(services, ct);
        second.Stop();
        output.WriteLine(Invariant($"  second run: {again.UnitsMoved:N0} units moved in {second.Elapsed.TotalSeconds:N1} s (idempotent when 0)"));

        output.WriteLine(Invariant($"raw baseline: {stores.RawBaseline}, {RawRefreshBaseline.RowsPerTransaction:N0} rows per transaction:"));
        var (rawRows, rawTime) = await ScaleData.RawBaselineAsync(service, raw, options.Products, ct);
        var jobRows = await CountJobMovementsAsync(service, first.Id, ct);

        var report = new BenchRedistributeReport(records, drifted, first, elapsed, again.UnitsMoved, second.Elapsed, idle, during, jobRows, rawRows, rawTime);
        report.Print(output);
        return report;
    }

    /// <summary>Every record drifts: 1–20 units leave Kibo/STH for Amazon/STH (both changes in one adjust line pair).</summary>
    private static async Task<int> DriftAsync(StockService stock, BenchOptions options, TextWriter output, CancellationToken ct)
    {
        var random = new Random(7);
        var kibo = new Dictionary<string, string> { ["Channel"] = "Kibo", ["OrderType"] = "STH" };
        var amazon = new Dictionary<string, string> { ["Channel"] = "Amazon", ["OrderType"] = "STH" };
        var actor = new Actor("bench-drift", MovementSource.Seed);
        var batch = new List<StockLine>(options.BatchSize);
        var drifted = 0;
        var timer = Stopwatch.StartNew();
        for (var n = 1; n <= options.Products; n++)
        {
            var sku = ScaleCatalogue.Product(n).Sku;
            foreach (var location in ScaleCatalogue.Locations)
            {
                var units = random.Next(1, 21);
                batch.Add(new StockLine(sku, null, location.Code, kibo, -units, "Sold on other channels"));
                batch.Add(new StockLine(sku, null, location.Code, amazon, units, "Sold on other channels"));
                drifted++;
                if (batch.Count < options.BatchSize) continue;
                await stock.AdjustAsync(batch, actor, ct);
                batch.Clear();
            }
        }

        if (batch.Count > 0) await stock.AdjustAsync(batch, actor, ct);
        output.WriteLine(Invariant($"  drifted {drifted:N0} records (Kibo/STH → Amazon/STH) in {timer.Elapsed.TotalSeconds:N1} s"));
        return drifted;
    }

    private static async Task<(RedistributionJobDto Job, TimeSpan Elapsed, Timing During)> RunJobWhileReadingAsync(IServiceProvider services,
        InventoryQueryService query, CancellationToken ct)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var samples = new ConcurrentBag<double>();
        var reader = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var timer = Stopwatch.StartNew();
                await PageGridAsync(query, CancellationToken.None);
                samples.Add(timer.Elapsed.TotalMilliseconds);
                await Task.Delay(20, CancellationToken.None);
            }
        }, CancellationToken.None);

        var watch = Stopwatch.StartNew();
        var job = await RunJobAsync(services, ct);
        watch.Stop();
        await stop.CancelAsync();
        await reader;
        var sorted = samples.Order().ToArray();
        var during = sorted.Length == 0 ? new Timing(0, 0, 0)
            : new Timing(sorted[sorted.Length / 2], sorted[(int)Math.Ceiling(0.9 * sorted.Length) - 1], sorted.Length);
        return (job, watch.Elapsed, during);
    }

    /// <summary>Starts a job over everything and runs it batch by batch, as the app's background loop does.</summary>
    private static async Task<RedistributionJobDto> RunJobAsync(IServiceProvider services, CancellationToken ct)
    {
        var service = services.GetRequiredService<RedistributionService>();
        var runner = services.GetRequiredService<RedistributionRunner>();
        var job = await service.StartAsync(new RedistributionRequest(null, null, null, "now", false), new Actor("bench", MovementSource.Job), ct);
        while (await runner.RunBatchAsync(job.Id, ct))
        {
        }

        return await service.GetAsync(job.Id, ct);
    }

    /// <summary>What an open grid does: the first page and a page deep in the list.</summary>
    private static async Task PageGridAsync(InventoryQueryService query, CancellationToken ct)
    {
        await query.GridAsync(new GridQuery(), ct);
        await query.GridAsync(new GridQuery(Page: 300), ct);
    }

    private static async Task<long> CountJobMovementsAsync(ScaleStore store, long jobId, CancellationToken ct)
    {
        await using var connection = await store.OpenAsync(ct);
        await using var count = connection.CreateCommand();
        count.CommandText = """SELECT COUNT(*) FROM "Movements" WHERE "Reference" = @r""";
        var reference = count.CreateParameter();
        (reference.ParameterName, reference.Value) = ("@r", $"redistribution:{jobId}");
        count.Parameters.Add(reference);
        return Convert.ToInt64(await count.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }
}
