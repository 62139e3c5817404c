using System.Data.Common;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Domain.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace InventoryAdmin.Domain.Services.Stock;

/// <summary>
/// Writes planned changes with prepared SQL inside the caller's transaction: stock rows (a row at 0 is
/// deleted), one ledger movement per changed row, and the record totals. Bulk refreshes of 100k records
/// go through here, so it avoids change tracking (see PERFORMANCE.md, lesson 4).
/// </summary>
internal static class StockWriter
{
    public static async Task<int> WriteAsync(InventoryDbContext db, IReadOnlyList<RowChange> changes, IEnumerable<RecordState> records,
        Actor actor, DateTime at, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Stock is written inside a transaction.");

        await using var upsert = Command(connection, transaction, """
            INSERT INTO StockRows (ProductId, LocationId, SegmentKey, Quantity) VALUES ($p, $l, $k, $q)
            ON CONFLICT (ProductId, LocationId, SegmentKey) DO UPDATE SET Quantity = excluded.Quantity
            """, "$p", "$l", "$k", "$q");
        await using var delete = Command(connection, transaction,
            "DELETE FROM StockRows WHERE ProductId = $p AND LocationId = $l AND SegmentKey = $k", "$p", "$l", "$k");
        await using var movement = Command(connection, transaction, """
            INSERT INTO Movements (AtUtc, Actor, Source, Reason, ProductId, LocationId, SegmentKey, Before, Delta, After, Reference)
            VALUES ($at, $actor, $source, $reason, $p, $l, $k, $before, $delta, $after, $ref)
            """, "$at", "$actor", "$source", "$reason", "$p", "$l", "$k", "$before", "$delta", "$after", "$ref");

        foreach (var c in changes)
        {
            var target = c.After == 0 ? delete : upsert;
            Set(target, c.ProductId, c.LocationId, c.SegmentKey);
            if (c.After != 0) target.Parameters["$q"].Value = c.After;
            await target.ExecuteNonQueryAsync(ct);

            Set(movement, c.ProductId, c.LocationId, c.SegmentKey);
            movement.Parameters["$at"].Value = at;
            movement.Parameters["$actor"].Value = actor.Name;
            movement.Parameters["$source"].Value = actor.Source.ToString();
            movement.Parameters["$reason"].Value = c.Reason;
            movement.Parameters["$before"].Value = c.Before;
            movement.Parameters["$delta"].Value = c.After - c.Before;
            movement.Parameters["$after"].Value = c.After;
            movement.Parameters["$ref"].Value = (object?)c.Reference ?? DBNull.Value;
            await movement.ExecuteNonQueryAsync(ct);
        }

        await using var record = Command(connection, transaction, """
            INSERT INTO Records (ProductId, LocationId, OnHand, Locked, Allocated, Available, PendingRedistribution, UpdatedAtUtc)
            VALUES ($p, $l, $on, $locked, $alloc, $avail, 0, $at)
            ON CONFLICT (ProductId, LocationId) DO UPDATE SET OnHand = excluded.OnHand, Locked = excluded.Locked,
                Allocated = excluded.Allocated, Available = excluded.Available, UpdatedAtUtc = excluded.UpdatedAtUtc
            """, "$p", "$l", "$on", "$locked", "$alloc", "$avail", "$at");
        foreach (var r in records)
        {
            var totals = r.Totals;
            record.Parameters["$p"].Value = r.ProductId;
            record.Parameters["$l"].Value = r.LocationId;
            record.Parameters["$on"].Value = totals.OnHand;
            record.Parameters["$locked"].Value = totals.Locked;
            record.Parameters["$alloc"].Value = totals.Allocated;
            record.Parameters["$avail"].Value = totals.Available;
            record.Parameters["$at"].Value = at;
            await record.ExecuteNonQueryAsync(ct);
        }

        return changes.Count;
    }

    private static void Set(DbCommand command, int productId, int locationId, string key)
    {
        command.Parameters["$p"].Value = productId;
        command.Parameters["$l"].Value = locationId;
        command.Parameters["$k"].Value = key;
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql, params string[] parameters)
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

        command.Prepare();
        return command;
    }
}
