namespace InventoryAdmin.Domain.Model.Orders;

/// <summary>
/// What a bundle allocation built from components holds of one component: <see cref="QuantityPerBundle"/> units of the
/// component's segment at the allocation's location per bundle unit. It moves in lockstep with its allocation, so it
/// keeps no counters of its own: open component units = allocation's open units × QuantityPerBundle. The quantity is
/// copied from the bundle when reserved, so changing the bundle's components later never changes what an order holds.
/// </summary>
public sealed class ComponentReservation
{
    private ComponentReservation()
    {
    }

    public ComponentReservation(int productId, int locationId, string segmentKey, int quantityPerBundle)
    {
        ProductId = productId;
        LocationId = locationId;
        SegmentKey = segmentKey;
        QuantityPerBundle = quantityPerBundle;
    }

    public long Id { get; private set; }

    public long AllocationId { get; private set; }

    /// <summary>The component product.</summary>
    public int ProductId { get; private set; }

    public int LocationId { get; private set; }

    public string SegmentKey { get; private set; } = "";

    public int QuantityPerBundle { get; private set; }
}
