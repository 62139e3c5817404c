using InventoryAdmin.Domain.Model.Bundles;
using InventoryAdmin.Domain.Model.Stock;
using InventoryAdmin.Domain.Services.Contracts;

namespace InventoryAdmin.Domain.Services.Bundles;

/// <summary>
/// A bundle at one location: its figures per segment (stored segment key, the effective one while tags are off), their
/// sum, and each component's figures at the location (summed over the same segments) for the bottleneck and the grid.
/// </summary>
internal sealed record BundleAtLocation(IReadOnlyDictionary<string, BundleFigures> Segments, BundleFigures Total,
    IReadOnlyList<ComponentFigures> Components)
{
    /// <summary>What the location sells: the sum of its segments' totals.</summary>
    public Figures Figures => BundleFigures.SumOfTotals(Segments.Values);

    public BundlePartsDto ToDto() => new(Total.UseComponentInventory, FiguresDto.From(Total.Prepackaged), FiguresDto.From(Total.Components),
        Total.BottleneckSku);
}
