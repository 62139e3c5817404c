using System.Diagnostics;
using Microsoft.Data.Sqlite;
using static System.FormattableString;

namespace InventoryAdmin.Bench;

/// <summary>
/// A rough profile of the service path at one client: its wall time per order next to the same writes as plain SQL
/// (the reservation, the record's figures, the ledger movement, the order, its item and its allocation: the rows the
/// service writes for an order of one unit), one order per immediate transaction on a spare copy of the store, each
/// statement and the COMMIT timed. What the service spends beyond that is its reads, routing, C# and the answer.
/// </summary>
/// <param name="ServiceMs">Wall time of the service's orders, summed.</param>
/// <param name="Sql">The order's writes re-run raw, ms per order: see <see cref="TimeOrderStatementsAsync"/>.</param>
internal sealed record AllocateProfile(int Orders, double ServiceMs, (double Reserve, double Record, double Movement, double Order, double Commit) Sql)
{
    public double PerOrder(double ms) => ms / Orders;

    public double SqlMs => Sql.Reserve + Sql.Record + Sql.Movement + Sql.Order + Sql.Commit;

    /// <param name="orders">How many orders <paramref name="run"/> places, one after the other.</param>
    /// <param name="run">Places them through the service.</param>
    /// <param name="sql">Times the order's writes afterwards.</param>
    public static async Task<AllocateProfile> RunAsync(int orders, Func<Task> run, Func<Task<(double, double, double, double, double)>> sql)
    {
        var timer = Stopwatch.StartNew();
        await run();
        var elapsed = timer.Elapsed.TotalMilliseconds;
        return new AllocateProfile(orders, elapsed, await sql());
    }

