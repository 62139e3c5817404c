using InventoryAdmin.Domain.Model.Orders;

namespace InventoryAdmin.Domain.Services.Orders;

/// <summary>
/// Units of one segment that settling or returning an allocation moves: the allocation's own segment, or for a bundle
/// built from components each component's segment, units × quantity per bundle (as copied when it was reserved).
/// </summary>
internal sealed record StockPick(Allocation Allocation, int ProductId, int LocationId, string SegmentKey, int Units)
{
    public static IEnumerable<StockPick> Of(Allocation allocation, int units) => allocation.FromComponents
        ? allocation.Components.Select(c => new StockPick(allocation, c.ProductId, c.LocationId, c.SegmentKey, units * c.QuantityPerBundle))
        : [new StockPick(allocation, allocation.ProductId, allocation.LocationId, allocation.SegmentKey, units)];
}
