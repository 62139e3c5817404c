using System.Data.Common;
using InventoryAdmin.Domain.Model.Orders;
using Npgsql;

namespace InventoryAdmin.Domain.Store;

/// <summary>
/// The store's "write a new order" operation: the order, its items, their allocations (and a bundle allocation's
/// component reservations) inside the caller's transaction, the way <see cref="SegmentAllocator"/> writes the
/// reservations: an order is a handful of rows, and EF Core's change tracking and two SaveChanges cost more than the
/// SQL itself (bench allocate's profile). The entities are built as before (the status and the answer come from them);
/// only their ids are not set, so <see cref="InsertAsync"/> returns the allocations' ids. Per engine: SQLite runs
/// prepared statements one after another (no round trips in process); PostgreSQL sends every row of the order in one
/// <see cref="NpgsqlBatch"/> (one round trip), each row naming its parent by the identity sequence's <c>currval</c>.
/// </summary>
internal sealed class OrderWriter : IAsyncDisposable
{
    private const string OrderColumns = """ "Orders" ("ExternalId", "Source", "AllowSplit", "Status", "CreatedAtUtc", "CreatedBy") """;
    private const string ItemColumns = """ "OrderItems" ("OrderId", "LineId", "ProductId", "Quantity", "SegmentKey", "RequestedLocationId", "UnallocatedQuantity", "UnallocatedReason") """;
    private const string AllocationColumns = """ "Allocations" ("OrderId", "OrderItemId", "ProductId", "LocationId", "SegmentKey", "Quantity", "Fulfilled", "Cancelled", "Returned", "CreatedAtUtc", "FromComponents") """;
    private const string ComponentColumns = """ "ComponentReservations" ("AllocationId", "ProductId", "LocationId", "SegmentKey", "QuantityPerBundle") """;

    private readonly NpgsqlConnection? npgsql;
    private NpgsqlTransaction? npgsqlTransaction;
    private readonly DbCommand order;
    private readonly DbCommand item;
    private readonly DbCommand allocation;
    private readonly DbCommand component;

    private OrderWriter(DbConnection connection)
    {
        npgsql = connection as NpgsqlConnection;
        order = StockWriter.Command(connection, null, $"""
            INSERT INTO {OrderColumns}
            VALUES (@id, @source, @split, @status, @at, @by)
            RETURNING "Id"
            """, "@id", "@source", "@split", "@status", "@at", "@by");
        item = StockWriter.Command(connection, null, $"""
            INSERT INTO {ItemColumns}
            VALUES (@order, @line, @p, @q, @k, @l, @unallocated, @reason)
            RETURNING "Id"
            """, "@order", "@line", "@p", "@q", "@k", "@l", "@unallocated", "@reason");
        // Typed, so PostgreSQL knows a null's type.
        item.Parameters["@k"].DbType = System.Data.DbType.String;
        item.Parameters["@l"].DbType = System.Data.DbType.Int32;
        item.Parameters["@reason"].DbType = System.Data.DbType.String;
        allocation = StockWriter.Command(connection, null, $"""
            INSERT INTO {AllocationColumns}
            VALUES (@order, @item, @p, @l, @k, @q, 0, 0, 0, @at, @fromComponents)
            RETURNING "Id"
            """, "@order", "@item", "@p", "@l", "@k", "@q", "@at", "@fromComponents");
        component = StockWriter.Command(connection, null, $"""
            INSERT INTO {ComponentColumns}
            VALUES (@allocation, @p, @l, @k, @perBundle)
            """, "@allocation", "@p", "@l", "@k", "@perBundle");
    }

    /// <summary>A writer kept on <paramref name="connection"/> across transactions: <see cref="Use"/> names each one.</summary>
    public static OrderWriter On(DbConnection connection) => new(connection);

    public void Use(DbTransaction transaction)
    {
        npgsqlTransaction = transaction as NpgsqlTransaction;
        foreach (var command in new[] { order, item, allocation, component }) command.Transaction = transaction;
    }

