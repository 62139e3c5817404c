using InventoryAdmin.Bench;
using InventoryAdmin.Domain.Store;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace InventoryAdmin.Tests.Support.PostgreSql;

/// <summary>
/// A throwaway PostgreSQL 15 cluster for the test run: initdb in a temp folder (as the postgres user when the tests run
/// as root), trust auth, a free port on 127.0.0.1, no fsync; started on first use, stopped (immediate) when the test
/// process exits. Each store gets its own database, copied from a template migrated once. The cluster itself is the app's
/// <see cref="ThrowawayPostgreSql"/>, which the PostgreSQL benches start too.
/// </summary>
public sealed class PostgreSqlCluster
{
    public const string BinDirectory = ThrowawayPostgreSql.BinDirectory;
    private const string TemplateDatabase = "inventory_template";

    private static readonly Lazy<PostgreSqlCluster> SharedCluster = new(Start);
    private readonly SemaphoreSlim creating = new(1, 1);
    private readonly ThrowawayPostgreSql server;
    private bool templateReady;

    private PostgreSqlCluster(ThrowawayPostgreSql server) => this.server = server;

    public static bool Available => ThrowawayPostgreSql.Available;

    public static PostgreSqlCluster Shared => SharedCluster.Value;

    public int Port => server.Port;

    public string ConnectionString(string database) => server.ConnectionString(database);

    /// <summary>A new, migrated inventory database (a copy of the template).</summary>
    public async Task<string> CreateInventoryDatabaseAsync()
    {
        var name = "inv_" + Guid.NewGuid().ToString("N");
        await creating.WaitAsync();
        try
        {
            if (!templateReady)
            {
                await ExecuteAsync($"CREATE DATABASE {TemplateDatabase}");
                await InventoryDatabase.MigrateAsync(Factory(ConnectionString(TemplateDatabase)));
                NpgsqlConnection.ClearAllPools();
                templateReady = true;
            }

            await ExecuteAsync($"CREATE DATABASE {name} TEMPLATE {TemplateDatabase}");
        }
        finally
        {
            creating.Release();
        }

        return name;
    }

    /// <summary>A database name not yet created, for the app to create and migrate itself.</summary>
    public static string NewDatabaseName() => "app_" + Guid.NewGuid().ToString("N");

    public async Task DropDatabaseAsync(string name)
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    public static IDbContextFactory<InventoryDbContext> Factory(string connectionString)
    {
        var options = new DbContextOptionsBuilder<InventoryDbContext>();
        options.Use(DatabaseProvider.PostgreSQL, connectionString);
        return new Domain.InventoryDbContextFactory(options.Options);
    }

    private Task ExecuteAsync(string sql) => server.ExecuteAsync(sql);

    private static PostgreSqlCluster Start()
    {
        var server = ThrowawayPostgreSql.Start("pg-tests-", durable: false);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop(immediate: true);
        return new PostgreSqlCluster(server);
    }
}
