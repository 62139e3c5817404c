using Npgsql;

namespace InventoryAdmin.Tests.Support.PostgreSql;

/// <summary>
/// The database the app makes of an empty one at start (both migration sets, the roles), kept in the test cluster as a
/// template: each PostgreSQL app test gets a copy (CREATE DATABASE … TEMPLATE, a fraction of a second) instead of
/// migrating its own. Built once per test run by starting the real app on it.
/// </summary>
public static class PostgreSqlAppTemplate
{
    private const string Name = "app_template";
    private static readonly Lock Gate = new();
    private static bool ready;

    /// <summary>Creates <paramref name="database"/> as a copy of the template, building the template first if needed.</summary>
    public static void CopyTo(string database)
    {
        lock (Gate)
        {
            if (!ready)
            {
                using (var app = new InventoryAppFactory(postgreSqlDatabase: Name, fromPostgreSqlTemplate: false, keepDatabase: true))
                    _ = app.Services;
                NpgsqlConnection.ClearAllPools();
                Execute($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{Name}' AND pid <> pg_backend_pid()");
                ready = true;
            }

            Execute($"CREATE DATABASE {database} TEMPLATE {Name}");
        }
    }

    private static void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(PostgreSqlCluster.Shared.ConnectionString("postgres"));
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
