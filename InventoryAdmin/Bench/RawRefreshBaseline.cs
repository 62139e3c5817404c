using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace InventoryAdmin.Bench;

/// <summary>
/// The floor the stock service is measured against (PERFORMANCE.md, bulk refresh): the same stock rows and one
/// ledger row each, written with prepared <c>INSERT … ON CONFLICT DO UPDATE</c> on Microsoft.Data.Sqlite,
/// 5k rows per transaction, WAL, synchronous=NORMAL, into a fresh file with the same schema and catalogue.
/// No reads, no checks, no planning and no Records totals: only the writes.
/// </summary>
internal static class RawRefreshBaseline
{
    public const int RowsPerTransaction = 5_000;

    /// <returns>Stock rows written (each with its ledger row) and the time it took.</returns>
    public static async Task<(int Rows, TimeSpan Elapsed)> RunAsync(string sourcePath, string targetPath, CancellationToken ct = default)
    {
        var rows = await ReadStockRowsAsync(sourcePath, ct);

        await using var connection = new SqliteConnection($"Data Source={targetPath}");
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

    private static async Task<List<(int ProductId, int LocationId, string Key, int Quantity)>> ReadStockRowsAsync(string path, CancellationToken ct)
    {
        var rows = new List<(int, int, string, int)>();
        var keys = new Dictionary<string, string>();
        await using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly");
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT ProductId, LocationId, SegmentKey, Quantity FROM StockRows ORDER BY Id";
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var key = reader.GetString(2);
            rows.Add((reader.GetInt32(0), reader.GetInt32(1), keys.TryAdd(key, key) ? key : keys[key], reader.GetInt32(3)));
        }

        return rows;
    }
}
