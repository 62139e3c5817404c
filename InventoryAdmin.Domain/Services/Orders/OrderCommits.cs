using System.Collections.Concurrent;
using InventoryAdmin.Domain.Store;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Domain.Services.Orders;

/// <summary>
/// Group commit for new orders (PERFORMANCE.md, lesson 2): orders that arrive while one transaction is being written
/// wait in a queue, and the next caller to get the writer's turn writes all of them in one transaction, each inside a
/// savepoint of its own, and commits once. Each order stays atomic (a failed one is rolled back to its savepoint and
/// only its caller sees the error) and durable before its caller gets an answer (results are handed out after COMMIT).
/// </summary>
/// <remarks>
/// Nothing here guards the stock: every reservation is still a conditional update in the database, and the unique
/// index on (source, external id) still decides idempotency, so several processes (or a server database) stay
/// correct. The queue only saves the COMMIT (the WAL fsync) that each order otherwise pays on its own, which is what
/// caps several clients: on SQLite only one transaction writes at a time anyway. With one client it is a batch of one.
/// SQLite only (<see cref="SqliteOrderStore"/>): PostgreSQL writes orders in parallel transactions and commits them as a group itself.
/// </remarks>
internal sealed class OrderCommits(IDbContextFactory<InventoryDbContext> dbFactory, Func<string> connectionString, InventoryChanges changes) : IAsyncDisposable
{
    /// <summary>At most this many orders share a commit, so the write lock is not held for long at a time.</summary>
    public const int MaxBatch = 64;

    private readonly ConcurrentQueue<Pending> queue = new();
    private readonly WalCheckpoints checkpoints = new(dbFactory);
    private readonly SemaphoreSlim writer = new(1, 1);
    private readonly Lazy<string> connection = new(connectionString);
    private OrderBatch? session; // the writer's connection and statements, used under the writer's turn only

    /// <summary>Runs <paramref name="write"/> inside a transaction (shared with other orders) and returns its result once that has committed.</summary>
    /// <remarks>The cancellation token only cancels waiting: once the write has started it runs to its commit.</remarks>
    public async Task<T> RunAsync<T>(Func<OrderBatch, CancellationToken, Task<T>> write, CancellationToken ct)
    {
        var pending = new Pending<T>(write);
        queue.Enqueue(pending);
        while (!pending.Done.IsCompleted)
        {
            try
            {
                await writer.WaitAsync(ct);
            }
            catch (OperationCanceledException) when (!pending.TryCancel())
            {
                break; // already taken into a batch: its answer comes with that commit
            }

            try
            {
                if (!pending.Done.IsCompleted) await WriteBatchAsync();
            }
            finally
            {
                writer.Release();
            }
        }

        return await pending.Result;
    }

    private async Task WriteBatchAsync()
    {
        var batch = new List<Pending>();
        while (batch.Count < MaxBatch && queue.TryDequeue(out var next))
            if (next.TryTake()) batch.Add(next);
        if (batch.Count == 0) return;

        try
        {
            session ??= await OrderBatch.OpenAsync(DatabaseProvider.Sqlite, connection.Value);
            await using (var transaction = session.Begin())
            {
                foreach (var pending in batch)
                {
                    if (batch.Count == 1)
                    {
                        await pending.WriteAsync(session);
                        continue;
                    }

                    await transaction.SaveAsync("order");
                    try
                    {
                        await pending.WriteAsync(session);
                    }
                    catch (Exception e)
                    {
                        await transaction.RollbackAsync("order");
                        pending.Failed = e;
                    }

                    await transaction.ReleaseAsync("order");
                }

                await transaction.CommitAsync();
            }

            session.Quantities.Publish(changes);

            await session.EndAsync();
            checkpoints.Written(batch.Count);
        }
        catch (Exception e)
        {
            foreach (var pending in batch) pending.Failed ??= e;
            session?.Quantities.Discard();
            // The connection may be left in any state: the next batch starts on a new one.
            if (session is not null) await session.DisposeAsync();
            session = null;
        }

        foreach (var pending in batch) pending.Complete();
    }

    public async ValueTask DisposeAsync()
    {
        await writer.WaitAsync();
        try
        {
            if (session is not null) await session.DisposeAsync();
            session = null;
        }
        finally
        {
            writer.Release();
        }
    }

    private abstract class Pending
    {
        private int state; // 0 queued, 1 taken into a batch, 2 cancelled while queued

        public abstract Task Done { get; }

        public Exception? Failed { get; set; }

        public bool TryTake() => Interlocked.CompareExchange(ref state, 1, 0) == 0;

        public bool TryCancel()
        {
            if (Interlocked.CompareExchange(ref state, 2, 0) != 0) return false;
            Cancel();
            return true;
        }

        public abstract Task WriteAsync(OrderBatch batch);

        public abstract void Complete();

        protected abstract void Cancel();
    }

    private sealed class Pending<T>(Func<OrderBatch, CancellationToken, Task<T>> write) : Pending
    {
        private readonly TaskCompletionSource<T> result = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? value;

        public Task<T> Result => result.Task;

        public override Task Done => result.Task;

        public override async Task WriteAsync(OrderBatch batch) => value = await write(batch, CancellationToken.None);

        public override void Complete()
        {
            if (Failed is { } e) result.TrySetException(e);
            else result.TrySetResult(value!);
        }

        protected override void Cancel() => result.TrySetCanceled();
    }
}
