using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace InventoryAdmin.Domain.Store;

/// <summary>Connections of the configured engine for the code that keeps its own (the order path), and contexts on them.</summary>
internal static class StoreConnections
{
    public static DatabaseProvider ProviderOf(IDbContextFactory<InventoryDbContext> dbFactory, out string connectionString)
    {
        using var db = dbFactory.CreateDbContext();
        connectionString = db.Database.GetConnectionString() ?? throw new InvalidOperationException("The store has no connection string.");
        return InventoryDatabase.ProviderOf(db.Database.ProviderName);
    }

    /// <remarks>
    /// PostgreSQL: the order path's statements are prepared on the server after their second use and stay prepared on
    /// the pooled connection (Npgsql's automatic preparation), unless the connection string says otherwise. Its
    /// connections come back to the pool without a reset (<c>No Reset On Close</c>): the order path sets no session
    /// state, and the reset's statements ran once per order read and once per order write.
    /// </remarks>
    public static DbConnection Create(DatabaseProvider provider, string connectionString) =>
        provider == DatabaseProvider.PostgreSQL ? new NpgsqlConnection(AutoPrepared(connectionString)) : new SqliteConnection(connectionString);

    private static string AutoPrepared(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare == 0) builder.MaxAutoPrepare = 32;
        builder.NoResetOnClose = true;
        return builder.ConnectionString;
    }

    /// <summary>Options for a context on an open connection (the caller's transaction is then named with UseTransaction).</summary>
    public static DbContextOptions<InventoryDbContext> Options(DbConnection connection)
    {
        var options = new DbContextOptionsBuilder<InventoryDbContext>();
        if (connection is NpgsqlConnection npgsql) options.UseNpgsql(npgsql).AddInterceptors(PostgreSQL.NulTextGuard.Instance);
        else options.UseSqlite(connection);
        return options.Options;
    }

    /// <summary>
    /// Starts a write transaction. SQLite: BEGIN IMMEDIATE, the write lock now, not at the first write (one writer).
    /// PostgreSQL: READ COMMITTED; quantities are guarded by <see cref="RecordLocks"/> and conditional updates.
    /// </summary>
    public static DbTransaction BeginWrite(DbConnection connection) =>
        connection is SqliteConnection sqlite ? sqlite.BeginTransaction(deferred: false) : connection.BeginTransaction();

    /// <summary>
    /// SQLite: the writer's connection leaves checkpoints to <see cref="WalCheckpoints"/>, and waits for the write lock
    /// inside SQLite (busy_timeout: it looks again after 1, 2, 5, 10… ms) instead of Microsoft.Data.Sqlite's retry, which
    /// looks again every 150 ms; a short write of the low-stock tracker then delays an order by milliseconds.
    /// </summary>
    public static async Task PrepareWriterAsync(DbConnection connection)
    {
        if (connection is not SqliteConnection) return;
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA wal_autocheckpoint = 10000; PRAGMA busy_timeout = 30000;";
        await pragma.ExecuteNonQueryAsync();
    }
}
