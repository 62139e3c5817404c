using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Services.Stock;
using System.Data.Common;
using InventoryAdmin.Domain.Services.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace InventoryAdmin.Domain.Store;

/// <summary>
/// Writes planned changes with prepared SQL inside the caller's transaction: stock rows (a row at 0 is
/// deleted unless it keeps on zero), one ledger movement per changed row, the figures of the segments they
/// changed (not their Allocated, which only the allocator writes) and the record totals. Bulk refreshes of 100k records
/// go through here, so it avoids change tracking (see PERFORMANCE.md, lesson 4). The SQL is the dialect SQLite and
/// PostgreSQL share (quoted names, @parameters, ON CONFLICT … excluded).
/// </summary>
internal static class StockWriter
{
    /// <remarks>Called only by <see cref="QuantityWriter"/>, the one writer of quantities.</remarks>
    public static async Task<int> WriteAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<RowChange> changes, IEnumerable<RecordState> records,
        Actor actor, DateTime at, CancellationToken ct)
    {
        // Rows go many to a statement (MultiRowCommand); a key already waiting in the upsert buffer, or deleted while it
        // waits, sends the buffer first, so the rows end exactly as one statement per change would leave them.
        await using var upsert = new MultiRowCommand(connection, transaction, """
            INSERT INTO "StockRows" ("ProductId", "LocationId", "SegmentKey", "StorageLocationId", "Quantity", "TraitsEnabled", "TraitsDisabled", "Locked") VALUES
            """, 8, """
            ON CONFLICT ("ProductId", "LocationId", "SegmentKey", "StorageLocationId") DO UPDATE SET "Quantity" = excluded."Quantity"
            """);
        var waiting = new HashSet<(int, int, string, int)>();
        await using var delete = Command(connection, transaction,
            """DELETE FROM "StockRows" WHERE "ProductId" = @p AND "LocationId" = @l AND "SegmentKey" = @k AND "StorageLocationId" = @s""", "@p", "@l", "@k", "@s");
        await using var movement = new MultiRowCommand(connection, transaction, LedgerInsert.Head + " VALUES", LedgerInsert.Width);

        foreach (var c in changes)
        {
            var key = (c.ProductId, c.LocationId, c.SegmentKey, c.StorageLocationId);
            if (c.After == 0 && !c.KeepOnZero)
            {
                if (waiting.Contains(key)) await FlushAsync(upsert, waiting, ct);
                Set(delete, c);
                await delete.ExecuteNonQueryAsync(ct);
            }
            else
            {
                if (!waiting.Add(key))
                {
                    await FlushAsync(upsert, waiting, ct);
                    waiting.Add(key);
                }

                // Inserted rows start with no traits of their own (0, 0); an existing row keeps its traits (only Quantity is updated).
                await upsert.AddAsync([c.ProductId, c.LocationId, c.SegmentKey, c.StorageLocationId, c.After, 0, 0, c.Locked], ct);
                if (upsert.Pending == 0) waiting.Clear();
            }

            await movement.AddAsync(LedgerInsert.Row(at, actor, c.Reason, c.ProductId, c.LocationId, c.SegmentKey, c.StorageLocationId,
                c.Before, c.After, c.LockedDelta, 0, c.Reference), ct);
        }

        await FlushAsync(upsert, waiting, ct);
        await movement.FlushAsync(ct);

        await using var record = new MultiRowCommand(connection, transaction, """
            INSERT INTO "Records" ("ProductId", "LocationId", "OnHand", "Locked", "Allocated", "Available", "PendingRedistribution", "UpdatedAtUtc") VALUES
            """, 8, """
            ON CONFLICT ("ProductId", "LocationId") DO UPDATE SET "OnHand" = excluded."OnHand", "Locked" = excluded."Locked",
                "Allocated" = excluded."Allocated", "Available" = excluded."Available", "PendingRedistribution" = excluded."PendingRedistribution",
                "UpdatedAtUtc" = excluded."UpdatedAtUtc"
            """);
        await using var segment = new MultiRowCommand(connection, transaction, """
            INSERT INTO "Segments" ("ProductId", "LocationId", "SegmentKey", "OnHand", "Locked", "Allocated") VALUES
            """, 6, """
            ON CONFLICT ("ProductId", "LocationId", "SegmentKey") DO UPDATE SET "OnHand" = excluded."OnHand", "Locked" = excluded."Locked"
            """);
        await using var emptySegment = Command(connection, transaction,
            """DELETE FROM "Segments" WHERE "ProductId" = @p AND "LocationId" = @l AND "SegmentKey" = @k AND "Allocated" = 0""", "@p", "@l", "@k");
        // Each record's segment keys are distinct, and so are the records: no key comes twice into one statement.
        foreach (var r in records)
        {
            foreach (var key in r.Touched)
            {
                var figures = r.Segment(key);
                if (figures.OnHand == 0 && figures.Allocated == 0)
                {
                    emptySegment.Parameters["@p"].Value = r.ProductId;
                    emptySegment.Parameters["@l"].Value = r.LocationId;
                    emptySegment.Parameters["@k"].Value = key;
                    await emptySegment.ExecuteNonQueryAsync(ct);
                }
                else await segment.AddAsync([r.ProductId, r.LocationId, key, figures.OnHand, figures.Locked, 0], ct);
            }

            var totals = r.Totals;
            await record.AddAsync([r.ProductId, r.LocationId, totals.OnHand, totals.Locked, totals.Allocated, totals.Available, r.Pending, at], ct);
        }

        await segment.FlushAsync(ct);
        await record.FlushAsync(ct);
        return changes.Count;
    }

    private static async Task FlushAsync(MultiRowCommand upsert, HashSet<(int, int, string, int)> waiting, CancellationToken ct)
    {
        await upsert.FlushAsync(ct);
        waiting.Clear();
    }

    private static void Set(DbCommand command, RowChange change)
    {
        command.Parameters["@p"].Value = change.ProductId;
        command.Parameters["@l"].Value = change.LocationId;
        command.Parameters["@k"].Value = change.SegmentKey;
        command.Parameters["@s"].Value = change.StorageLocationId;
    }

    internal static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            command.Parameters.Add(p);
        }

        // Npgsql prepares a command only once its parameters have values (and prepares repeated SQL by itself).
        if (connection is Microsoft.Data.Sqlite.SqliteConnection) command.Prepare();
        return command;
    }
}
