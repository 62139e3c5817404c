using InventoryAdmin.Domain.Services;
using System.Data.Common;
using InventoryAdmin.Domain.Services.Stock;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace InventoryAdmin.Domain.Store;

/// <summary>
/// Reserves and releases units of one segment inside the caller's transaction. A reservation is one conditional
/// update of the segment's row (it only succeeds while On Hand − Locked − Allocated covers it), so two orders racing
/// for the last unit cannot both win, whether they run in one process, several, or against a server database.
/// Each change also updates the record's figures and writes a ledger movement (Delta 0, AllocatedDelta ±units).
/// </summary>
internal sealed class SegmentAllocator : IAsyncDisposable
{
    private readonly DbCommand reserve;
    private readonly DbCommand release;
    private readonly DbCommand record;
    private readonly DbCommand movement;
    private readonly DbCommand? reserveInOne;
    private readonly DbConnection connection;
    private readonly HashSet<(int ProductId, int LocationId)> locked = [];
    private DbTransaction? transaction;

    private SegmentAllocator(DbConnection connection, DbTransaction? transaction)
    {
        this.transaction = transaction;
        this.connection = connection;
        reserve = StockWriter.Command(connection, transaction, """
            UPDATE "Segments" SET "Allocated" = "Allocated" + @q
            WHERE "ProductId" = @p AND "LocationId" = @l AND "SegmentKey" = @k AND "OnHand" - "Locked" - "Allocated" >= @q
            RETURNING "OnHand"
            """, "@p", "@l", "@k", "@q");
        release = StockWriter.Command(connection, transaction, """
            UPDATE "Segments" SET "Allocated" = "Allocated" - @q
            WHERE "ProductId" = @p AND "LocationId" = @l AND "SegmentKey" = @k AND "Allocated" >= @q
            RETURNING "OnHand"
            """, "@p", "@l", "@k", "@q");
        // Available is the sum over segments of max(0, On Hand − Locked − Allocated): recomputed from the segments, which
        // no other transaction changes meanwhile (the record is locked, RecordLocks; SQLite has one writer).
        record = StockWriter.Command(connection, transaction, """
            UPDATE "Records" SET "Allocated" = x."Allocated", "Available" = x."Available", "UpdatedAtUtc" = @at
            FROM (SELECT SUM("Allocated") AS "Allocated",
                    SUM(CASE WHEN "OnHand" - "Locked" - "Allocated" > 0 THEN "OnHand" - "Locked" - "Allocated" ELSE 0 END) AS "Available"
                  FROM "Segments" WHERE "ProductId" = @p AND "LocationId" = @l) x
            WHERE "Records"."ProductId" = @p AND "Records"."LocationId" = @l
            """, "@p", "@l", "@at");
        movement = StockWriter.Command(connection, transaction, LedgerInsert.Values(new LedgerRow(
            AtUtc: "@at", Actor: "@actor", Source: "@source", Reason: "@reason", ProductId: "@p", LocationId: "@l", SegmentKey: "@k", StorageLocationId: "0",
            Before: "@onHand", Delta: "0", After: "@onHand", LockedDelta: "0", AllocatedDelta: "@delta", Reference: "@ref")), "@at", "@actor", "@source", "@reason", "@p", "@l", "@k", "@onHand", "@delta", "@ref");
        // PostgreSQL: the reservation, the record's figures and the movement in one statement (one round trip). The
        // record's sums are taken over its segments as they were before this statement plus this reservation.
        if (connection is Npgsql.NpgsqlConnection)
            reserveInOne = StockWriter.Command(connection, transaction, """
                WITH s AS (
                    UPDATE "Segments" SET "Allocated" = "Allocated" + @q
                    WHERE "ProductId" = @p AND "LocationId" = @l AND "SegmentKey" = @k AND "OnHand" - "Locked" - "Allocated" >= @q
                    RETURNING "OnHand"),
                r AS (
                    UPDATE "Records" SET "Allocated" = x."Allocated", "Available" = x."Available", "UpdatedAtUtc" = @at
                    FROM (SELECT SUM("Allocated" + CASE WHEN "SegmentKey" = @k THEN @q ELSE 0 END) AS "Allocated",
                            SUM(GREATEST(0, "OnHand" - "Locked" - "Allocated" - CASE WHEN "SegmentKey" = @k THEN @q ELSE 0 END)) AS "Available"
                          FROM "Segments" WHERE "ProductId" = @p AND "LocationId" = @l) x
                    WHERE "Records"."ProductId" = @p AND "Records"."LocationId" = @l AND EXISTS (SELECT 1 FROM s)),
                m AS (
                """ + LedgerInsert.Select((new LedgerRow(AtUtc: "@at", Actor: "@actor", Source: "@source", Reason: "@reason", ProductId: "@p", LocationId: "@l",
                    SegmentKey: "@k", StorageLocationId: "0", Before: "s.\"OnHand\"", Delta: "0", After: "s.\"OnHand\"", LockedDelta: "0", AllocatedDelta: "@q",
                    Reference: "@ref"), "FROM s")) + """
                )
                SELECT "OnHand" FROM s
                """, "@p", "@l", "@k", "@q", "@at", "@actor", "@source", "@reason", "@ref");
    }

