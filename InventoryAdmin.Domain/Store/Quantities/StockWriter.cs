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

        await using var upsert = Command(connection, transaction, """
            INSERT INTO "StockRows" ("ProductId", "LocationId", "SegmentKey", "StorageLocationId", "Quantity", "TraitsEnabled", "TraitsDisabled", "Locked")
            VALUES (@p, @l, @k, @s, @q, 0, 0, @locked)
            ON CONFLICT ("ProductId", "LocationId", "SegmentKey", "StorageLocationId") DO UPDATE SET "Quantity" = excluded."Quantity"
            """, "@p", "@l", "@k", "@s", "@q", "@locked");
        await using var delete = Command(connection, transaction,
            """DELETE FROM "StockRows" WHERE "ProductId" = @p AND "LocationId" = @l AND "SegmentKey" = @k AND "StorageLocationId" = @s""", "@p", "@l", "@k", "@s");
        await using var movement = Command(connection, transaction, """
            INSERT INTO "Movements" ("AtUtc", "Actor", "Source", "Reason", "ProductId", "LocationId", "SegmentKey", "StorageLocationId", "Before", "Delta", "After", "LockedDelta", "AllocatedDelta", "Reference")
            VALUES (@at, @actor, @source, @reason, @p, @l, @k, @s, @before, @delta, @after, @lockedDelta, 0, @ref)
            """, "@at", "@actor", "@source", "@reason", "@p", "@l", "@k", "@s", "@before", "@delta", "@after", "@lockedDelta", "@ref");

        foreach (var c in changes)
        {
            var target = c.After == 0 && !c.KeepOnZero ? delete : upsert;
            Set(target, c);
            if (target == upsert)
            {
                target.Parameters["@q"].Value = c.After;
                target.Parameters["@locked"].Value = c.Locked;
            }

            await target.ExecuteNonQueryAsync(ct);

            Set(movement, c);
            movement.Parameters["@lockedDelta"].Value = c.LockedDelta;
            movement.Parameters["@at"].Value = at;
            movement.Parameters["@actor"].Value = actor.Name;
            movement.Parameters["@source"].Value = actor.Source.ToString();
            movement.Parameters["@reason"].Value = c.Reason;
            movement.Parameters["@before"].Value = c.Before;
            movement.Parameters["@delta"].Value = c.After - c.Before;
            movement.Parameters["@after"].Value = c.After;
            movement.Parameters["@ref"].Value = (object?)c.Reference ?? DBNull.Value;
            await movement.ExecuteNonQueryAsync(ct);
        }

        await using var record = Command(connection, transaction, """
            INSERT INTO "Records" ("ProductId", "LocationId", "OnHand", "Locked", "Allocated", "Available", "PendingRedistribution", "UpdatedAtUtc")
            VALUES (@p, @l, @on, @locked, @alloc, @avail, @pending, @at)
            ON CONFLICT ("ProductId", "LocationId") DO UPDATE SET "OnHand" = excluded."OnHand", "Locked" = excluded."Locked",
                "Allocated" = excluded."Allocated", "Available" = excluded."Available", "PendingRedistribution" = excluded."PendingRedistribution",
                "UpdatedAtUtc" = excluded."UpdatedAtUtc"
            """, "@p", "@l", "@on", "@locked", "@alloc", "@avail", "@pending", "@at");
        await using var segment = Command(connection, transaction, """
            INSERT INTO "Segments" ("ProductId", "LocationId", "SegmentKey", "OnHand", "Locked", "Allocated") VALUES (@p, @l, @k, @on, @locked, 0)
            ON CONFLICT ("ProductId", "LocationId", "SegmentKey") DO UPDATE SET "OnHand" = excluded."OnHand", "Locked" = excluded."Locked"
            """, "@p", "@l", "@k", "@on", "@locked");
        await using var emptySegment = Command(connection, transaction,
            """DELETE FROM "Segments" WHERE "ProductId" = @p AND "LocationId" = @l AND "SegmentKey" = @k AND "Allocated" = 0""", "@p", "@l", "@k");
        foreach (var r in records)
        {
            foreach (var key in r.Touched)
            {
                var figures = r.Segment(key);
                var target = figures.OnHand == 0 && figures.Allocated == 0 ? emptySegment : segment;
                target.Parameters["@p"].Value = r.ProductId;
                target.Parameters["@l"].Value = r.LocationId;
                target.Parameters["@k"].Value = key;
                if (target == segment)
                {
                    segment.Parameters["@on"].Value = figures.OnHand;
                    segment.Parameters["@locked"].Value = figures.Locked;
                }

                await target.ExecuteNonQueryAsync(ct);
            }

            var totals = r.Totals;
            record.Parameters["@p"].Value = r.ProductId;
            record.Parameters["@l"].Value = r.LocationId;
            record.Parameters["@on"].Value = totals.OnHand;
            record.Parameters["@locked"].Value = totals.Locked;
            record.Parameters["@alloc"].Value = totals.Allocated;
            record.Parameters["@avail"].Value = totals.Available;
            record.Parameters["@pending"].Value = r.Pending;
            record.Parameters["@at"].Value = at;
            await record.ExecuteNonQueryAsync(ct);
        }

        return changes.Count;
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
