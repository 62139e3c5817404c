using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Services.Orders;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Domain.Store;

/// <summary>
/// Where a new order is read and written, per engine: the reads before the write (exists? products, locations, free
/// segments) and the write transaction that reserves and inserts it. What is written is the same on both
/// (<see cref="SegmentAllocator"/>, <see cref="OrderWriter"/>: the SQL both engines share); how is the engine's.
/// </summary>
internal abstract class OrderStore : IAsyncDisposable
{
    /// <param name="changes">Where the writes' change sets are published, after their commit.</param>
    public static OrderStore For(IDbContextFactory<InventoryDbContext> dbFactory, InventoryChanges changes) =>
        StoreConnections.ProviderOf(dbFactory, out var connectionString) == DatabaseProvider.PostgreSQL
            ? new PostgreSqlOrderStore(connectionString, changes)
            : new SqliteOrderStore(dbFactory, connectionString, changes);

    /// <summary>Runs the reads of an order outside any write transaction.</summary>
    public abstract Task<T> ReadAsync<T>(Func<OrderReader, Task<T>> read, CancellationToken ct);

    /// <summary>
    /// Runs <paramref name="write"/> inside a write transaction and returns its result once that has committed and the
    /// change set of its <see cref="OrderBatch.Quantities"/> has been published.
    /// </summary>
    /// <remarks>The write may run more than once (PostgreSQL: a deadlock's victim runs again), so it builds everything it writes afresh.</remarks>
    public abstract Task<T> WriteAsync<T>(Func<OrderBatch, CancellationToken, Task<T>> write, CancellationToken ct);

    public abstract ValueTask DisposeAsync();
}

/// <summary>
/// SQLite: readers kept on open connections with prepared statements (<see cref="OrderReaders"/>), and one writer that
/// commits the orders waiting meanwhile together (<see cref="OrderCommits"/>): SQLite has one writer anyway.
/// </summary>
internal sealed class SqliteOrderStore(IDbContextFactory<InventoryDbContext> dbFactory, string connectionString, InventoryChanges changes) : OrderStore
{
    private readonly OrderReaders readers = new(DatabaseProvider.Sqlite, () => connectionString);
    private readonly OrderCommits commits = new(dbFactory, () => connectionString, changes);

    public override Task<T> ReadAsync<T>(Func<OrderReader, Task<T>> read, CancellationToken ct) => readers.ReadAsync(read, ct);

    public override Task<T> WriteAsync<T>(Func<OrderBatch, CancellationToken, Task<T>> write, CancellationToken ct) => commits.RunAsync(write, ct);

    public override async ValueTask DisposeAsync()
    {
        await readers.DisposeAsync();
        await commits.DisposeAsync();
    }
}

/// <summary>
/// PostgreSQL: every order reads and writes on a pooled connection of its own, in its own READ COMMITTED transaction,
/// so orders from several clients (or app instances) write in parallel; the server groups their commits. Records are
/// locked in key order before their segments change (<see cref="RecordLocks"/>); a transaction chosen as a deadlock's
/// victim (an order whose second read found a location it had not locked) runs again.
/// </summary>
internal sealed class PostgreSqlOrderStore(string connectionString, InventoryChanges changes) : OrderStore
{
    private const int Attempts = 5;

    public override async Task<T> ReadAsync<T>(Func<OrderReader, Task<T>> read, CancellationToken ct)
    {
        await using var reader = await OrderReader.OpenAsync(DatabaseProvider.PostgreSQL, connectionString, ct);
        return await read(reader);
    }

    public override async Task<T> WriteAsync<T>(Func<OrderBatch, CancellationToken, Task<T>> write, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var batch = await OrderBatch.OpenAsync(DatabaseProvider.PostgreSQL, connectionString);
            try
            {
                await using var transaction = batch.Begin();
                var result = await write(batch, CancellationToken.None);
                await transaction.CommitAsync(CancellationToken.None);
                batch.Quantities.Publish(changes);
                return result;
            }
            catch (Exception e) when (attempt < Attempts && RecordLocks.IsTransient(e))
            {
                ct.ThrowIfCancellationRequested();
            }
            finally
            {
                await batch.EndAsync();
            }
        }
    }

    public override ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
