using InventoryAdmin.Domain.Model.Bundles;

namespace InventoryAdmin.Domain.Model.Stock;

/// <summary>A sellable item: SKU unique, UPC unique when given. A bundle also lists its components.</summary>
public sealed class Product
{
    private Product()
    {
    }

    public Product(string sku, string name, string? upc = null, ProductKind kind = ProductKind.Standard)
    {
        Sku = sku.Trim();
        Name = name.Trim();
        Upc = string.IsNullOrWhiteSpace(upc) ? null : upc.Trim();
        Kind = kind;
    }

    public int Id { get; private set; }

    public string Sku { get; private set; } = "";

    public string? Upc { get; private set; }

    public string Name { get; private set; } = "";

    public ProductKind Kind { get; private set; }

    /// <summary>A bundle's bill of materials (empty for a standard product). Checked by the catalogue service.</summary>
    public List<BundleComponent> Components { get; private set; } = [];

    public void Update(string name, string? upc, ProductKind kind)
    {
        Name = name.Trim();
        Upc = string.IsNullOrWhiteSpace(upc) ? null : upc.Trim();
        Kind = kind;
    }

    /// <summary>Replaces the components, keeping the rows of the ones that stay (their quantity updated).</summary>
    public void SetComponents(IReadOnlyList<(int ComponentId, int QuantityPerBundle)> components)
    {
        Components.RemoveAll(c => components.All(n => n.ComponentId != c.ComponentId));
        foreach (var (componentId, quantity) in components)
        {
            var existing = Components.FirstOrDefault(c => c.ComponentId == componentId);
            if (existing is null) Components.Add(new BundleComponent(componentId, quantity));
            else existing.QuantityPerBundle = quantity;
        }
    }
}
