using System.Data.Common;
using InventoryAdmin.Domain.Store;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Domain.Services.Orders;

/// <summary>
/// The order writer's connection with its prepared statements, kept by <see cref="OrderCommits"/> from one batch of
/// orders to the next (preparing them again for each order cost more than running them). Each batch is one
/// transaction (<see cref="Begin"/>), which every statement here then runs in.
/// </summary>
internal sealed class OrderBatch : IAsyncDisposable
{
    private readonly SqliteConnection connection;
    private readonly DbContextOptions<InventoryDbContext> options;
    private DbTransaction? transaction;
    private InventoryDbContext? db;

    private OrderBatch(SqliteConnection connection)
    {
        this.connection = connection;
        options = new DbContextOptionsBuilder<InventoryDbContext>().UseSqlite(connection).Options;
        Allocator = SegmentAllocator.On(connection);
        Orders = OrderWriter.On(connection);
        Reads = OrderReader.On(connection);
    }

    public SegmentAllocator Allocator { get; }

    public OrderWriter Orders { get; }

    /// <summary>Reads inside the write transaction (they see what the batch has written so far).</summary>
    public OrderReader Reads { get; }

    public static async Task<OrderBatch> OpenAsync(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync();
            // Checkpoints are WalCheckpoints' job, every so many orders, off the writer's path.
            await using (var pragma = connection.CreateCommand())
            {
                pragma.CommandText = "PRAGMA wal_autocheckpoint = 10000;";
                await pragma.ExecuteNonQueryAsync();
            }

            return new OrderBatch(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts the batch's transaction (BEGIN IMMEDIATE: the write lock is taken now, not at the first write).</summary>
    public DbTransaction Begin()
    {
        transaction = connection.BeginTransaction(deferred: false);
        Allocator.Use(transaction);
        Orders.Use(transaction);
        Reads.Use(transaction);
        return transaction;
    }

    /// <summary>A context on the batch's connection and transaction, for the rare EF read inside it (a bundle's components).</summary>
    public async Task<InventoryDbContext> DbAsync(CancellationToken ct)
    {
        if (db is not null) return db;
        db = new InventoryDbContext(options);
        await db.Database.UseTransactionAsync(transaction ?? throw new InvalidOperationException("The batch has not begun."), ct);
        return db;
    }

    /// <summary>Ends the batch after its commit or rollback: the statements stay prepared for the next one.</summary>
    public async Task EndAsync()
    {
        if (db is not null) await db.DisposeAsync();
        db = null;
        if (transaction is not null) await transaction.DisposeAsync();
        transaction = null;
    }

    public async ValueTask DisposeAsync()
    {
        await EndAsync();
        await Allocator.DisposeAsync();
        await Orders.DisposeAsync();
        await Reads.DisposeAsync();
        await connection.DisposeAsync();
    }
}
