using System.Data.Common;
using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Domain.Services.Orders;
using InventoryAdmin.Domain.Services.Stock;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace InventoryAdmin.Domain.Store;

/// <summary>
/// The one writer of quantities and of the ledger (SPEC §11): every change of stock rows', segments' and records'
/// figures and every <c>Movements</c> row goes through here, inside the caller's write transaction, after the records
/// are locked (<see cref="RecordLocks"/>). It gathers what it changed (the change set) and publishes it once the
/// transaction has committed (<see cref="CommitAsync"/>, or <see cref="Publish"/> for the order writer's shared commit).
/// The statements are its parts': <see cref="StockWriter"/> (planned row changes), <see cref="SegmentAllocator"/>
/// (reservations), <see cref="LockedRecompute"/> (locks and traits), and the ledger-only rows below.
/// </summary>
internal sealed class QuantityWriter : IAsyncDisposable
{
    private readonly InventoryDbContext? db;
    private readonly DbConnection connection;
    private readonly SegmentAllocator allocations;
    private DbTransaction? transaction;
    private bool touched;
    private string? subject;
    private bool severalSubjects;

    private QuantityWriter(InventoryDbContext? db, DbConnection connection, DbTransaction? transaction)
    {
        this.db = db;
        this.connection = connection;
        this.transaction = transaction;
        allocations = SegmentAllocator.On(connection, transaction);
    }

    /// <summary>How many times a quantity write runs at most when PostgreSQL aborts it as a deadlock's victim or for a serialization failure.</summary>
    public const int Attempts = 5;

