using InventoryAdmin.Domain.Model.Stock;

namespace InventoryAdmin.Domain.Model.Bundles;

/// <summary>
/// A bundle's figures in one segment at one location (SPEC §7, the bundle seed): prepackaged stock is the bundle's own
/// stock; the component part is what the components can build, 0 as soon as one component is out. The bundle's figure
/// is the sum of both parts when the location uses component inventory, the prepackaged part alone when it does not.
/// </summary>
/// <remarks>
/// The component part's On Hand and Available are the seed's rule, min over the components of floor(figure / quantity
/// per bundle). Taking the same minimum for Locked and Allocated independently would break SPEC §2's
/// Available = On Hand − Locked − Allocated whenever the locked and the allocated units sit in different components
/// (DEF with 30 of 50 locked would show 50 on hand, 0 locked, 20 available). So the units between On Hand and
/// Available are labelled by the bottleneck component's own reason: split between Locked and Allocated in the
/// proportion of its locked and allocated units. With one constraining component (the usual case, and the seed's)
/// this is exactly min(floor(figure / quantity)) for all four figures.
/// </remarks>
public sealed record BundleFigures(bool UseComponentInventory, Figures Prepackaged, Figures Components, string? BottleneckSku)
{
    /// <summary>
    /// Prepackaged plus components, with Available recomputed from the sums: units over-allocated in the bundle's own
    /// segment (short) are covered by what the components can build before any of it is offered again.
    /// </summary>
    public Figures Total => UseComponentInventory
        ? new Figures(Prepackaged.OnHand + Components.OnHand, Prepackaged.Locked + Components.Locked, Prepackaged.Allocated + Components.Allocated)
        : Prepackaged;

    public static BundleFigures Of(bool useComponentInventory, Figures prepackaged, IReadOnlyList<ComponentFigures> components) =>
        new(useComponentInventory, prepackaged, ComponentPart(components), Bottleneck(components));

    public static Figures ComponentPart(IReadOnlyList<ComponentFigures> components)
    {
        if (components.Count == 0) return Figures.Zero;
        var onHand = components.Min(c => Math.Max(0, c.Figures.OnHand) / c.QuantityPerBundle);
        var bottleneck = components.OrderBy(c => Bundles(c)).ThenBy(c => c.Sku, StringComparer.OrdinalIgnoreCase).First();
        var available = Math.Min(onHand, Bundles(bottleneck));
        var held = onHand - available;
        long locked = Math.Max(0, bottleneck.Figures.Locked), allocated = Math.Max(0, bottleneck.Figures.Allocated);
        var lockedPart = locked + allocated == 0 ? held : (int)(held * locked / (locked + allocated));
        return Figures.Summed(onHand, lockedPart, held - lockedPart, available);
    }

    private static int Bundles(ComponentFigures c) => Math.Max(0, c.Figures.Available) / c.QuantityPerBundle;

    /// <summary>The component that limits how many bundles can be sold: fewest bundles' worth available (ties: SKU).</summary>
    public static string? Bottleneck(IReadOnlyList<ComponentFigures> components) =>
        components.OrderBy(Bundles).ThenBy(c => c.Sku, StringComparer.OrdinalIgnoreCase)
            .Select(c => c.Sku).FirstOrDefault();

    /// <summary>Parts summed over segments (each segment's own minimum, then the sum, so the segments add up to the location).</summary>
    public static BundleFigures Sum(bool useComponentInventory, IEnumerable<BundleFigures> segments, string? bottleneckSku)
    {
        var list = segments.ToList();
        return new(useComponentInventory, Figures.Sum(list.Select(s => s.Prepackaged)), Figures.Sum(list.Select(s => s.Components)), bottleneckSku);
    }

    /// <summary>The location's figures: the sum of its segments' totals (not the total of the summed parts), so they add up.</summary>
    public static Figures SumOfTotals(IEnumerable<BundleFigures> segments) => Figures.Sum(segments.Select(s => s.Total));
}
