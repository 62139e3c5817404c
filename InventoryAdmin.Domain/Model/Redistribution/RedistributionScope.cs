namespace InventoryAdmin.Domain.Model.Redistribution;

/// <summary>
/// Which records a redistribution covers: products named by SKU or UPC (none = every product) at the given
/// locations (none = every location). Entries are trimmed, blanks dropped, duplicates removed ignoring case.
/// </summary>
public sealed class RedistributionScope
{
    public RedistributionScope(IEnumerable<string?>? skus = null, IEnumerable<string?>? upcs = null, IEnumerable<string?>? locationCodes = null)
    {
        Skus = Clean(skus);
        Upcs = Clean(upcs);
        LocationCodes = Clean(locationCodes);
    }

    public static RedistributionScope Everything { get; } = new();

    public IReadOnlyList<string> Skus { get; }

    public IReadOnlyList<string> Upcs { get; }

    public IReadOnlyList<string> LocationCodes { get; }

    public bool AllProducts => Skus.Count == 0 && Upcs.Count == 0;

    /// <summary>For people: "every product at every location", "3 SKUs, 1 UPC at DC-East".</summary>
    public string Describe()
    {
        var products = AllProducts ? "every product"
            : string.Join(", ", new[] { Count(Skus.Count, "SKU"), Count(Upcs.Count, "UPC") }.Where(s => s.Length > 0));
        var locations = LocationCodes.Count == 0 ? "every location"
            : LocationCodes.Count <= 3 ? string.Join(", ", LocationCodes) : $"{LocationCodes.Count} locations";
        return $"{products} at {locations}";
    }

    internal static string Join(IReadOnlyList<string> values) => string.Join('\n', values);

    internal static RedistributionScope Parse(string skus, string upcs, string locationCodes) =>
        new(skus.Split('\n'), upcs.Split('\n'), locationCodes.Split('\n'));

    private static string Count(int n, string what) => n == 0 ? "" : $"{n} {what}{(n == 1 ? "" : "s")}";

    private static IReadOnlyList<string> Clean(IEnumerable<string?>? values) =>
        (values ?? []).Select(v => v?.Trim() ?? "").Where(v => v.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}
