namespace InventoryAdmin.Domain.Model.Orders;

/// <summary>
/// A line of an order: a product, a quantity and the segment it sells from (null when it was ordered while tags were
/// off: returns then need a location and use the default segment). What is not allocated stays here with a reason.
/// </summary>
public sealed class OrderItem
{
    private readonly List<Allocation> allocations = [];

    private OrderItem()
    {
    }

    /// <summary>A new line, all of it unallocated (see <see cref="Order.Place"/>).</summary>
    internal OrderItem(string lineId, int productId, int quantity, string? segmentKey, int? requestedLocationId)
    {
        UnallocatedQuantity = quantity;
        LineId = lineId;
        ProductId = productId;
        Quantity = quantity;
        SegmentKey = segmentKey;
        RequestedLocationId = requestedLocationId;
    }

    public long Id { get; private set; }

    public long OrderId { get; private set; }

    public string LineId { get; private set; } = "";

    public int ProductId { get; private set; }

    public int Quantity { get; private set; }

    public string? SegmentKey { get; private set; }

    public int? RequestedLocationId { get; private set; }

    public int UnallocatedQuantity { get; private set; }

    public string? UnallocatedReason { get; private set; }

    public IReadOnlyList<Allocation> Allocations => allocations;

    internal void Add(Allocation allocation)
    {
        allocations.Add(allocation);
        UnallocatedQuantity -= allocation.Quantity;
    }

    internal void Explain(string? reason) => UnallocatedReason = reason;

    internal void DropUnallocated(string reason) => (UnallocatedQuantity, UnallocatedReason) = (0, reason);
}
