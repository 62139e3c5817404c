using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace InventoryAdmin.Domain.Store;

/// <summary>
/// What a batch was planned on, so it can be planned before the write lock and checked under it (issue 18): the plan
/// reads one consistent snapshot (<see cref="BeginSnapshotAsync"/>: SQLite a deferred read transaction, which never
/// takes the write lock; PostgreSQL REPEATABLE READ), and notes per record what tells a later change of it. In the write
/// transaction, once the records are locked, <see cref="ChangedAsync"/> names the records some other transaction changed
/// since that snapshot; only those are planned again.
/// <list type="bullet">
/// <item>Quantities (rows, segments, Allocated, Locked). SQLite has one writer and every such change writes the ledger,
/// whose ids grow in commit order: the records with a movement after the snapshot's last one changed. PostgreSQL: every
/// such change updates the record's <c>Records</c> row (every writer locks it first, <see cref="RecordLocks"/>), so its
/// row version (the system column <c>xmin</c>) differs from the snapshot's.</item>
/// <item>What changes no quantity and writes no movement: a stock row's own traits (rows without traits of their own
/// are compared as a set) and the pending-redistribution flag, compared on both engines.</item>
/// </list>
/// The catalogue (tags), the storage locations' traits and the locations' locks are compared whole by the caller: when
/// one changed the batch is planned again entirely under the lock.
/// </summary>
internal sealed class PlanBasis
{
    private long ledgerMark;
    private readonly Dictionary<(int, int), long> versions = new();
    private HashSet<(int, int, string, int, int, int)> ownTraits = [];
    private HashSet<(int, int)> pending = [];

    /// <summary>Starts the plan's read-only snapshot on <paramref name="db"/>; ends (rolled back) when disposed.</summary>
    public static async Task<IAsyncDisposable> BeginSnapshotAsync(InventoryDbContext db, CancellationToken ct)
    {
        if (db.Database.IsNpgsql()) return await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        await db.Database.OpenConnectionAsync(ct);
        // Deferred: a read transaction, whose snapshot starts at its first read and holds no lock a writer waits for (WAL).
        var transaction = ((SqliteConnection)db.Database.GetDbConnection()).BeginTransaction(deferred: true);
        await db.Database.UseTransactionAsync(transaction, ct);
        return new SqliteSnapshot(db, transaction);
    }

