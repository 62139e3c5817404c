using InventoryAdmin.Domain.Model.Stock;

namespace InventoryAdmin.Domain.Model.Bundles;

/// <summary>
/// A bundle's figures in one segment at one location (SPEC §7, the bundle seed): prepackaged stock is the bundle's own
/// stock; the component part is, for On Hand, Locked, Allocated and Available alike, the minimum over the components of
/// floor(component figure / quantity per bundle), so it is 0 as soon as one component is out. The bundle's figure is the
/// sum of both parts when the location uses component inventory, the prepackaged part alone when it does not.
/// </summary>
public sealed record BundleFigures(bool UseComponentInventory, Figures Prepackaged, Figures Components, string? BottleneckSku)
{
    public Figures Total => UseComponentInventory ? Prepackaged + Components : Prepackaged;

    public static BundleFigures Of(bool useComponentInventory, Figures prepackaged, IReadOnlyList<ComponentFigures> components) =>
        new(useComponentInventory, prepackaged, ComponentPart(components), Bottleneck(components));

    /// <summary>Each figure separately: min over components of floor(figure / quantity per bundle); no components → none.</summary>
    public static Figures ComponentPart(IReadOnlyList<ComponentFigures> components)
    {
        if (components.Count == 0) return Figures.Zero;
        int Min(Func<Figures, int> figure) => components.Min(c => Math.Max(0, figure(c.Figures)) / c.QuantityPerBundle);
        return Figures.Summed(Min(f => f.OnHand), Min(f => f.Locked), Min(f => f.Allocated), Min(f => f.Available));
    }

    /// <summary>The component that limits how many bundles can be sold: fewest bundles' worth available (ties: SKU).</summary>
    public static string? Bottleneck(IReadOnlyList<ComponentFigures> components) =>
        components.OrderBy(c => c.Figures.Available / c.QuantityPerBundle).ThenBy(c => c.Sku, StringComparer.OrdinalIgnoreCase)
            .Select(c => c.Sku).FirstOrDefault();

    /// <summary>Parts summed over segments (each segment's own minimum, then the sum, so the segments add up to the location).</summary>
    public static BundleFigures Sum(bool useComponentInventory, IEnumerable<BundleFigures> segments, string? bottleneckSku)
    {
        var list = segments.ToList();
        return new(useComponentInventory, Figures.Sum(list.Select(s => s.Prepackaged)), Figures.Sum(list.Select(s => s.Components)), bottleneckSku);
    }
}
