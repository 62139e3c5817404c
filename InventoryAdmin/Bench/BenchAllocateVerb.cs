using System.Diagnostics;
using Microsoft.Data.Sqlite;
using static System.FormattableString;

namespace InventoryAdmin.Bench;

/// <summary>
/// <c>bench allocate</c>: arranges a store through the real services in a temporary file, copies it once per path,
/// then places orders of one unit of a random product at 1 and 8 concurrent clients through the raw conditional
/// update (the floor), the order service, and the HTTP API; the paths take turns within each round so the machine's
/// noise falls on all of them. Afterwards each file is checked for oversell.
/// </summary>
internal static class BenchAllocateVerb
{
    public const double TargetRatio = 0.5;

    public static async Task<BenchAllocateReport> RunAsync(BenchAllocateOptions options, TextWriter output, CancellationToken ct = default)
    {
        var directory = options.WorkDirectory ?? Path.Combine(Path.GetTempPath(), $"inventoryadmin-bench-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        string Db(string name) => Path.Combine(directory, name);
        var maxClients = BenchAllocateOptions.Clients.Max();
        output.WriteLine(Invariant($"bench allocate: {options.Products:N0} products × {ScaleCatalogue.Locations.Length} locations, {options.StockPerRecord:N0} units each; ")
            + Invariant($"{options.Orders:N0} orders of 1 unit per run, {options.Runs} run{(options.Runs == 1 ? "" : "s")} per path and client count ({string.Join(" and ", BenchAllocateOptions.Clients)} clients), in {directory}"));
        try
        {
            var timer = Stopwatch.StartNew();
            var scene = await AllocateScene.ArrangeAsync(Db("arranged.db"), options, ct);
            output.WriteLine(Invariant($"  arranged through the stock service in {timer.Elapsed.TotalSeconds:N1} s; orders name segment {scene.SegmentKey}: ")
                + Invariant($"{scene.Stock:N0} units free over all locations, {scene.RoutedStock:N0} at the routed location"));
            await AllocateScene.CopyAsync(Db("arranged.db"), [Db("raw.db"), Db("service.db"), Db("http.db")], ct);

            await using var raw = await RawAllocatePath.OpenAsync(Db("raw.db"), scene, maxClients, ct);
            output.WriteLine($"  one copy per path, {raw.FileSettings} (the driver's defaults, which the app also runs with)");
            await using var service = new ServiceAllocatePath(Db("service.db"), scene);
            await using var http = await HttpAllocatePath.StartAsync(Db("http.db"), directory, scene, ct);
            IAllocatePath[] paths = [raw, service, http];
            var tallies = paths.ToDictionary(p => p, _ => new Tally());
            var random = new Random(2026);
            int[] Products(int count) => Enumerable.Range(0, count).Select(_ => random.Next(scene.Skus.Length)).ToArray();

            output.WriteLine(Invariant($"warm-up: {options.WarmUpOrders:N0} orders per path at {maxClients} clients"));
            var warmUp = Products(options.WarmUpOrders);
            foreach (var path in paths)
                await RunOnceAsync(path, "warm", warmUp, maxClients, tallies[path], ct);

            output.WriteLine(Invariant($"measured runs (orders/s; the paths take turns, the same products for each):"));
            var rates = paths.SelectMany(p => BenchAllocateOptions.Clients.Select(c => (p, c))).ToDictionary(x => x, _ => new List<double>());
            for (var run = 1; run <= options.Runs; run++)
            {
                foreach (var clients in BenchAllocateOptions.Clients)
                {
                    var products = Products(options.Orders);
                    // Turn by turn the first path changes, so none always runs right after another's writes.
                    foreach (var path in paths.Skip(run % paths.Length).Concat(paths.Take(run % paths.Length)))
                    {
                        var elapsed = await RunOnceAsync(path, Invariant($"r{run}-c{clients}"), products, clients, tallies[path], ct);
                        rates[(path, clients)].Add(products.Length / elapsed.TotalSeconds);
                    }

                    output.WriteLine(Invariant($"  run {run}, {clients} client{(clients == 1 ? "" : "s")}: ")
                        + string.Join(", ", paths.Select(p => Invariant($"{Short(p)} {rates[(p, clients)][^1],8:N0}"))));
                }
            }

            var profiled = Products(Math.Min(options.Orders, 500));
            var profile = await AllocateProfile.RunAsync(profiled.Length, () => RunOnceAsync(service, "profile", profiled, 1, tallies[service], ct),
                () => AllocateProfile.TimeOrderStatementsAsync(Db("arranged.db"), scene, profiled, ct));

            var checks = new List<AllocateCheck>();
            foreach (var path in paths)
                checks.Add(await AllocateCheck.RunAsync(path, tallies[path].Attempts, tallies[path].Successes, path == raw ? scene.RoutedStock : scene.Stock, ct));

            var report = new BenchAllocateReport(options, rates.Select(r => new AllocateRate(r.Key.p.Name, Short(r.Key.p), r.Key.c, r.Value)).ToList(), checks, profile);
            report.Print(output);
            return report;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (options.Keep) output.WriteLine($"kept {directory}");
            else Directory.Delete(directory, recursive: true);
        }
    }

    private static string Short(IAllocatePath path) => path switch
    {
        RawAllocatePath => "raw",
        ServiceAllocatePath => "service",
        _ => "http",
    };

    /// <summary>
    /// Places the orders over <paramref name="clients"/> concurrent clients, each taking the next order as soon as
    /// its last one is answered; the time is from the first order to the last answer.
    /// </summary>
    internal static async Task<TimeSpan> RunOnceAsync(IAllocatePath path, string prefix, int[] products, int clients, Tally tally, CancellationToken ct)
    {
        var next = -1;
        var allocated = 0;
        var timer = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < products.Length)
                if (await path.PlaceAsync(client, Invariant($"{prefix}-{i:D6}"), products[i], ct))
                    Interlocked.Increment(ref allocated);
        }, ct)).ToArray();
        await Task.WhenAll(workers);
        timer.Stop();
        tally.Attempts += products.Length;
        tally.Successes += allocated;
        return timer.Elapsed;
    }

    internal sealed class Tally
    {
        public long Attempts { get; set; }

        public long Successes { get; set; }
    }
}
