using System.Data.Common;
using InventoryAdmin.Domain.Store;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace InventoryAdmin.Bench;

/// <summary>
/// Where the scale data goes: a SQLite file or a PostgreSQL database. The benches' own SQL (checks, counts) quotes its
/// identifiers and names its parameters <c>@x</c>, which both engines read alike.
/// </summary>
/// <param name="Description">The file's path, or the database's name and port, for messages.</param>
internal sealed record ScaleStore(DatabaseProvider Provider, string ConnectionString, string Description)
{
    public bool IsPostgreSql => Provider == DatabaseProvider.PostgreSQL;

    public static ScaleStore Sqlite(string path) => new(DatabaseProvider.Sqlite, $"Data Source={path}", path);

    public static ScaleStore PostgreSql(string connectionString) =>
        new(DatabaseProvider.PostgreSQL, connectionString, new NpgsqlConnectionStringBuilder(connectionString) is var b ? $"database {b.Database} on {b.Host}:{b.Port}" : "");

    public ServiceProvider Services() => ScaleData.Services(Provider, ConnectionString);

    public async Task<DbConnection> OpenAsync(CancellationToken ct = default)
    {
        DbConnection connection = IsPostgreSql ? new NpgsqlConnection(ConnectionString) : new SqliteConnection(ConnectionString);
        await connection.OpenAsync(ct);
        return connection;
    }

    /// <summary>Closes the pooled connections (SQLite: lets the file go).</summary>
    public void ClearPools()
    {
        if (IsPostgreSql) NpgsqlConnection.ClearAllPools();
        else SqliteConnection.ClearAllPools();
    }
}