    private sealed class SqliteSnapshot(InventoryDbContext db, SqliteTransaction transaction) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await db.Database.UseTransactionAsync(null);
            await transaction.DisposeAsync();
        }
    }

    /// <summary>Reads, inside the snapshot, what tells a later change of <paramref name="keys"/>.</summary>
    public static async Task<PlanBasis> ReadAsync(InventoryDbContext db, IReadOnlyList<(int ProductId, int LocationId)> keys, CancellationToken ct)
    {
        var basis = new PlanBasis();
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        if (connection is NpgsqlConnection npgsql)
        {
            await using var command = Keyed(npgsql, (NpgsqlTransaction?)transaction, """
                SELECT r."ProductId", r."LocationId", r.xmin::text::bigint FROM "Records" r
                JOIN unnest(@ps, @ls) AS k(p, l) ON r."ProductId" = k.p AND r."LocationId" = k.l
                """, keys);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) basis.versions[(reader.GetInt32(0), reader.GetInt32(1))] = reader.GetInt64(2);
        }
        else
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """SELECT COALESCE(MAX("Id"), 0) FROM "Movements" """;
            basis.ledgerMark = Convert.ToInt64(await command.ExecuteScalarAsync(ct));
        }

        (basis.ownTraits, basis.pending) = await UnversionedAsync(db, keys, ct);
        return basis;
    }

    /// <summary>Inside the write transaction, after the records are locked: those of <paramref name="keys"/> changed since the snapshot.</summary>
    public async Task<HashSet<(int ProductId, int LocationId)>> ChangedAsync(InventoryDbContext db, IReadOnlyList<(int ProductId, int LocationId)> keys,
        CancellationToken ct)
    {
        var inBatch = keys.ToHashSet();
        var changed = new HashSet<(int, int)>();
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        if (connection is NpgsqlConnection npgsql)
        {
            var now = new Dictionary<(int, int), long>();
            await using var command = Keyed(npgsql, (NpgsqlTransaction?)transaction, """
                SELECT r."ProductId", r."LocationId", r.xmin::text::bigint FROM "Records" r
                JOIN unnest(@ps, @ls) AS k(p, l) ON r."ProductId" = k.p AND r."LocationId" = k.l
                """, keys);
            await using (var reader = await command.ExecuteReaderAsync(ct))
                while (await reader.ReadAsync(ct)) now[(reader.GetInt32(0), reader.GetInt32(1))] = reader.GetInt64(2);
            // A record the snapshot did not have is planned again (it was created since, by another writer or by this lock).
            foreach (var key in keys)
                if (!versions.TryGetValue(key, out var before) || !now.TryGetValue(key, out var after) || before != after) changed.Add(key);
        }
        else
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """SELECT DISTINCT "ProductId", "LocationId" FROM "Movements" WHERE "Id" > @mark""";
            var mark = command.CreateParameter();
            mark.ParameterName = "@mark";
            mark.Value = ledgerMark;
            command.Parameters.Add(mark);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
                if (inBatch.Contains((reader.GetInt32(0), reader.GetInt32(1)))) changed.Add((reader.GetInt32(0), reader.GetInt32(1)));
        }

        var (traitsNow, pendingNow) = await UnversionedAsync(db, keys, ct);
        foreach (var row in traitsNow.Except(ownTraits).Concat(ownTraits.Except(traitsNow))) changed.Add((row.Item1, row.Item2));
        foreach (var key in pendingNow.Except(pending).Concat(pending.Except(pendingNow))) changed.Add(key);
        changed.IntersectWith(inBatch);
        return changed;
    }

    /// <summary>The stock rows with traits of their own, and the records pending a redistribution, of the records' locations (few of either).</summary>
    private static async Task<(HashSet<(int, int, string, int, int, int)> OwnTraits, HashSet<(int, int)> Pending)> UnversionedAsync(InventoryDbContext db,
        IReadOnlyList<(int ProductId, int LocationId)> keys, CancellationToken ct)
    {
        var inBatch = keys.ToHashSet();
        var locationIds = keys.Select(k => k.LocationId).Distinct().ToList();
        var rows = await db.StockRows.AsNoTracking()
            .Where(s => locationIds.Contains(s.LocationId) && (s.TraitsEnabled != 0 || s.TraitsDisabled != 0))
            .Select(s => new { s.ProductId, s.LocationId, s.SegmentKey, s.StorageLocationId, s.TraitsEnabled, s.TraitsDisabled }).ToListAsync(ct);
        var pending = await db.Records.AsNoTracking().Where(r => locationIds.Contains(r.LocationId) && r.PendingRedistribution)
            .Select(r => new { r.ProductId, r.LocationId }).ToListAsync(ct);
        return (rows.Where(r => inBatch.Contains((r.ProductId, r.LocationId)))
                .Select(r => (r.ProductId, r.LocationId, r.SegmentKey, r.StorageLocationId, (int)r.TraitsEnabled, (int)r.TraitsDisabled)).ToHashSet(),
            pending.Select(r => (r.ProductId, r.LocationId)).Where(inBatch.Contains).ToHashSet());
    }

    private static NpgsqlCommand Keyed(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, IReadOnlyList<(int ProductId, int LocationId)> keys)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter("ps", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = keys.Select(k => k.ProductId).ToArray() });
        command.Parameters.Add(new NpgsqlParameter("ls", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = keys.Select(k => k.LocationId).ToArray() });
        return command;
    }
}
