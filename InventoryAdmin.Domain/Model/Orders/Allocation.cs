namespace InventoryAdmin.Domain.Model.Orders;

/// <summary>
/// Units of one segment at one location reserved for an order item. Open = Quantity − Fulfilled − Cancelled.
/// Carries the POS/ERP sync times of the Modern Retail seed: created, sent to the store's POS, acknowledged by it.
/// </summary>
public sealed class Allocation
{
    private Allocation()
    {
    }

    public Allocation(long orderId, int productId, int locationId, string segmentKey, int quantity, DateTime createdAtUtc)
    {
        OrderId = orderId;
        ProductId = productId;
        LocationId = locationId;
        SegmentKey = segmentKey;
        Quantity = quantity;
        CreatedAtUtc = createdAtUtc;
    }

    public long Id { get; private set; }

    public long OrderId { get; private set; }

    public long OrderItemId { get; private set; }

    public int ProductId { get; private set; }

    public int LocationId { get; private set; }

    public string SegmentKey { get; private set; } = "";

    public int Quantity { get; private set; }

    public int Fulfilled { get; set; }

    public int Cancelled { get; set; }

    public int Returned { get; set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? SentAtUtc { get; set; }

    public DateTime? AcknowledgedAtUtc { get; set; }

    public int Open => Quantity - Fulfilled - Cancelled;
}