    /// <summary>An allocator on <paramref name="connection"/> (and <paramref name="transaction"/>, or the one <see cref="Use"/> names); part of <see cref="QuantityWriter"/>.</summary>
    public static SegmentAllocator On(DbConnection connection, DbTransaction? transaction = null) => new(connection, transaction);

    public void Use(DbTransaction transaction)
    {
        this.transaction = transaction;
        locked.Clear();
        foreach (var command in new[] { reserve, release, record, movement, reserveInOne }) command?.Transaction = transaction;
    }

    /// <summary>
    /// Locks the records (in key order) before their segments are reserved or released: on PostgreSQL no other
    /// transaction changes their figures until this one ends (<see cref="RecordLocks"/>). Records this transaction has
    /// locked already are skipped.
    /// </summary>
    public async Task LockAsync(IEnumerable<(int ProductId, int LocationId)> keys, DateTime at, CancellationToken ct)
    {
        var missing = keys.Where(k => !locked.Contains(k)).Distinct().ToList();
        if (missing.Count == 0) return;
        await RecordLocks.LockAsync(connection, Transaction, missing, at, ct);
        locked.UnionWith(missing);
    }

    private DbTransaction Transaction => transaction ?? throw new InvalidOperationException("Allocations are written inside a transaction.");

    /// <summary>Reserves the units if the segment has them free; false (and nothing changed) when it does not.</summary>
    public async Task<bool> TryReserveAsync(int productId, int locationId, string key, int units, Actor actor, string reason, string reference,
        DateTime at, CancellationToken ct)
    {
        await LockAsync([(productId, locationId)], at, ct);
        if (reserveInOne is not { } one) return await ChangeAsync(reserve, productId, locationId, key, units, units, actor, reason, reference, at, ct);
        foreach (var (name, value) in new (string, object)[]
                 {
                     ("@p", productId), ("@l", locationId), ("@k", key), ("@q", units), ("@at", at), ("@actor", actor.Name),
                     ("@source", actor.Source.ToString()), ("@reason", reason), ("@ref", reference),
                 })
            one.Parameters[name].Value = value;
        return await one.ExecuteScalarAsync(ct) is not (null or DBNull);
    }

    /// <summary>
    /// Reserves every part or none (a bundle built from components): each part is its own conditional update, and when
    /// one is refused a savepoint undoes the parts already reserved, ledger movements included, inside the caller's transaction.
    /// </summary>
    public async Task<bool> TryReserveAllAsync(IReadOnlyList<(int ProductId, int LocationId, string Key, int Units)> parts, Actor actor, string reason,
        string reference, DateTime at, CancellationToken ct)
    {
        const string savepoint = "components";
        var transaction = Transaction;
        await LockAsync(parts.Select(p => (p.ProductId, p.LocationId)), at, ct);
        await transaction.SaveAsync(savepoint, ct);
        foreach (var (productId, locationId, key, units) in parts)
        {
            if (await TryReserveAsync(productId, locationId, key, units, actor, reason, reference, at, ct)) continue;
            await transaction.RollbackAsync(savepoint, ct);
            await transaction.ReleaseAsync(savepoint, ct);
            return false;
        }

        await transaction.ReleaseAsync(savepoint, ct);
        return true;
    }

    /// <summary>Releases reserved units (fulfilled or cancelled).</summary>
    public async Task ReleaseAsync(int productId, int locationId, string key, int units, Actor actor, string reason, string reference, DateTime at,
        CancellationToken ct)
    {
        await LockAsync([(productId, locationId)], at, ct);
        if (!await ChangeAsync(release, productId, locationId, key, units, -units, actor, reason, reference, at, ct))
            throw new InvalidOperationException($"Segment {productId}/{locationId}/{key} has fewer than {units} units allocated.");
    }

    private async Task<bool> ChangeAsync(DbCommand update, int productId, int locationId, string key, int units, int delta, Actor actor, string reason,
        string reference, DateTime at, CancellationToken ct)
    {
        update.Parameters["@p"].Value = productId;
        update.Parameters["@l"].Value = locationId;
        update.Parameters["@k"].Value = key;
        update.Parameters["@q"].Value = units;
        if (await update.ExecuteScalarAsync(ct) is not { } onHand || onHand is DBNull) return false;

        record.Parameters["@p"].Value = productId;
        record.Parameters["@l"].Value = locationId;
        record.Parameters["@at"].Value = at;
        await record.ExecuteNonQueryAsync(ct);

        movement.Parameters["@at"].Value = at;
        movement.Parameters["@actor"].Value = actor.Name;
        movement.Parameters["@source"].Value = actor.Source.ToString();
        movement.Parameters["@reason"].Value = reason;
        movement.Parameters["@p"].Value = productId;
        movement.Parameters["@l"].Value = locationId;
        movement.Parameters["@k"].Value = key;
        movement.Parameters["@onHand"].Value = onHand;
        movement.Parameters["@delta"].Value = delta;
        movement.Parameters["@ref"].Value = reference;
        await movement.ExecuteNonQueryAsync(ct);
        return true;
    }

    public async ValueTask DisposeAsync()
    {
        await reserve.DisposeAsync();
        await release.DisposeAsync();
        await record.DisposeAsync();
        await movement.DisposeAsync();
        if (reserveInOne is not null) await reserveInOne.DisposeAsync();
    }
}
