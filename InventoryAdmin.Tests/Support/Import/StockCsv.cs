using System.Text;

namespace InventoryAdmin.Tests.Support.Import;

/// <summary>
/// Stock CSV files for import tests: a count of 50 products (SKU-000…) at 20 locations (LOC-00…), one line per record,
/// 1,000 lines in all. Lines are numbered as in the file: the header is line 1, so data line n sits at index n − 2.
/// </summary>
internal static class StockCsv
{
    public const int Products = 50;
    public const int Locations = 20;
    public const int Lines = Products * Locations;
    public const string Header = "sku,locationCode,quantity";

    public static string SkuOf(int p) => $"SKU-{p:D3}";

    public static string LocationCode(int l) => $"LOC-{l:D2}";

    /// <summary>Line n (n ≥ 2) of the count as its cells: sku, locationCode, quantity.</summary>
    public static string[] CountLine(int n)
    {
        var i = n - 2;
        return [SkuOf(i / Locations), LocationCode(i % Locations), (1 + i % 17).ToString()];
    }

    /// <summary>The 1,000-line count, with the given file lines replaced by other cells.</summary>
    public static string Count(params (int Line, string[] Cells)[] replaced)
    {
        var lines = Enumerable.Range(2, Lines).Select(n => replaced.FirstOrDefault(r => r.Line == n).Cells ?? CountLine(n));
        return Csv(Header, lines);
    }

    public static string Csv(string header, IEnumerable<string[]> lines) =>
        header + "\n" + string.Concat(lines.Select(l => string.Join(",", l) + "\n"));

    public static string Csv(string header, params string[] lines) => header + "\n" + string.Concat(lines.Select(l => l + "\n"));

    public static MemoryStream Open(string csv) => new(Encoding.UTF8.GetBytes(csv));
}
