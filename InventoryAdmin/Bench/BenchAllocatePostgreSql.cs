using System.Diagnostics;
using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Domain.Store;
using Npgsql;
using static System.FormattableString;

namespace InventoryAdmin.Bench;

/// <summary>
/// <c>bench allocate --db postgres</c>: the same orders on PostgreSQL 15, in a throwaway cluster this starts (initdb in a
/// temporary folder, trust auth, 127.0.0.1 and a free port; fsync and synchronous_commit on, as a server runs), stopped at
/// the end. The store is arranged through the real services once and copied per path (CREATE DATABASE … TEMPLATE); the
/// raw baseline is one <c>UPDATE … WHERE free &gt;= 1 RETURNING</c> per order (autocommit) on an Npgsql connection per client.
/// Afterwards each database is checked for oversell.
/// </summary>
internal static class BenchAllocatePostgreSql
{
    public static async Task<bool> RunAsync(BenchAllocateOptions options, TextWriter output, CancellationToken ct = default)
    {
        if (!ThrowawayPostgreSql.Available)
        {
            output.WriteLine($"bench allocate --db postgres needs PostgreSQL 15 ({ThrowawayPostgreSql.BinDirectory}); apt-get install postgresql.");
            return false;
        }

        var cluster = Cluster.Start("inventoryadmin-bench-pg-");
        var directory = cluster.Directory;
        output.WriteLine(Invariant($"bench allocate --db postgres: {options.Products:N0} products × {ScaleCatalogue.Locations.Length} locations, {options.StockPerRecord:N0} units each; ")
            + Invariant($"{options.Orders:N0} orders of 1 unit per run, {options.Runs} run(s) per path and client count, PostgreSQL 15 on 127.0.0.1:{cluster.Port} (fsync, synchronous_commit on)"));
        try
        {
            var timer = Stopwatch.StartNew();
            AllocateScene scene;
            await using (var services = ScaleData.Services(DatabaseProvider.PostgreSQL, cluster.ConnectionString("arranged")))
            {
                var factory = services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<InventoryDbContext>>();
                await InventoryDatabase.MigrateAsync(factory, ct);
                var catalogue = services.GetRequiredService<CatalogueService>();
                foreach (var (code, name, priority) in ScaleCatalogue.Locations) await catalogue.PutLocationAsync(code, name, priority, true, ct);
                for (var n = 1; n <= options.Products; n++)
                {
                    var product = ScaleCatalogue.Product(n);
                    await catalogue.PutProductAsync(product.Sku, product.Name, null, "standard", null, ct);
                }

                await ScaleData.CreateTagsAsync(services, ct);
                var stock = services.GetRequiredService<StockService>();
                var lines = Enumerable.Range(1, options.Products).SelectMany(n => ScaleCatalogue.Locations.Select(l =>
                    new StockLine(ScaleCatalogue.Product(n).Sku, null, l.Code, null, options.StockPerRecord, "Bench stock"))).ToList();
                foreach (var batch in lines.Chunk(options.BatchSize)) await stock.RefreshAsync(batch, ScaleData.Actor, ct);
                scene = await AllocateScene.ReadAsync(services, options, ct);
            }

            NpgsqlConnection.ClearAllPools();
            foreach (var copy in new[] { "raw", "service", "http" }) await cluster.ExecuteAsync($"CREATE DATABASE {copy} TEMPLATE arranged", ct);
            output.WriteLine(Invariant($"  arranged through the services in {timer.Elapsed.TotalSeconds:N1} s; orders name segment {scene.SegmentKey}: ")
                + Invariant($"{scene.Stock:N0} units free over all locations, {scene.RoutedStock:N0} at the routed location"));

            var maxClients = BenchAllocateOptions.Clients.Max();
            await using var raw = await RawPath.OpenAsync(cluster.ConnectionString("raw"), scene, maxClients, ct);
            var serviceProvider = ScaleData.Services(DatabaseProvider.PostgreSQL, cluster.ConnectionString("service"));
            await using var service = new ServiceAllocatePath("service", scene, serviceProvider);
            await using var http = await HttpAllocatePath.StartOnPostgreSqlAsync(cluster.ConnectionString("http"), directory, scene, ct);
            IAllocatePath[] paths = [raw, service, http];
            string[] names = ["raw", "service", "http"];
            var databases = new Dictionary<IAllocatePath, string> { [raw] = "raw", [service] = "service", [http] = "http" };
            var tallies = paths.ToDictionary(p => p, _ => new BenchAllocateVerb.Tally());
            var random = new Random(2026);
            int[] Products(int count) => Enumerable.Range(0, count).Select(_ => random.Next(scene.Skus.Length)).ToArray();

            var warmUp = Products(options.WarmUpOrders);
            foreach (var path in paths) await BenchAllocateVerb.RunOnceAsync(path, "warm", warmUp, maxClients, tallies[path], ct);
            var rates = paths.SelectMany(p => BenchAllocateOptions.Clients.Select(c => (p, c))).ToDictionary(x => x, _ => new List<double>());
            for (var run = 1; run <= options.Runs; run++)
            foreach (var clients in BenchAllocateOptions.Clients)
            {
                var products = Products(options.Orders);
                foreach (var path in paths.Skip(run % paths.Length).Concat(paths.Take(run % paths.Length)))
                {
                    var elapsed = await BenchAllocateVerb.RunOnceAsync(path, Invariant($"r{run}-c{clients}"), products, clients, tallies[path], ct);
                    rates[(path, clients)].Add(products.Length / elapsed.TotalSeconds);
                }

                output.WriteLine(Invariant($"  run {run}, {clients} client(s): ") + string.Join(", ", paths.Select((p, i) => Invariant($"{names[i]} {rates[(p, clients)][^1],8:N0}"))));
            }

            output.WriteLine();
            output.WriteLine(Invariant($"PostgreSQL: {options.Products:N0} products × {ScaleCatalogue.Locations.Length} locations; {options.Orders:N0} orders of 1 unit per run, median of {options.Runs}; {Environment.ProcessorCount} cores"));
            output.WriteLine("| what                               | clients |  orders/s | vs raw |");
            output.WriteLine("|------------------------------------|---------|-----------|--------|");
            var consistent = true;
            foreach (var clients in BenchAllocateOptions.Clients)
            foreach (var path in paths)
            {
                var median = Median(rates[(path, clients)]);
                output.WriteLine(Invariant($"| {path.Name,-34} | {clients,7} | {median,9:N0} | {median / Median(rates[(raw, clients)]),6:N2} |"));
            }

            foreach (var path in paths)
            {
                var (allocated, over, mismatches) = await cluster.CheckAsync(databases[path], path.WritesOrders, tallies[path].Attempts, tallies[path].Successes, ct);
                var stockLimit = path == raw ? scene.RoutedStock : scene.Stock;
                var oversold = over + Math.Max(0, tallies[path].Successes - stockLimit);
                var ok = oversold == 0 && allocated == tallies[path].Successes && mismatches == 0;
                consistent &= ok;
                output.WriteLine(Invariant($"{path.Name}: {tallies[path].Successes:N0} of {tallies[path].Attempts:N0} orders allocated, {allocated:N0} units allocated in the segments; oversold {oversold:N0}")
                    + (ok ? "" : Invariant($" INCONSISTENT ({mismatches} mismatches)")));
            }

            await serviceProvider.DisposeAsync();
            return consistent;
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            cluster.Stop(keepFolder: options.Keep);
        }
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>One conditional update per order, autocommit, on a connection of its own per client.</summary>
    private sealed class RawPath : IAllocatePath
    {
        private readonly List<(NpgsqlConnection Connection, NpgsqlCommand Update)> clients = [];
        private AllocateScene scene = null!;

        public string Name => "raw Npgsql UPDATE … RETURNING";

        public string DatabasePath => "raw";

        public bool WritesOrders => false;

        public static async Task<RawPath> OpenAsync(string connectionString, AllocateScene scene, int count, CancellationToken ct)
        {
            var path = new RawPath { scene = scene };
            for (var i = 0; i < count; i++)
            {
                var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(ct);
                var update = new NpgsqlCommand("""
                    UPDATE "Segments" SET "Allocated" = "Allocated" + 1
                    WHERE "ProductId" = @p AND "LocationId" = @l AND "SegmentKey" = @k AND "OnHand" - "Locked" - "Allocated" >= 1
                    RETURNING "Allocated"
                    """, connection);
                update.Parameters.AddWithValue("p", 0);
                update.Parameters.AddWithValue("l", scene.RoutedLocationId);
                update.Parameters.AddWithValue("k", scene.SegmentKey);
                await update.PrepareAsync(ct);
                path.clients.Add((connection, update));
            }

            return path;
        }

        public async Task<bool> PlaceAsync(int client, string externalId, int product, CancellationToken ct)
        {
            var (_, update) = clients[client];
            update.Parameters[0].Value = scene.ProductIds[product];
            return await update.ExecuteScalarAsync(ct) is int;
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var (connection, update) in clients)
            {
                await update.DisposeAsync();
                await connection.DisposeAsync();
            }
        }
    }

