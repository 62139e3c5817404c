using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using InventoryAdmin.Domain.Store;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace InventoryAdmin.Tests.Support.PostgreSql;

/// <summary>
/// A throwaway PostgreSQL 15 cluster for the test run: initdb in a temp folder (as the postgres user when the tests run
/// as root), trust auth, a free port on 127.0.0.1, no fsync; started on first use, stopped (immediate) when the test
/// process exits. Each store gets its own database, copied from a template migrated once.
/// </summary>
public sealed class PostgreSqlCluster
{
    public const string BinDirectory = "/usr/lib/postgresql/15/bin";
    private const string TemplateDatabase = "inventory_template";

    private static readonly Lazy<PostgreSqlCluster> SharedCluster = new(Start);
    private readonly SemaphoreSlim creating = new(1, 1);
    private readonly string dataDirectory;
    private bool templateReady;

    private PostgreSqlCluster(string dataDirectory, int port)
    {
        this.dataDirectory = dataDirectory;
        Port = port;
    }

    public static bool Available => File.Exists(Path.Combine(BinDirectory, "initdb"));

    public static PostgreSqlCluster Shared => SharedCluster.Value;

    public int Port { get; }

    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = "postgres", Database = database, Pooling = true }.ToString();

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

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static PostgreSqlCluster Start()
    {
        if (!Available) throw new InvalidOperationException($"PostgreSQL 15 is not installed ({BinDirectory} is missing): apt-get install postgresql.");
        var directory = Directory.CreateTempSubdirectory("pg-tests-").FullName;
        var data = Path.Combine(directory, "data");
        Directory.CreateDirectory(data);
        var asRoot = Environment.UserName == "root";
        if (asRoot) Run("chown", "-R", "postgres", directory);
        var port = FreePort();
        Pg(asRoot, "initdb", "-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync");
        Pg(asRoot, "pg_ctl", "-D", data, "-l", Path.Combine(directory, "log"), "-w", "start", "-o",
            $"-p {port} -k {directory} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300");
        var cluster = new PostgreSqlCluster(data, port);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Stop(asRoot, directory);
        return cluster;
    }

    private void Stop(bool asRoot, string directory)
    {
        try
        {
            Pg(asRoot, "pg_ctl", "-D", dataDirectory, "-m", "immediate", "stop");
            Directory.Delete(directory, recursive: true);
        }
        catch (InvalidOperationException)
        {
            // The process is going away; a cluster that would not stop leaves only a temp folder behind.
        }
    }

    private static void Pg(bool asRoot, string tool, params string[] args) =>
        Run(asRoot ? "runuser" : Path.Combine(BinDirectory, tool), asRoot ? ["-u", "postgres", "--", Path.Combine(BinDirectory, tool), .. args] : args);

    private static void Run(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} exited with {process.ExitCode}: {error}{output.Result}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
