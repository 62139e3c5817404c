using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace InventoryAdmin.Bench;

/// <summary>
/// A throwaway PostgreSQL 15 cluster, for the PostgreSQL benches and the tests' PostgreSqlCluster: initdb in a folder of
/// its own (as the postgres user when the process runs as root), trust auth, a free port on 127.0.0.1, the socket in that
/// folder. <see cref="Durable"/> keeps fsync and synchronous_commit on as a server runs (benches); otherwise they are off
/// (tests). <see cref="Stop"/> stops it and deletes the folder.
/// </summary>
internal sealed class ThrowawayPostgreSql
{
    public const string BinDirectory = "/usr/lib/postgresql/15/bin";

    private readonly bool asRoot;

    private ThrowawayPostgreSql(string directory, int port, bool asRoot)
    {
        Directory = directory;
        Port = port;
        this.asRoot = asRoot;
    }

    public static bool Available => File.Exists(Path.Combine(BinDirectory, "initdb"));

    /// <summary>The cluster's folder (data/ and log inside).</summary>
    public string Directory { get; }

    public int Port { get; }

    /// <summary>Starts a cluster in a new temporary folder whose name starts with <paramref name="prefix"/>.</summary>
    /// <param name="durable">fsync, synchronous_commit and full_page_writes on (a server's settings); off for tests.</param>
    /// <param name="settings">More <c>-c name=value</c> server settings.</param>
    public static ThrowawayPostgreSql Start(string prefix, bool durable, params string[] settings)
    {
        if (!Available) throw new InvalidOperationException($"PostgreSQL 15 is not installed ({BinDirectory} is missing): apt-get install postgresql.");
        var directory = System.IO.Directory.CreateTempSubdirectory(prefix).FullName;
        var data = Path.Combine(directory, "data");
        System.IO.Directory.CreateDirectory(data);
        var asRoot = Environment.UserName == "root";
        if (asRoot) Run("chown", "-R", "postgres", directory);
        var port = FreePort();
        Pg(asRoot, "initdb", ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", .. durable ? Array.Empty<string>() : ["--no-sync"]]);
        var options = $"-p {port} -k {directory} -c listen_addresses=127.0.0.1 -c max_connections=300"
            + (durable ? "" : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off")
            + string.Concat(settings.Select(s => $" -c {s}"));
        Pg(asRoot, "pg_ctl", "-D", data, "-l", Path.Combine(directory, "log"), "-w", "start", "-o", options);
        return new ThrowawayPostgreSql(directory, port, asRoot);
    }

    public string ConnectionString(string database, int maxPoolSize = 100) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = "postgres", Database = database, MaxPoolSize = maxPoolSize }.ToString();

    /// <summary>Runs one statement on the maintenance database (CREATE/DROP DATABASE).</summary>
    public async Task ExecuteAsync(string sql, CancellationToken ct = default)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Stops the cluster (fast: sessions rolled back; immediate: no shutdown checkpoint) and deletes its folder unless kept.</summary>
    public void Stop(bool immediate = false, bool keepFolder = false)
    {
        try
        {
            Pg(asRoot, "pg_ctl", "-D", Path.Combine(Directory, "data"), "-m", immediate ? "immediate" : "fast", "stop");
            if (!keepFolder) System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            // A cluster that would not stop (or a folder that would not go) leaves only a temp folder behind.
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
