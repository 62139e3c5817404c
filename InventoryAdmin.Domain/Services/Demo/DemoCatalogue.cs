namespace InventoryAdmin.Domain.Services.Demo;

/// <summary>The demo data's names: the seeds' tags and Retailer2, and a small believable catalogue.</summary>
internal static class DemoCatalogue
{
    public static readonly (string Code, string Name, int Priority)[] Locations =
    [
        ("Retailer2", "Retailer 2 – Downtown store", 10),
        ("DC-East", "East distribution centre", 20),
        ("Store-North", "North mall store", 5),
    ];

    /// <summary>The demo bundle (the bundle seed's Alphabet Bundle).</summary>
    public const string Bundle = "ALPHA-BNDL";

    private static readonly string[] Kinds = ["T-Shirt", "Hoodie", "Sneaker", "Backpack", "Water Bottle", "Cap", "Jacket", "Socks", "Beanie", "Tote Bag"];

    private static readonly string[] Colours = ["Black", "Navy", "Red", "Sand", "Olive"];

    /// <summary>50 products: SKU, UPC (12 digits), name.</summary>
    public static IEnumerable<(string Sku, string Upc, string Name)> Products()
    {
        var n = 0;
        foreach (var kind in Kinds)
        {
            foreach (var colour in Colours)
            {
                n++;
                var sku = $"{kind.Replace(" ", "").Replace("-", "")[..Math.Min(4, kind.Replace(" ", "").Replace("-", "").Length)].ToUpperInvariant()}-{colour[..3].ToUpperInvariant()}-{n:000}";
                yield return (sku, $"0{740000000000 + n * 37:D11}"[..12], $"{colour} {kind}");
            }
        }
    }
}
