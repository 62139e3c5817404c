namespace InventoryAdmin.Domain.Services.Orders;

/// <summary>
/// Where an order item can take units at a location, with the free units when read: a segment of the item's own product
/// (a bundle's prepackaged stock included), or, with <see cref="Components"/>, the bundles its components can build there.
/// </summary>
internal sealed record FreeSegment(int LocationId, string Code, int Priority, string SegmentKey, int Available,
    IReadOnlyList<ComponentPick>? Components = null);

/// <summary>The segment of one component that a bundle built at a location takes its units from.</summary>
internal sealed record ComponentPick(int ProductId, string Sku, string SegmentKey, int QuantityPerBundle);
