namespace InventoryAdmin.Domain.Model.Orders;

/// <summary>
/// Units of one segment at one location reserved for an order item. Open = Quantity − Fulfilled − Cancelled.
/// Carries the POS/ERP sync times of the Modern Retail seed: created, sent to the store's POS, acknowledged by it.
/// A bundle's units come either from its prepackaged stock (an ordinary allocation of the bundle's segment) or, with
/// <see cref="FromComponents"/>, are built from components: then the bundle's own segment is not reserved and each
/// component's units are held by a <see cref="ComponentReservation"/> of its own segment.
/// </summary>
public sealed class Allocation
{
    private Allocation()
    {
    }

    public Allocation(long orderId, int productId, int locationId, string segmentKey, int quantity, DateTime createdAtUtc,
        IReadOnlyList<ComponentReservation>? components = null)
    {
        FromComponents = components is { Count: > 0 };
        Components = components?.ToList() ?? [];
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

    public int Fulfilled { get; private set; }

    public int Cancelled { get; private set; }

    public int Returned { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? SentAtUtc { get; private set; }

    public DateTime? AcknowledgedAtUtc { get; private set; }

    /// <summary>Built from components: the segment reserved is each component's (see <see cref="Components"/>), not the bundle's.</summary>
    public bool FromComponents { get; private set; }

    public List<ComponentReservation> Components { get; private set; } = [];

    public int Open => Quantity - Fulfilled - Cancelled;

    /// <summary>Sent to the location's POS (the pull).</summary>
    public void MarkSent(DateTime at) => SentAtUtc = at;

    /// <summary>Acknowledged by the location's POS.</summary>
    public void Acknowledge(DateTime at) => AcknowledgedAtUtc = at;

    /// <summary>Checked by <see cref="Order.Fulfil"/> and <see cref="Order.Cancel"/>.</summary>
    internal void Settle(int fulfilled, int cancelled) => (Fulfilled, Cancelled) = (Fulfilled + fulfilled, Cancelled + cancelled);

    /// <summary>Checked by <see cref="Order.Return"/>.</summary>
    internal void TakeBack(int units) => Returned += units;
}
