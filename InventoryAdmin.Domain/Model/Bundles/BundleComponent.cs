namespace InventoryAdmin.Domain.Model.Bundles;

/// <summary>
/// One line of a bundle's bill of materials: <see cref="QuantityPerBundle"/> units of a standard product go into one
/// bundle. Components are standard products only, so a bundle never contains a bundle and no cycle can form.
/// </summary>
public sealed class BundleComponent
{
    public const int MaxQuantityPerBundle = 10_000;

    private BundleComponent()
    {
    }

    public BundleComponent(int componentId, int quantityPerBundle)
    {
        ComponentId = componentId;
        QuantityPerBundle = quantityPerBundle;
    }

    public int BundleId { get; private set; }

    public int ComponentId { get; private set; }

    public int QuantityPerBundle { get; set; }
}
