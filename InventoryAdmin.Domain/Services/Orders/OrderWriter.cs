using System.Data.Common;
using InventoryAdmin.Domain.Model.Orders;
using InventoryAdmin.Domain.Store;

namespace InventoryAdmin.Domain.Services.Orders;

/// <summary>
/// Writes a new order, its items, their allocations (and a bundle allocation's component reservations) with prepared SQL inside the caller's transaction, the way
/// <see cref="SegmentAllocator"/> writes the reservations: an order is a handful of rows, and EF Core's change tracking
/// and two SaveChanges cost more than the SQL itself (bench allocate's profile). The entities are built as before
/// (the status and the answer come from them); only their ids are not set, so <see cref="InsertAsync"/> returns the
/// allocations' ids.
/// </summary>
internal sealed class OrderWriter : IAsyncDisposable
{
    private readonly DbCommand order;
    private readonly DbCommand item;
    private readonly DbCommand allocation;
    private readonly DbCommand component;

    private OrderWriter(DbConnection connection)
    {
        order = StockWriter.Command(connection, null, """
            INSERT INTO "Orders" ("ExternalId", "Source", "AllowSplit", "Status", "CreatedAtUtc", "CreatedBy")
            VALUES (@id, @source, @split, @status, @at, @by)
            RETURNING "Id"
            """, "@id", "@source", "@split", "@status", "@at", "@by");
        item = StockWriter.Command(connection, null, """
            INSERT INTO "OrderItems" ("OrderId", "LineId", "ProductId", "Quantity", "SegmentKey", "RequestedLocationId", "UnallocatedQuantity", "UnallocatedReason")
            VALUES (@order, @line, @p, @q, @k, @l, @unallocated, @reason)
            RETURNING "Id"
            """, "@order", "@line", "@p", "@q", "@k", "@l", "@unallocated", "@reason");
        // Typed, so PostgreSQL knows a null's type.
        item.Parameters["@k"].DbType = System.Data.DbType.String;
        item.Parameters["@l"].DbType = System.Data.DbType.Int32;
        item.Parameters["@reason"].DbType = System.Data.DbType.String;
        allocation = StockWriter.Command(connection, null, """
            INSERT INTO "Allocations" ("OrderId", "OrderItemId", "ProductId", "LocationId", "SegmentKey", "Quantity", "Fulfilled", "Cancelled", "Returned", "CreatedAtUtc", "FromComponents")
            VALUES (@order, @item, @p, @l, @k, @q, 0, 0, 0, @at, @fromComponents)
            RETURNING "Id"
            """, "@order", "@item", "@p", "@l", "@k", "@q", "@at", "@fromComponents");
        component = StockWriter.Command(connection, null, """
            INSERT INTO "ComponentReservations" ("AllocationId", "ProductId", "LocationId", "SegmentKey", "QuantityPerBundle")
            VALUES (@allocation, @p, @l, @k, @perBundle)
            """, "@allocation", "@p", "@l", "@k", "@perBundle");
    }

    /// <summary>A writer kept on <paramref name="connection"/> across transactions: <see cref="Use"/> names each one.</summary>
    public static OrderWriter On(DbConnection connection) => new(connection);

    public void Use(DbTransaction transaction)
    {
        foreach (var command in new[] { order, item, allocation, component }) command.Transaction = transaction;
    }

    /// <summary>Inserts the order as built (status, items, allocations); a second order with its (source, external id) fails on the unique index.</summary>
    /// <returns>The ids the allocations were given.</returns>
    public async Task<IReadOnlyDictionary<Allocation, long>> InsertAsync(Order newOrder, CancellationToken ct)
    {
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
