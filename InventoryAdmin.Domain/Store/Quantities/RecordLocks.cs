using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace InventoryAdmin.Domain.Store;

/// <summary>
/// What makes quantity writes race-free on PostgreSQL's READ COMMITTED (SPEC §11): a transaction that changes the
/// stock rows, segments or figures of a record first locks the record's <c>Records</c> row (<c>SELECT … FOR UPDATE</c>),
/// all of them in one statement ordered by (ProductId, LocationId), as Saleor's allocate_stocks locks its stocks
/// ordered by key; a record that has no row yet gets one (zeros, as bundles' records start) so there is something
/// to lock. Every statement after the lock sees what the previous holder committed, so figures computed from reads
/// after it cannot be overwritten by another writer. An order is locked before its records (settle and return).
/// A change of every record (a new tag) takes the table in EXCLUSIVE mode, which waits for every row lock.
/// <para>SQLite has one writer (every write transaction begins IMMEDIATE), so there is nothing to lock there.</para>
/// </summary>
internal static class RecordLocks
{
    public static Task LockAsync(InventoryDbContext db, IEnumerable<(int ProductId, int LocationId)> keys, DateTime at, CancellationToken ct) =>
        db.Database.IsNpgsql() ? LockAsync(db.Database.GetDbConnection(), Transaction(db), keys, at, ct) : Task.CompletedTask;

    /// <summary>The same on a connection the caller holds (the order writer's).</summary>
    public static async Task LockAsync(DbConnection connection, DbTransaction? transaction, IEnumerable<(int ProductId, int LocationId)> keys, DateTime at,
        CancellationToken ct)
    {
        if (connection is not NpgsqlConnection npgsql) return;
        var sorted = keys.Distinct().Order().ToList();
        if (sorted.Count == 0) return;
        await using var command = new NpgsqlCommand("""
            INSERT INTO "Records" ("ProductId", "LocationId", "OnHand", "Locked", "Allocated", "Available", "PendingRedistribution", "UpdatedAtUtc")
            SELECT k.p, k.l, 0, 0, 0, 0, FALSE, @at FROM unnest(@ps, @ls) AS k(p, l) ORDER BY k.p, k.l
            ON CONFLICT ("ProductId", "LocationId") DO NOTHING;
            SELECT 1 FROM "Records" r JOIN unnest(@ps, @ls) AS k(p, l) ON r."ProductId" = k.p AND r."LocationId" = k.l
            ORDER BY r."ProductId", r."LocationId" FOR UPDATE OF r;
            """, npgsql, (NpgsqlTransaction?)transaction);
        command.Parameters.Add(new NpgsqlParameter("ps", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = sorted.Select(k => k.ProductId).ToArray() });
        command.Parameters.Add(new NpgsqlParameter("ls", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = sorted.Select(k => k.LocationId).ToArray() });
        command.Parameters.Add(new NpgsqlParameter("at", NpgsqlDbType.TimestampTz) { Value = DateTime.SpecifyKind(at, DateTimeKind.Utc) });
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Locks every record of a location (of one product there when given): a lock or trait change recomputes them.</summary>
    public static Task LockLocationAsync(InventoryDbContext db, int locationId, int? productId, CancellationToken ct) =>
        !db.Database.IsNpgsql() ? Task.CompletedTask
        : db.Database.ExecuteSqlRawAsync("""
            SELECT 1 FROM "Records" WHERE "LocationId" = {0} AND ({1} = 0 OR "ProductId" = {1}) ORDER BY "ProductId", "LocationId" FOR UPDATE
            """, [locationId, productId ?? 0], ct);

    /// <summary>Locks an order's row, so two settlements or returns of one order run one after the other.</summary>
    /// <returns>Whether it locked anything (PostgreSQL): the caller then reads the order again.</returns>
    public static async Task<bool> LockOrderAsync(InventoryDbContext db, long orderId, CancellationToken ct)
    {
        if (!db.Database.IsNpgsql()) return false;
        await db.Database.ExecuteSqlRawAsync("""SELECT 1 FROM "Orders" WHERE "Id" = {0} FOR UPDATE""", [orderId], ct);
        return true;
    }

    /// <summary>Waits for every record's writers and keeps new ones out until the commit (reads go on).</summary>
    public static Task LockAllAsync(InventoryDbContext db, CancellationToken ct) =>
        !db.Database.IsNpgsql() ? Task.CompletedTask : db.Database.ExecuteSqlRawAsync("""LOCK TABLE "Records" IN EXCLUSIVE MODE""", ct);

    /// <summary>Whether a failed transaction may simply run again: PostgreSQL chose it as a deadlock's victim, or could not serialize it.</summary>
    public static bool IsTransient(Exception e) => e is PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure };

    private static DbTransaction Transaction(InventoryDbContext db) =>
        db.Database.CurrentTransaction?.GetDbTransaction() ?? throw new InvalidOperationException("Records are locked inside a transaction.");
}
