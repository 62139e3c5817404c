using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Identity;
using Microsoft.Data.Sqlite;
using static System.FormattableString;

namespace InventoryAdmin.Bench;

/// <summary>
/// What <c>bench batch-wait</c> reads from the command line (<c>--lines</c>, <c>--runs</c>, <c>--keep</c>).
/// </summary>
/// <param name="Lines">Lines in the refresh (default the batch limit, <see cref="BatchLimits.DefaultMaxLines"/>).</param>
/// <param name="Runs">Repetitions: each has a phase of orders alone (the baseline) and a phase with the refresh.</param>
/// <param name="BaselineOrders">Orders placed one after another in each baseline phase.</param>
/// <param name="Margin">How long the order client runs before the refresh starts and after it ends.</param>
internal sealed record BenchBatchWaitOptions(
    int Lines = BatchLimits.DefaultMaxLines,
    int Runs = 5,
    int BaselineOrders = 200,
    int StockPerRecord = 1_000,
    bool Keep = false,
    string? WorkDirectory = null,
    int WarmUpOrders = 300,
    TimeSpan? Margin = null)
{
    public TimeSpan OrderMargin => Margin ?? TimeSpan.FromMilliseconds(300);

    /// <summary>Products needed so every line names a different record at one of the scale locations.</summary>
    public int Products => (Lines + ScaleCatalogue.Locations.Length - 1) / ScaleCatalogue.Locations.Length;
}

/// <summary>One repetition: the refresh's time over HTTP and the orders that were open while it ran.</summary>
internal sealed record BatchWaitRun(double BatchMs, int OrdersDuring, double MaxWaitMs, double MedianWaitMs, double BaselineMedianMs, double BaselineMaxMs);

