using System.Data.Common;
using InventoryAdmin.Domain.Store;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Domain.Services.Orders;

/// <summary>
/// An order writer's connection with its prepared statements. On SQLite <see cref="OrderCommits"/> keeps it from one
/// batch of orders to the next (preparing them again for each order cost more than running them); on PostgreSQL
/// each order opens one from the pool. Each batch is one transaction (<see cref="Begin"/>), which every statement
/// here then runs in.
/// </summary>
internal sealed class OrderBatch : IAsyncDisposable
{
    private readonly DbConnection connection;
    private readonly DatabaseProvider provider;
    private DbTransaction? transaction;
    private InventoryDbContext? db;

    private OrderBatch(DbConnection connection, DatabaseProvider provider)
    {
        this.connection = connection;
        this.provider = provider;
        Quantities = QuantityWriter.On(connection);
        Orders = OrderWriter.On(connection);
        Reads = OrderReader.On(connection);
    }

    /// <summary>Reservations and their ledger rows; its change set is published after the batch's commit.</summary>
    public QuantityWriter Quantities { get; }

    public OrderWriter Orders { get; }

    /// <summary>Reads inside the write transaction (they see what the batch has written so far).</summary>
    public OrderReader Reads { get; }

    public static async Task<OrderBatch> OpenAsync(DatabaseProvider provider, string connectionString)
    {
        var connection = StoreConnections.Create(provider, connectionString);
        try
        {
            await connection.OpenAsync();
            await StoreConnections.PrepareWriterAsync(connection);
            return new OrderBatch(connection, provider);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Whether the order exists, checked inside the write transaction. SQLite: read (the writer holds the write lock,
    /// so the answer stands until the commit). PostgreSQL: not read, saving a round trip; the unique index on (source,
    /// external id) refuses a second insert, the transaction rolls back, and the caller answers with the existing order.
    /// </summary>
    public async Task<bool> OrderExistsAsync(string externalId, string source, CancellationToken ct) =>
        provider != DatabaseProvider.PostgreSQL && await Reads.ExistsAsync(externalId, source, ct);

    /// <summary>Starts the batch's transaction (on SQLite the write lock is taken now, not at the first write).</summary>
    public DbTransaction Begin()
    {
        transaction = StoreConnections.BeginWrite(connection);
        Quantities.Use(transaction);
        Orders.Use(transaction);
        Reads.Use(transaction);
        return transaction;
    }

    /// <summary>A context on the batch's connection and transaction, for the rare EF read inside it (a bundle's components).</summary>
    public async Task<InventoryDbContext> DbAsync(CancellationToken ct)
    {
        if (db is not null) return db;
        db = new InventoryDbContext(StoreConnections.Options(connection));
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
        await Quantities.DisposeAsync();
        await Orders.DisposeAsync();
        await Reads.DisposeAsync();
        await connection.DisposeAsync();
    }
}
