using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace InventoryAdmin.Bench;

/// <summary>
/// The floor the stock service is measured against (PERFORMANCE.md, bulk refresh): the same stock rows and one
/// ledger row each, written with prepared <c>INSERT … ON CONFLICT DO UPDATE</c> on Microsoft.Data.Sqlite,
/// 5k rows per transaction, WAL, synchronous=NORMAL, into a fresh file with the same schema and catalogue.
/// No reads, no checks, no planning and no Records totals: only the writes. On PostgreSQL the same rows go as multi-row
/// statements on Npgsql: per transaction of 5k rows one <c>INSERT … SELECT FROM unnest(arrays) ON CONFLICT DO UPDATE</c>
/// for the stock rows and one <c>INSERT … SELECT FROM unnest(arrays)</c> for their ledger rows.
/// </summary>
internal static class RawRefreshBaseline
{
    public const int RowsPerTransaction = 5_000;

    /// <returns>Stock rows written (each with its ledger row) and the time it took.</returns>
    public static async Task<(int Rows, TimeSpan Elapsed)> RunAsync(ScaleStore source, ScaleStore target, CancellationToken ct = default)
    {
        var rows = await ReadStockRowsAsync(source, ct);
        return target.IsPostgreSql ? await WritePostgreSqlAsync(rows, target.ConnectionString, ct) : await WriteSqliteAsync(rows, target.ConnectionString, ct);
    }

    private static async Task<(int Rows, TimeSpan Elapsed)> WriteSqliteAsync(List<(int ProductId, int LocationId, string Key, int Quantity)> rows,
        string connectionString, CancellationToken ct)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(ct);
        await using (var pragmas = connection.CreateCommand())
        {
            pragmas.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;";
            await pragmas.ExecuteNonQueryAsync(ct);
        }

        await using var upsert = connection.CreateCommand();
        upsert.CommandText = """
            INSERT INTO StockRows (ProductId, LocationId, SegmentKey, StorageLocationId, Quantity, TraitsEnabled, TraitsDisabled, Locked)
            VALUES ($p, $l, $k, 0, $q, 0, 0, 0)
            ON CONFLICT (ProductId, LocationId, SegmentKey, StorageLocationId) DO UPDATE SET Quantity = excluded.Quantity
            """;
        var (p, l, k, q) = (upsert.Parameters.Add("$p", SqliteType.Integer), upsert.Parameters.Add("$l", SqliteType.Integer),
            upsert.Parameters.Add("$k", SqliteType.Text), upsert.Parameters.Add("$q", SqliteType.Integer));
        await using var ledger = connection.CreateCommand();
        ledger.CommandText = """
            INSERT INTO Movements (AtUtc, Actor, Source, Reason, ProductId, LocationId, SegmentKey, Before, Delta, After, Reference)
            VALUES ($at, 'scale-data', 'Seed', 'Scale data', $p, $l, $k, 0, $q, $q, NULL)
            """;
        var at = ledger.Parameters.Add("$at", SqliteType.Text);
        var (mp, ml, mk, mq) = (ledger.Parameters.Add("$p", SqliteType.Integer), ledger.Parameters.Add("$l", SqliteType.Integer),
            ledger.Parameters.Add("$k", SqliteType.Text), ledger.Parameters.Add("$q", SqliteType.Integer));

        var timer = Stopwatch.StartNew();
        foreach (var chunk in rows.Chunk(RowsPerTransaction))
        {
            await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
            upsert.Transaction = ledger.Transaction = tx;
            at.Value = DateTime.UtcNow;
            foreach (var row in chunk)
            {
                (p.Value, l.Value, k.Value, q.Value) = row;
                await upsert.ExecuteNonQueryAsync(ct);
                (mp.Value, ml.Value, mk.Value, mq.Value) = row;
                await ledger.ExecuteNonQueryAsync(ct);
            }

            await tx.CommitAsync(ct);
        }

        timer.Stop();
        return (rows.Count, timer.Elapsed);
    }

    private static async Task<(int Rows, TimeSpan Elapsed)> WritePostgreSqlAsync(List<(int ProductId, int LocationId, string Key, int Quantity)> rows,
        string connectionString, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var upsert = new NpgsqlCommand("""
            INSERT INTO "StockRows" ("ProductId", "LocationId", "SegmentKey", "StorageLocationId", "Quantity", "TraitsEnabled", "TraitsDisabled", "Locked")
            SELECT p, l, k, 0, q, 0, 0, FALSE FROM unnest(@p, @l, @k, @q) AS t(p, l, k, q)
            ON CONFLICT ("ProductId", "LocationId", "SegmentKey", "StorageLocationId") DO UPDATE SET "Quantity" = excluded."Quantity"
            """, connection);
        await using var ledger = new NpgsqlCommand("""
            INSERT INTO "Movements" ("AtUtc", "Actor", "Source", "Reason", "ProductId", "LocationId", "SegmentKey", "StorageLocationId",
                "Before", "Delta", "After", "LockedDelta", "AllocatedDelta", "Reference")
            SELECT @at, 'scale-data', 'Seed', 'Scale data', p, l, k, 0, 0, q, q, 0, 0, NULL FROM unnest(@p, @l, @k, @q) AS t(p, l, k, q)
            """, connection);
        NpgsqlParameter[] Arrays(NpgsqlCommand command) =>
        [
            command.Parameters.Add(new NpgsqlParameter("p", NpgsqlDbType.Array | NpgsqlDbType.Integer)),
            command.Parameters.Add(new NpgsqlParameter("l", NpgsqlDbType.Array | NpgsqlDbType.Integer)),
            command.Parameters.Add(new NpgsqlParameter("k", NpgsqlDbType.Array | NpgsqlDbType.Varchar)),
            command.Parameters.Add(new NpgsqlParameter("q", NpgsqlDbType.Array | NpgsqlDbType.Integer)),
        ];
        var upsertArrays = Arrays(upsert);
        var ledgerArrays = Arrays(ledger);
        var at = ledger.Parameters.Add(new NpgsqlParameter("at", NpgsqlDbType.TimestampTz));

        var timer = Stopwatch.StartNew();
        foreach (var chunk in rows.Chunk(RowsPerTransaction))
        {
            object[] values = [chunk.Select(r => r.ProductId).ToArray(), chunk.Select(r => r.LocationId).ToArray(),
                chunk.Select(r => r.Key).ToArray(), chunk.Select(r => r.Quantity).ToArray()];
            for (var i = 0; i < values.Length; i++) upsertArrays[i].Value = ledgerArrays[i].Value = values[i];
            at.Value = DateTime.UtcNow;
            await using var tx = await connection.BeginTransactionAsync(ct);
            upsert.Transaction = ledger.Transaction = tx;
            await upsert.ExecuteNonQueryAsync(ct);
            await ledger.ExecuteNonQueryAsync(ct);
            await tx.CommitAsync(ct);
        }

        timer.Stop();
        return (rows.Count, timer.Elapsed);
    }

    private static async Task<List<(int ProductId, int LocationId, string Key, int Quantity)>> ReadStockRowsAsync(ScaleStore source, CancellationToken ct)
    {
        var rows = new List<(int, int, string, int)>();
        var keys = new Dictionary<string, string>();
        await using var connection = await source.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT "ProductId", "LocationId", "SegmentKey", "Quantity" FROM "StockRows" ORDER BY "Id" """;
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var key = reader.GetString(2);
            rows.Add((reader.GetInt32(0), reader.GetInt32(1), keys.TryAdd(key, key) ? key : keys[key], reader.GetInt32(3)));
        }

        return rows;
    }
}