/// <summary>
/// <c>bench batch-wait</c>: the longest wait of an order placed while a maximum-size refresh (10,000 lines) is written.
/// A store is arranged through the real services in a temporary SQLite file; the app's API runs on a real Kestrel
/// over it (<see cref="AllocateHttpHost"/>, an Admin key). Each repetition first places orders one at a time with no
/// batch (the baseline, same run, same file), then keeps one client placing single orders through
/// <c>POST /api/v1/orders</c> while <c>POST /api/v1/inventory/refresh</c> counts every record again (every line
/// changes every segment, one transaction). An order "during" the batch is one whose request was open at any moment
/// of the refresh; its wait is its whole round trip. Also printed: how long the batch's planning alone takes
/// (<see cref="StockService.CheckRefreshAsync"/>, no write lock), the part of the write lock a refresh spends before it writes.
/// </summary>
internal static class BenchBatchWaitVerb
{
    public const double GoalMs = 1_000;
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    public static async Task<IReadOnlyList<BatchWaitRun>> RunAsync(BenchBatchWaitOptions options, TextWriter output, CancellationToken ct = default)
    {
        var directory = options.WorkDirectory ?? Path.Combine(Path.GetTempPath(), $"inventoryadmin-bench-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        var database = Path.Combine(directory, "batch-wait.db");
        output.WriteLine(Invariant($"bench batch-wait: a {options.Lines:N0}-line refresh over HTTP while one client places single orders; ")
            + Invariant($"{options.Products:N0} products × {ScaleCatalogue.Locations.Length} locations, {options.Runs} run{(options.Runs == 1 ? "" : "s")}, in {directory}"));
        try
        {
            var timer = Stopwatch.StartNew();
            var scene = await AllocateScene.ArrangeAsync(database, new BenchAllocateOptions(Products: options.Products, StockPerRecord: options.StockPerRecord), ct);
            output.WriteLine(Invariant($"  arranged through the stock service in {timer.Elapsed.TotalSeconds:N1} s"));

            await using var host = await AllocateHttpHost.StartAsync(database, directory, ct, role: Roles.Admin);
            using var client = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromMinutes(5) };
            client.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.HeaderName, host.ApiKey);
            using var batchClient = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromMinutes(5) };
            batchClient.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.HeaderName, host.ApiKey);
            var random = new Random(2026);
            var orderNumber = 0;
            async Task<double> PlaceAsync()
            {
                var sku = scene.Skus[random.Next(scene.Skus.Length)];
                var body = Invariant($$"""{"externalId":"bw-{{Interlocked.Increment(ref orderNumber):D7}}","source":"{{AllocatePaths.Source}}","items":[{"sku":"{{sku}}","quantity":1}]}""");
                var started = Stopwatch.GetTimestamp();
                using var response = await PostAsync(client, "api/v1/orders", body, ct);
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (response.StatusCode != System.Net.HttpStatusCode.Created)
                    throw new InvalidOperationException($"POST /api/v1/orders answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)}");
                return elapsed;
            }

            for (var i = 0; i < options.WarmUpOrders; i++) await PlaceAsync();
            await PostRefreshAsync(batchClient, scene, options, options.StockPerRecord + 1, ct); // warm the batch path too (JIT, pools)
            output.WriteLine(Invariant($"  warm-up: {options.WarmUpOrders:N0} orders and one refresh"));

            var runs = new List<BatchWaitRun>();
            for (var run = 1; run <= options.Runs; run++)
            {
                var baseline = new List<double>();
                for (var i = 0; i < options.BaselineOrders; i++) baseline.Add(await PlaceAsync());

                var clock = Stopwatch.StartNew();
                var orders = new List<(double Start, double End)>();
                using var stop = new CancellationTokenSource();
                var orderer = Task.Run(async () =>
                {
                    while (!stop.IsCancellationRequested)
                    {
                        var start = clock.Elapsed.TotalMilliseconds;
                        await PlaceAsync();
                        orders.Add((start, clock.Elapsed.TotalMilliseconds));
                    }
                }, ct);
                await Task.Delay(options.OrderMargin, ct);
                var batchStart = clock.Elapsed.TotalMilliseconds;
                await PostRefreshAsync(batchClient, scene, options, options.StockPerRecord + 1 + run, ct);
                var batchEnd = clock.Elapsed.TotalMilliseconds;
                await Task.Delay(options.OrderMargin, ct);
                await stop.CancelAsync();
                await orderer;

                var during = orders.Where(o => o.Start < batchEnd && o.End > batchStart).Select(o => o.End - o.Start).ToList();
                var result = new BatchWaitRun(batchEnd - batchStart, during.Count, during.DefaultIfEmpty(0).Max(), Median(during),
                    Median(baseline), baseline.Max());
                runs.Add(result);
                output.WriteLine(Invariant($"  run {run}: refresh {result.BatchMs,7:N0} ms; {result.OrdersDuring,3} orders open during it, longest wait {result.MaxWaitMs,7:N0} ms, median {result.MedianWaitMs,6:N1} ms; ")
                    + Invariant($"baseline (no batch) median {result.BaselineMedianMs:N1} ms, max {result.BaselineMaxMs:N1} ms"));
            }

            // Why: the part of the refresh that only reads and plans (the same rules, no write lock held by it).
            await using var services = ScaleData.Services(database);
            var plan = await Timing.MeasureAsync(
                () => services.GetRequiredService<StockService>().CheckRefreshAsync(Lines(scene, options, options.StockPerRecord + 100), ct), 1, 3);

            output.WriteLine();
            output.WriteLine("| what | median | max |");
            output.WriteLine("|---|---|---|");
            output.WriteLine(Invariant($"| order round trip, no batch running ({options.BaselineOrders} orders × {runs.Count} runs, per-run median / max) | {Median(runs.Select(r => r.BaselineMedianMs).ToList()):N1} ms | {runs.Max(r => r.BaselineMaxMs):N1} ms |"));
            output.WriteLine(Invariant($"| {options.Lines:N0}-line refresh over HTTP (one transaction) | {Median(runs.Select(r => r.BatchMs).ToList()):N0} ms | {runs.Max(r => r.BatchMs):N0} ms |"));
            output.WriteLine(Invariant($"| longest order wait during the refresh (per run) | {Median(runs.Select(r => r.MaxWaitMs).ToList()):N0} ms | {runs.Max(r => r.MaxWaitMs):N0} ms |"));
            output.WriteLine(Invariant($"| planning the same refresh alone (CheckRefreshAsync, {plan.Runs} runs) | {plan.MedianMs:N0} ms | p90 {plan.P90Ms:N0} ms |"));
            var worst = runs.Max(r => r.MaxWaitMs);
            output.WriteLine(Invariant($"goal: longest order wait < {GoalMs:N0} ms: {(worst < GoalMs ? "met" : "NOT met")} (worst {worst:N0} ms)"));
            return runs;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (options.Keep) output.WriteLine($"kept {directory}");
            else Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>Line i counts product i / locations at location i % locations, so the lines name distinct records.</summary>
    private static List<StockLine> Lines(AllocateScene scene, BenchBatchWaitOptions options, int quantity) =>
        Enumerable.Range(0, options.Lines)
            .Select(i => new StockLine(scene.Skus[i / ScaleCatalogue.Locations.Length], null, ScaleCatalogue.Locations[i % ScaleCatalogue.Locations.Length].Code,
                null, quantity, "Bench count"))
            .ToList();

    private static async Task PostRefreshAsync(HttpClient client, AllocateScene scene, BenchBatchWaitOptions options, int quantity, CancellationToken ct)
    {
        var items = Lines(scene, options, quantity).Select(l => new { sku = l.Sku, locationCode = l.LocationCode, quantity = l.Amount, reason = l.Reason });
        var body = JsonSerializer.Serialize(new { items });
        using var response = await PostAsync(client, "api/v1/inventory/refresh", body, ct);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"POST /api/v1/inventory/refresh answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)}");
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string body, CancellationToken ct)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.ContentType = Json;
        return client.PostAsync(path, content, ct);
    }

    private static double Median(IReadOnlyList<double> values)
    {
        if (values.Count == 0) return 0;
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