    /// <summary>The bench's throwaway cluster (durable: fsync and synchronous_commit stay on) and its oversell check.</summary>
    internal sealed class Cluster(ThrowawayPostgreSql server)
    {
        public int Port => server.Port;

        public string Directory => server.Directory;

        public string ConnectionString(string database) => server.ConnectionString(database, maxPoolSize: 200);

        public static Cluster Start(string prefix)
        {
            var cluster = new Cluster(ThrowawayPostgreSql.Start(prefix, durable: true, "shared_buffers=256MB"));
            cluster.ExecuteAsync("CREATE DATABASE arranged").GetAwaiter().GetResult();
            return cluster;
        }

        public Task ExecuteAsync(string sql, CancellationToken ct = default) => server.ExecuteAsync(sql, ct);

        public async Task<(long Allocated, long Over, long Mismatches)> CheckAsync(string database, bool writesOrders, long attempts, long successes, CancellationToken ct)
        {
            await using var connection = new NpgsqlConnection(ConnectionString(database));
            await connection.OpenAsync(ct);
            async Task<long> ScalarAsync(string sql)
            {
                await using var command = new NpgsqlCommand(sql, connection);
                return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
            }

            var allocated = await ScalarAsync("""SELECT COALESCE(SUM("Allocated"), 0) FROM "Segments" """);
            var over = await ScalarAsync("""SELECT COALESCE(SUM(GREATEST(0, "Allocated" - ("OnHand" - "Locked"))), 0) FROM "Segments" """);
            var mismatches = 0L;
            if (writesOrders)
            {
                mismatches += Math.Abs(await ScalarAsync("""SELECT COUNT(*) FROM "Orders" """) - attempts);
                mismatches += Math.Abs(await ScalarAsync("""SELECT COALESCE(SUM("Quantity"), 0) FROM "Allocations" """) - successes);
                mismatches += await ScalarAsync("""
                    SELECT COUNT(*) FROM "Records" r WHERE r."Allocated" <> (SELECT COALESCE(SUM(s."Allocated"), 0) FROM "Segments" s
                        WHERE s."ProductId" = r."ProductId" AND s."LocationId" = r."LocationId")
                    """);
            }

            return (allocated, over, mismatches);
        }

        public void Stop(bool keepFolder) => server.Stop(keepFolder: keepFolder);
    }
}
