using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using static System.FormattableString;

namespace InventoryAdmin.Bench;

/// <summary>
/// A rough profile of the service path at one client, from EF Core's diagnostic events (no change to the app):
/// per order the wall time, the SQL commands EF ran and their time by kind, BEGIN IMMEDIATE and COMMIT (the WAL
/// fsync). What is left is C# work (EF, routing, the DTO) plus the allocator's three commands, which it runs on
/// the connection directly, so EF does not see them; those are re-run raw and timed on their own.
/// </summary>
/// <param name="WriteLockMs">Time from BEGIN IMMEDIATE done to COMMIT done, summed: while it runs no other order can write.</param>
/// <param name="Allocator">The allocator's three statements re-run raw, ms per order: see <see cref="TimeAllocatorStatementsAsync"/>.</param>
internal sealed record AllocateProfile(int Orders, double TotalMs, int Commands, IReadOnlyList<(string Kind, int Count, double Ms)> ByKind,
    double BeginMs, double CommitMs, double WriteLockMs, int ConnectionOpens, (double Reserve, double Record, double Movement, double Commit) Allocator)
{
    public double PerOrder(double ms) => ms / Orders;

    public double CommandMs => ByKind.Sum(k => k.Ms);

    public double RestMs => TotalMs - CommandMs - BeginMs - CommitMs;

    /// <param name="orders">How many orders <paramref name="run"/> places, one after the other.</param>
    /// <param name="run">Places them through the service.</param>
    /// <param name="allocator">Times the allocator's statements afterwards (not observed).</param>
    public static async Task<AllocateProfile> RunAsync(int orders, Func<Task> run, Func<Task<(double, double, double, double)>> allocator)
    {
        var collector = new Collector();
        TimeSpan elapsed;
        using (DiagnosticListener.AllListeners.Subscribe(collector))
        {
            var timer = Stopwatch.StartNew();
            await run();
            elapsed = timer.Elapsed;
            collector.Dispose();
        }

        var kinds = collector.Commands.GroupBy(c => c.Kind).Select(g => (g.Key, g.Count(), g.Sum(c => c.Ms))).OrderByDescending(k => k.Item3).ToList();
        return new AllocateProfile(orders, elapsed.TotalMilliseconds, collector.Commands.Count, kinds,
            collector.Begin.Sum(), collector.Commit.Sum(), collector.WriteLockMs, collector.Opens, await allocator());
    }

    /// <summary>
    /// The allocator's statements (as in SegmentAllocator: the conditional update, the record's figures, the ledger
    /// movement), one order per immediate transaction on a spare copy of the store, each statement timed.
    /// </summary>
    /// <returns>Milliseconds per order: the reserve, the record update and the movement insert (per reserved order), and the COMMIT.</returns>
    public static async Task<(double Reserve, double Record, double Movement, double Commit)> TimeAllocatorStatementsAsync(string databasePath,
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
        var (reserveMs, recordMs, movementMs, commitMs, reserved) = (0.0, 0.0, 0.0, 0.0, 0);
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
            reserve.Transaction = record.Transaction = movement.Transaction = tx;
            timer.Restart();
            (reserve.Parameters["$p"].Value, reserve.Parameters["$l"].Value, reserve.Parameters["$k"].Value, reserve.Parameters["$q"].Value) = (p, l, k, 1);
            var onHand = await reserve.ExecuteScalarAsync(ct);
            reserveMs += Lap();
            if (onHand is null or DBNull)
            {
                // Sold out: like the allocator, nothing more is written.
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
            await tx.CommitAsync(ct);
            commitMs += Lap();
        }

        var (n, r) = (Math.Max(1, products.Length), Math.Max(1, reserved));
        return (reserveMs / n, recordMs / r, movementMs / r, commitMs / n);
    }

    public void Print(TextWriter output)
    {
        output.WriteLine(Invariant($"where the service's time goes (1 client, {Orders:N0} orders, EF Core diagnostic events): {PerOrder(TotalMs):N2} ms per order ="));
        output.WriteLine(Invariant($"  {PerOrder(CommandMs),6:N2} ms in {Commands / (double)Orders:N1} SQL commands run by EF: ")
            + string.Join(", ", ByKind.Select(k => Invariant($"{k.Count / (double)Orders:N1} {k.Kind} {PerOrder(k.Ms):N2} ms"))));
        output.WriteLine(Invariant($"  {PerOrder(BeginMs),6:N2} ms BEGIN IMMEDIATE, {PerOrder(CommitMs):N2} ms COMMIT (the WAL fsync); {ConnectionOpens / (double)Orders:N1} connection opens per order"));
        output.WriteLine(Invariant($"  {PerOrder(RestMs),6:N2} ms the rest: C# (EF's reads, routing, the DTO) and the direct commands (the allocator's 3, the order writer's 4)"));
        output.WriteLine(Invariant($"  the write lock is held {PerOrder(WriteLockMs):N2} ms per order (BEGIN IMMEDIATE to COMMIT done): {Orders * 1000 / WriteLockMs:N0} orders/s one commit each; concurrent orders share a commit"));
        var (reserve, record, movement, commit) = Allocator;
        output.WriteLine(Invariant($"  those 3 commands re-run raw on a spare copy: {reserve + record + movement:N2} ms per order (reserve {reserve:N2}, record figures {record:N2}, ")
            + Invariant($"movement {movement:N2}; their own COMMIT {commit:N2} ms), so the C# work and the order writer's commands are about {Math.Max(0, PerOrder(RestMs) - (reserve + record + movement)):N2} ms"));
    }

    private sealed class Collector : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly List<IDisposable> subscriptions = [];
        private int opens;
        private long transactionStarted;
        private long writeLockTicks;

        public ConcurrentBag<(string Kind, double Ms)> Commands { get; } = [];

        public ConcurrentBag<double> Begin { get; } = [];

        public ConcurrentBag<double> Commit { get; } = [];

        public int Opens => opens;

        /// <summary>Sound at one client, where transactions do not overlap.</summary>
        public double WriteLockMs => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref writeLockTicks)).TotalMilliseconds;

        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == DbLoggerCategory.Name)
                lock (subscriptions) subscriptions.Add(listener.Subscribe(this));
        }

        public void OnNext(KeyValuePair<string, object?> e)
        {
            if (e.Key == RelationalEventId.CommandExecuted.Name && e.Value is CommandExecutedEventData command)
                Commands.Add((Kind(command.Command.CommandText), command.Duration.TotalMilliseconds));
            else if (e.Key == RelationalEventId.TransactionStarted.Name && e.Value is TransactionEndEventData started)
            {
                Begin.Add(started.Duration.TotalMilliseconds);
                Interlocked.Exchange(ref transactionStarted, Stopwatch.GetTimestamp());
            }
            else if (e.Key == RelationalEventId.TransactionCommitted.Name && e.Value is TransactionEndEventData committed)
            {
                Commit.Add(committed.Duration.TotalMilliseconds);
                Interlocked.Add(ref writeLockTicks, Stopwatch.GetTimestamp() - Interlocked.Read(ref transactionStarted));
            }
            else if (e.Key == RelationalEventId.ConnectionOpened.Name)
                Interlocked.Increment(ref opens);
        }

        private static string Kind(string sql)
        {
            var text = sql.TrimStart();
            var end = text.IndexOfAny([' ', '\n', '\r', '\t']);
            return (end < 0 ? text : text[..end]).ToUpperInvariant();
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            lock (subscriptions)
            {
                foreach (var s in subscriptions) s.Dispose();
                subscriptions.Clear();
            }
        }
    }
}
