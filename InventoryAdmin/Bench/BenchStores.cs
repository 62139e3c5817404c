using Microsoft.Data.Sqlite;
using Npgsql;

namespace InventoryAdmin.Bench;

/// <summary>
/// The two stores of <c>bench grid</c> and <c>bench redistribute</c>: the one the services write ("service") and the raw
/// baseline's ("raw"). SQLite: two files in a temporary folder. <c>--db postgres</c>: two databases in a throwaway
/// PostgreSQL 15 cluster (durable: fsync and synchronous_commit on, as a server runs), stopped at the end.
/// </summary>
internal sealed class BenchStores : IAsyncDisposable
{
    private readonly BenchOptions options;
    private readonly TextWriter output;
    private readonly string? directory;
    private readonly ThrowawayPostgreSql? cluster;

    private BenchStores(BenchOptions options, TextWriter output, ScaleStore service, ScaleStore raw, string where, string? directory, ThrowawayPostgreSql? cluster)
    {
        (this.options, this.output, this.directory, this.cluster) = (options, output, directory, cluster);
        (Service, Raw, Where) = (service, raw, where);
    }

    public ScaleStore Service { get; }

    public ScaleStore Raw { get; }

    /// <summary>The folder, or the cluster's address.</summary>
    public string Where { get; }

    public string RawBaseline => cluster is null
        ? "Microsoft.Data.Sqlite upserts + ledger rows"
        : "Npgsql multi-row upserts (INSERT … SELECT FROM unnest … ON CONFLICT) + multi-row ledger inserts";

    public string RawBaselineShort => cluster is null ? "raw Microsoft.Data.Sqlite upsert" : "raw Npgsql multi-row upsert";

    public static async Task<BenchStores> CreateAsync(BenchOptions options, string bench, TextWriter output, CancellationToken ct)
    {
        if (!options.PostgreSql)
        {
            var directory = options.WorkDirectory ?? Path.Combine(Path.GetTempPath(), $"inventoryadmin-bench-{Guid.NewGuid():N}");
            Directory.CreateDirectory(directory);
            return new BenchStores(options, output, ScaleStore.Sqlite(Path.Combine(directory, "service.db")), ScaleStore.Sqlite(Path.Combine(directory, "raw.db")),
                directory, directory, null);
        }

        if (!ThrowawayPostgreSql.Available)
            throw new InvalidOperationException($"bench {bench} --db postgres needs PostgreSQL 15 ({ThrowawayPostgreSql.BinDirectory}); apt-get install postgresql.");
        var cluster = ThrowawayPostgreSql.Start($"inventoryadmin-bench-{bench}-pg-", durable: true, "shared_buffers=256MB");
        foreach (var name in new[] { "service", "raw" }) await cluster.ExecuteAsync($"CREATE DATABASE {name}", ct);
        return new BenchStores(options, output, ScaleStore.PostgreSql(cluster.ConnectionString("service")), ScaleStore.PostgreSql(cluster.ConnectionString("raw")),
            $"PostgreSQL 15 on 127.0.0.1:{cluster.Port} (fsync, synchronous_commit on), {cluster.Directory}", null, cluster);
    }

    public ValueTask DisposeAsync()
    {
        if (cluster is not null)
        {
            NpgsqlConnection.ClearAllPools();
            cluster.Stop(keepFolder: options.Keep);
            if (options.Keep) output.WriteLine($"kept the stopped cluster in {cluster.Directory}");
        }
        else
        {
            SqliteConnection.ClearAllPools();
            if (options.Keep) output.WriteLine($"kept {Service.Description} and {Raw.Description}");
            else Directory.Delete(directory!, recursive: true);
        }

        return ValueTask.CompletedTask;
    }
}