    /// <summary>Inserts the order as built (status, items, allocations); a second order with its (source, external id) fails on the unique index.</summary>
    /// <returns>The ids the allocations were given.</returns>
    public async Task<IReadOnlyDictionary<Allocation, long>> InsertAsync(Order newOrder, CancellationToken ct)
    {
        if (npgsql is not null) return await InsertInOneBatchAsync(npgsql, newOrder, ct);
        order.Parameters["@id"].Value = newOrder.ExternalId;
        order.Parameters["@source"].Value = newOrder.Source;
        order.Parameters["@split"].Value = newOrder.AllowSplit;
        order.Parameters["@status"].Value = newOrder.Status.ToString();
        order.Parameters["@at"].Value = newOrder.CreatedAtUtc;
        order.Parameters["@by"].Value = newOrder.CreatedBy;
        var orderId = await IdAsync(order, ct);

        var ids = new Dictionary<Allocation, long>(ReferenceEqualityComparer.Instance);
        foreach (var i in newOrder.Items)
        {
            item.Parameters["@order"].Value = orderId;
            item.Parameters["@line"].Value = i.LineId;
            item.Parameters["@p"].Value = i.ProductId;
            item.Parameters["@q"].Value = i.Quantity;
            item.Parameters["@k"].Value = (object?)i.SegmentKey ?? DBNull.Value;
            item.Parameters["@l"].Value = (object?)i.RequestedLocationId ?? DBNull.Value;
            item.Parameters["@unallocated"].Value = i.UnallocatedQuantity;
            item.Parameters["@reason"].Value = (object?)i.UnallocatedReason ?? DBNull.Value;
            var itemId = await IdAsync(item, ct);

            foreach (var a in i.Allocations)
            {
                allocation.Parameters["@order"].Value = orderId;
                allocation.Parameters["@item"].Value = itemId;
                allocation.Parameters["@p"].Value = a.ProductId;
                allocation.Parameters["@l"].Value = a.LocationId;
                allocation.Parameters["@k"].Value = a.SegmentKey;
                allocation.Parameters["@q"].Value = a.Quantity;
                allocation.Parameters["@at"].Value = a.CreatedAtUtc;
                allocation.Parameters["@fromComponents"].Value = a.FromComponents;
                ids[a] = await IdAsync(allocation, ct);

                // A bundle built from components: what each component's segment holds for it.
                foreach (var c in a.Components)
                {
                    component.Parameters["@allocation"].Value = ids[a];
                    component.Parameters["@p"].Value = c.ProductId;
                    component.Parameters["@l"].Value = c.LocationId;
                    component.Parameters["@k"].Value = c.SegmentKey;
                    component.Parameters["@perBundle"].Value = c.QuantityPerBundle;
                    await component.ExecuteNonQueryAsync(ct);
                }
            }
        }

        return ids;
    }

    /// <summary>PostgreSQL: every row in one batch; each statement returns its row's id, read back in the same order.</summary>
    private async Task<IReadOnlyDictionary<Allocation, long>> InsertInOneBatchAsync(NpgsqlConnection connection, Order newOrder, CancellationToken ct)
    {
        const string orderId = """currval(pg_get_serial_sequence('"Orders"', 'Id'))""";
        const string itemId = """currval(pg_get_serial_sequence('"OrderItems"', 'Id'))""";
        const string allocationId = """currval(pg_get_serial_sequence('"Allocations"', 'Id'))""";
        await using var batch = new NpgsqlBatch(connection, npgsqlTransaction);
        void Add(string sql, params object?[] values)
        {
            var command = new NpgsqlBatchCommand(sql);
            foreach (var value in values) command.Parameters.Add(value is NpgsqlParameter typed ? typed : new NpgsqlParameter { Value = value });
            batch.BatchCommands.Add(command);
        }

        Add($"""INSERT INTO {OrderColumns} VALUES ($1, $2, $3, $4, $5, $6) RETURNING "Id" """,
            newOrder.ExternalId, newOrder.Source, newOrder.AllowSplit, newOrder.Status.ToString(), newOrder.CreatedAtUtc, newOrder.CreatedBy);
        var allocations = new List<Allocation?> { null }; // what each statement's id is of (null: not an allocation)
        foreach (var i in newOrder.Items)
        {
            // Typed, so PostgreSQL knows a null's type.
            Add($"""INSERT INTO {ItemColumns} VALUES ({orderId}, $1, $2, $3, $4, $5, $6, $7) RETURNING "Id" """,
                i.LineId, i.ProductId, i.Quantity, new NpgsqlParameter<string?> { TypedValue = i.SegmentKey }, new NpgsqlParameter<int?> { TypedValue = i.RequestedLocationId },
                i.UnallocatedQuantity, new NpgsqlParameter<string?> { TypedValue = i.UnallocatedReason });
            allocations.Add(null);
            foreach (var a in i.Allocations)
            {
                Add($"""INSERT INTO {AllocationColumns} VALUES ({orderId}, {itemId}, $1, $2, $3, $4, 0, 0, 0, $5, $6) RETURNING "Id" """,
                    a.ProductId, a.LocationId, a.SegmentKey, a.Quantity, a.CreatedAtUtc, a.FromComponents);
                allocations.Add(a);
                foreach (var c in a.Components)
                {
                    Add($"""INSERT INTO {ComponentColumns} VALUES ({allocationId}, $1, $2, $3, $4) RETURNING "Id" """,
                        c.ProductId, c.LocationId, c.SegmentKey, c.QuantityPerBundle);
                    allocations.Add(null);
                }
            }
        }

        var ids = new Dictionary<Allocation, long>(ReferenceEqualityComparer.Instance);
        var statement = 0;
        await using var reader = await batch.ExecuteReaderAsync(ct);
        do
        {
            if (await reader.ReadAsync(ct) && allocations[statement] is { } a) ids[a] = reader.GetInt64(0);
            statement++;
        }
        while (await reader.NextResultAsync(ct));
        if (statement != allocations.Count) throw new InvalidOperationException($"The order's batch answered {statement} of {allocations.Count} statements.");

        return ids;
    }

    private static async Task<long> IdAsync(DbCommand insert, CancellationToken ct) =>
        Convert.ToInt64(await insert.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync()
    {
        await order.DisposeAsync();
        await item.DisposeAsync();
        await allocation.DisposeAsync();
        await component.DisposeAsync();
    }
}