    /// <summary>
    /// Runs one quantity-writing use case, whole (its context, transaction, reads, writes and commit), again when
    /// PostgreSQL aborted it as a deadlock's victim (40P01) or could not serialize it (40001): its transaction was rolled
    /// back, so it changed nothing and may simply run again, up to <see cref="Attempts"/> times. Every quantity write
    /// outside the order path goes through here (the order path retries in its store, PostgreSqlOrderStore); SQLite's
    /// single writer never raises either, so there it runs once.
    /// </summary>
    public static async Task<T> RetryAsync<T>(Func<Task<T>> write, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await write();
            }
            catch (Exception e) when (attempt < Attempts && RecordLocks.IsTransient(e))
            {
                ct.ThrowIfCancellationRequested();
                await Task.Delay(TimeSpan.FromMilliseconds(10 * attempt), ct);
            }
        }
    }

    /// <summary>A writer in the context's current transaction.</summary>
    public static QuantityWriter For(InventoryDbContext db) =>
        new(db, db.Database.GetDbConnection(), db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Quantities are written inside a transaction."));

    /// <summary>A writer kept on <paramref name="connection"/> across transactions (the order writer's): <see cref="Use"/> names each one.</summary>
    public static QuantityWriter On(DbConnection connection) => new(null, connection, null);

    public void Use(DbTransaction next)
    {
        transaction = next;
        allocations.Use(next);
    }

    /// <summary>The change set: what the transaction changed so far, for open pages (published after the commit).</summary>
    public IReadOnlyList<InventoryChange> Changes => touched ? [new InventoryChange(InventoryChangeArea.Stock, severalSubjects ? null : subject)] : [];

    /// <summary>Names the product the changes are about (one product: its page reloads, others need not); several or none: all of them.</summary>
    public void About(string? sku)
    {
        if (sku is null || (subject is not null && subject != sku)) severalSubjects = true;
        else subject = sku;
    }

    /// <summary>Something open pages show changed without a quantity changing (an order that reserved nothing, a storage location).</summary>
    public void Changed() => touched = true;

    private void Touched() => touched = true;

    /// <summary>Locks records in key order before their figures change (those this writer locked already are skipped).</summary>
    public Task LockAsync(IEnumerable<(int ProductId, int LocationId)> keys, DateTime at, CancellationToken ct) => allocations.LockAsync(keys, at, ct);

    /// <summary>Planned stock row changes with their movements, the segments' figures and the records' totals.</summary>
    public async Task<int> WriteRowsAsync(IReadOnlyList<RowChange> rows, IEnumerable<RecordState> records, Actor actor, DateTime at, CancellationToken ct)
    {
        Touched();
        return await StockWriter.WriteAsync(connection, Transaction, rows, records, actor, at, ct);
    }

    /// <summary>Reserves units of a segment if it has them free (a conditional update); false, and nothing changed, when not.</summary>
    public async Task<bool> TryReserveAsync(int productId, int locationId, string key, int units, Actor actor, string reason, string reference, DateTime at,
        CancellationToken ct)
    {
        var reserved = await allocations.TryReserveAsync(productId, locationId, key, units, actor, reason, reference, at, ct);
        if (reserved) Touched();
        return reserved;
    }

    /// <summary>Reserves every part or none (a bundle built from components).</summary>
    public async Task<bool> TryReserveAllAsync(IReadOnlyList<(int ProductId, int LocationId, string Key, int Units)> parts, Actor actor, string reason,
        string reference, DateTime at, CancellationToken ct)
    {
        var reserved = await allocations.TryReserveAllAsync(parts, actor, reason, reference, at, ct);
        if (reserved) Touched();
        return reserved;
    }

    /// <summary>Releases reserved units (fulfilled or cancelled).</summary>
    public async Task ReleaseAsync(int productId, int locationId, string key, int units, Actor actor, string reason, string reference, DateTime at,
        CancellationToken ct)
    {
        Touched();
        await allocations.ReleaseAsync(productId, locationId, key, units, actor, reason, reference, at, ct);
    }

    /// <summary>Locks the records a lock or trait change will recompute; call before changing the rows' configuration.</summary>
    public Task LockForRecomputeAsync(LockedRecompute.Scope scope, CancellationToken ct) => RecordLocks.LockLocationAsync(Db, scope.LocationId, scope.ProductId, ct);

    /// <summary>After a lock or trait change: which rows are locked now, their movements, the segments' and records' figures.</summary>
    public async Task<int> RecomputeLockedAsync(LockedRecompute.Scope scope, Actor actor, string reason, DateTime at, CancellationToken ct)
    {
        Touched();
        return await LockedRecompute.ApplyAsync(Db, scope, actor, reason, at, ct);
    }

    /// <summary>A return that is not restocked changes no stock, but the ledger records it.</summary>
    public async Task RecordNotRestockedAsync(int productId, int locationId, string segmentKey, Actor actor, string reason, string reference, DateTime at,
        CancellationToken ct)
    {
        Touched();
        var onHand = await Db.Segments.Where(s => s.ProductId == productId && s.LocationId == locationId && s.SegmentKey == segmentKey)
            .Select(s => (int?)s.OnHand).FirstOrDefaultAsync(ct) ?? 0;
        await Db.Database.ExecuteSqlRawAsync(LedgerInsert.Values(Who with
            {
                ProductId = "{4}", LocationId = "{5}", SegmentKey = "{6}", StorageLocationId = "0", Before = "{7}", After = "{7}", Reference = "{8}",
            }), [at, actor.Name, actor.Source.ToString(), reason, productId, locationId, segmentKey, onHand, reference], ct);
    }

    /// <summary>
    /// Stock that predates a tag belongs to its default value: every key of rows, segments, allocations and order items
    /// gains <paramref name="valueId"/> (new tags sort last, so appending keeps key order); the ledger records the move
    /// of stock and of reservations, out of the old key and into the new. Every record is locked for it.
    /// </summary>
    public async Task AppendToEveryKeyAsync(int valueId, Actor actor, string reason, DateTime at, CancellationToken ct)
    {
        Touched();
        var db = Db;
        await RecordLocks.LockAllAsync(db, ct);
        var suffix = valueId + "|";
        object[] args = [at, actor.Name, actor.Source.ToString(), reason, suffix];
        var stock = Who with { StorageLocationId = "\"StorageLocationId\"" };
        await db.Database.ExecuteSqlRawAsync(LedgerInsert.Select(
            (stock with { Before = "\"Quantity\"", Delta = "-\"Quantity\"", LockedDelta = "CASE WHEN \"Locked\" THEN -\"Quantity\" ELSE 0 END" },
                """FROM "StockRows" WHERE "Quantity" > 0"""),
            (stock with { SegmentKey = "\"SegmentKey\" || {4}", Delta = "\"Quantity\"", After = "\"Quantity\"", LockedDelta = "CASE WHEN \"Locked\" THEN \"Quantity\" ELSE 0 END" },
                """FROM "StockRows" WHERE "Quantity" > 0""")), args, ct);
        await db.Database.ExecuteSqlRawAsync(LedgerInsert.Select(
            (Who with { AllocatedDelta = "-\"Allocated\"" }, """FROM "Segments" WHERE "Allocated" <> 0"""),
            (Who with { SegmentKey = "\"SegmentKey\" || {4}", AllocatedDelta = "\"Allocated\"" }, """FROM "Segments" WHERE "Allocated" <> 0""")), args, ct);
        await db.StockRows.ExecuteUpdateAsync(s => s.SetProperty(r => r.SegmentKey, r => r.SegmentKey + suffix), ct);
        await db.Segments.ExecuteUpdateAsync(s => s.SetProperty(r => r.SegmentKey, r => r.SegmentKey + suffix), ct);
        await db.Allocations.ExecuteUpdateAsync(s => s.SetProperty(a => a.SegmentKey, a => a.SegmentKey + suffix), ct);
        // A bundle built from components holds its components' segments: those keys move too.
        await db.Set<Model.Orders.ComponentReservation>().ExecuteUpdateAsync(s => s.SetProperty(c => c.SegmentKey, c => c.SegmentKey + suffix), ct);
        await db.OrderItems.Where(i => i.SegmentKey != null).ExecuteUpdateAsync(s => s.SetProperty(i => i.SegmentKey, i => i.SegmentKey + suffix), ct);
    }

    /// <summary>
    /// A ledger row from raw SQL with its when, who and why as the parameters {0}–{3}, the source's ProductId, LocationId
    /// and SegmentKey columns, no storage location, and no change (callers say what changed).
    /// </summary>
    private static readonly LedgerRow Who = new(AtUtc: "{0}", Actor: "{1}", Source: "{2}", Reason: "{3}", ProductId: "\"ProductId\"", LocationId: "\"LocationId\"",
        SegmentKey: "\"SegmentKey\"", StorageLocationId: "0", Before: "0", Delta: "0", After: "0", LockedDelta: "0", AllocatedDelta: "0", Reference: "NULL");

    /// <summary>Commits the transaction, then publishes the change set: open pages hear of a change only once it is there to read.</summary>
    public async Task CommitAsync(IDbContextTransaction tx, InventoryChanges publishTo, CancellationToken ct)
    {
        await tx.CommitAsync(ct);
        Publish(publishTo);
    }

    /// <summary>Publishes the change set of a transaction that has committed, and starts a new one.</summary>
    public void Publish(InventoryChanges publishTo)
    {
        foreach (var change in Changes) publishTo.Publish(change);
        Discard();
    }

    /// <summary>Forgets the change set (of a transaction that was rolled back, or whose changes are told otherwise).</summary>
    public void Discard() => (touched, subject, severalSubjects) = (false, null, false);

    private DbTransaction Transaction => transaction ?? throw new InvalidOperationException("Quantities are written inside a transaction.");

    private InventoryDbContext Db => db ?? throw new InvalidOperationException("This writer has no context (the order writer's): it only reserves and releases.");

    public ValueTask DisposeAsync() => allocations.DisposeAsync();
}