    /// <summary>
    /// The order's writes (as in SegmentAllocator and OrderWriter: the conditional update, the record's figures, the ledger
    /// movement, the order, its item and its allocation), one order per immediate transaction on a spare copy of the
    /// store, each statement timed; the log is checkpointed as the app does it (every <see cref="Domain.Services.OrderService.WalCheckpointEveryOrders"/>
    /// orders, here between two orders and untimed). The SQL is written out here, so it must follow the app's when that changes.
    /// </summary>
    /// <returns>Milliseconds per order: the reserve, the record update, the movement insert and the order's three inserts (per reserved order), and the COMMIT.</returns>
    public static async Task<(double Reserve, double Record, double Movement, double Order, double Commit)> TimeOrderStatementsAsync(string databasePath,
        AllocateScene scene, int[] products, CancellationToken ct = default)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath}");
        await connection.OpenAsync(ct);
        SqliteCommand Command(string sql, params string[] names)
        {
            var command = connection.CreateCommand();
            command.CommandText = sql;
            foreach (var name in names) command.Parameters.Add(new SqliteParameter(name, null));
            return command;
        }

        await using var reserve = Command("""
            UPDATE Segments SET Allocated = Allocated + $q
            WHERE ProductId = $p AND LocationId = $l AND SegmentKey = $k AND OnHand - Locked - Allocated >= $q
            RETURNING OnHand
            """, "$p", "$l", "$k", "$q");
        await using var record = Command("""
            UPDATE Records SET Allocated = x.Allocated, Available = x.Available, UpdatedAtUtc = $at
            FROM (SELECT SUM(Allocated) AS Allocated, SUM(MAX(0, OnHand - Locked - Allocated)) AS Available
                  FROM Segments WHERE ProductId = $p AND LocationId = $l) x
            WHERE Records.ProductId = $p AND Records.LocationId = $l
            """, "$p", "$l", "$at");
        await using var movement = Command("""
            INSERT INTO Movements (AtUtc, Actor, Source, Reason, ProductId, LocationId, SegmentKey, StorageLocationId, Before, Delta, After,
                LockedDelta, AllocatedDelta, Reference)
            VALUES ($at, 'bench-allocate', 'Api', $reason, $p, $l, $k, 0, $onHand, 0, $onHand, 0, 1, $ref)
            """, "$at", "$reason", "$p", "$l", "$k", "$onHand", "$ref");
        await using var order = Command("""
            INSERT INTO Orders (ExternalId, Source, AllowSplit, Status, CreatedAtUtc, CreatedBy)
            VALUES ($ref, 'profile', 0, 'Allocated', $at, 'bench-allocate') RETURNING Id
            """, "$ref", "$at");
        await using var item = Command("""
            INSERT INTO OrderItems (OrderId, LineId, ProductId, Quantity, SegmentKey, RequestedLocationId, UnallocatedQuantity, UnallocatedReason)
            VALUES ($order, '1', $p, 1, $k, NULL, 0, NULL) RETURNING Id
            """, "$order", "$p", "$k");
        await using var allocation = Command("""
            INSERT INTO Allocations (OrderId, OrderItemId, ProductId, LocationId, SegmentKey, Quantity, Fulfilled, Cancelled, Returned, CreatedAtUtc, FromComponents)
            VALUES ($order, $item, $p, $l, $k, 1, 0, 0, 0, $at, 0)
            """, "$order", "$item", "$p", "$l", "$k", "$at");
        await using (var pragma = Command("PRAGMA wal_autocheckpoint = 10000;")) await pragma.ExecuteNonQueryAsync(ct);
        async Task CheckpointAsync()
        {
            await using var checkpoint = Command("PRAGMA wal_checkpoint(PASSIVE);");
            await checkpoint.ExecuteNonQueryAsync(ct);
        }

        var (reserveMs, recordMs, movementMs, orderMs, commitMs, reserved) = (0.0, 0.0, 0.0, 0.0, 0.0, 0);
        var timer = new Stopwatch();
        double Lap()
        {
            var ms = timer.Elapsed.TotalMilliseconds;
            timer.Restart();
            return ms;
        }

        for (var i = 0; i < products.Length; i++)
        {
            var (p, l, k, at, reference) = (scene.ProductIds[products[i]], scene.RoutedLocationId, scene.SegmentKey, DateTime.UtcNow, $"profile-{i}");
            await using var tx = connection.BeginTransaction(deferred: false);
            reserve.Transaction = record.Transaction = movement.Transaction = order.Transaction = item.Transaction = allocation.Transaction = tx;
            timer.Restart();
            (reserve.Parameters["$p"].Value, reserve.Parameters["$l"].Value, reserve.Parameters["$k"].Value, reserve.Parameters["$q"].Value) = (p, l, k, 1);
            var onHand = await reserve.ExecuteScalarAsync(ct);
            reserveMs += Lap();
            if (onHand is null or DBNull)
            {
                // Sold out: this profile only times reserved orders' rows.
                await tx.CommitAsync(ct);
                commitMs += Lap();
                continue;
            }

            reserved++;
            (record.Parameters["$p"].Value, record.Parameters["$l"].Value, record.Parameters["$at"].Value) = (p, l, at);
            await record.ExecuteNonQueryAsync(ct);
            recordMs += Lap();
            (movement.Parameters["$at"].Value, movement.Parameters["$reason"].Value, movement.Parameters["$p"].Value, movement.Parameters["$l"].Value,
                movement.Parameters["$k"].Value, movement.Parameters["$onHand"].Value, movement.Parameters["$ref"].Value) =
                (at, $"Allocated to order {reference}", p, l, k, onHand, reference);
            await movement.ExecuteNonQueryAsync(ct);
            movementMs += Lap();
            (order.Parameters["$ref"].Value, order.Parameters["$at"].Value) = (reference, at);
            var orderId = await order.ExecuteScalarAsync(ct);
            (item.Parameters["$order"].Value, item.Parameters["$p"].Value, item.Parameters["$k"].Value) = (orderId, p, k);
            var itemId = await item.ExecuteScalarAsync(ct);
            (allocation.Parameters["$order"].Value, allocation.Parameters["$item"].Value, allocation.Parameters["$p"].Value, allocation.Parameters["$l"].Value,
                allocation.Parameters["$k"].Value, allocation.Parameters["$at"].Value) = (orderId, itemId, p, l, k, at);
            await allocation.ExecuteNonQueryAsync(ct);
            orderMs += Lap();
            await tx.CommitAsync(ct);
            commitMs += Lap();
            if (reserved % Domain.Services.OrderService.WalCheckpointEveryOrders == 0) await CheckpointAsync(); // as the app does, off the clock
        }

        var (n, r) = (Math.Max(1, products.Length), Math.Max(1, reserved));
        return (reserveMs / n, recordMs / r, movementMs / r, orderMs / r, commitMs / n);
    }

    public void Print(TextWriter output)
    {
        var (reserve, record, movement, order, commit) = Sql;
        output.WriteLine(Invariant($"where the service's time goes (1 client, {Orders:N0} orders): {PerOrder(ServiceMs):N2} ms per order; the same writes as plain SQL on a spare copy:"));
        output.WriteLine(Invariant($"  {reserve + record + movement + order,6:N2} ms the statements (reserve {reserve:N2}, record figures {record:N2}, movement {movement:N2}, ")
            + Invariant($"order + item + allocation {order:N2})"));
        output.WriteLine(Invariant($"  {commit,6:N2} ms their COMMIT (the WAL fsync of every page the order changed)"));
        output.WriteLine(Invariant($"  {Math.Max(0, PerOrder(ServiceMs) - SqlMs),6:N2} ms the rest: the reads before the write, routing, C#, the answer"));
    }
}
