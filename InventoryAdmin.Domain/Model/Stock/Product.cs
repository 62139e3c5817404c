namespace InventoryAdmin.Domain.Model.Stock;

/// <summary>A sellable item: SKU unique, UPC unique when given.</summary>
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

    public void Update(string name, string? upc, ProductKind kind)
    {
        Name = name.Trim();
        Upc = string.IsNullOrWhiteSpace(upc) ? null : upc.Trim();
        Kind = kind;
    }
}
