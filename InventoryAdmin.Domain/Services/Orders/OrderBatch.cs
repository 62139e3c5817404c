using InventoryAdmin.Domain.Store;

namespace InventoryAdmin.Domain.Services.Orders;

/// <summary>What one order's write gets from <see cref="OrderCommits"/>: the batch's context, inside its transaction, and its prepared statements.</summary>
internal sealed class OrderBatch : IAsyncDisposable
{
    private OrderBatch(InventoryDbContext db)
    {
        Db = db;
        Allocator = SegmentAllocator.Create(db);
        Orders = OrderWriter.Create(db);
    }

    public InventoryDbContext Db { get; }

    public SegmentAllocator Allocator { get; }

    public OrderWriter Orders { get; }

    public static OrderBatch Create(InventoryDbContext db) => new(db);

    public async ValueTask DisposeAsync()
    {
        await Allocator.DisposeAsync();
        await Orders.DisposeAsync();
    }
}
