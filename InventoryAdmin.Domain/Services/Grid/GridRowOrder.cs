namespace InventoryAdmin.Domain.Services.Grid;

/// <summary>
/// The order <see cref="GridRows"/> sorts by a figure, in memory: the figure, then SKU and location code compared
/// as SQLite's NOCASE collation does (ASCII letters folded), so rows sorted here merge exactly with rows sorted in SQL.
/// </summary>
internal sealed class GridRowOrder(string column, bool descending) : IComparer<GridRow>
{
    public int Compare(GridRow? x, GridRow? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        var byFigure = Figure(x).CompareTo(Figure(y));
        if (byFigure != 0) return descending ? -byFigure : byFigure;
        var bySku = NoCase(x.Sku, y.Sku);
        return bySku != 0 ? bySku : NoCase(x.LocationCode, y.LocationCode);
    }

    private int Figure(GridRow row) => column switch
    {
        "onhand" => row.OnHand,
        "locked" => row.Locked,
        "allocated" => row.Allocated,
        _ => row.Available,
    };

    private static int NoCase(string a, string b)
    {
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var c = Fold(a[i]).CompareTo(Fold(b[i]));
            if (c != 0) return c;
        }

        return a.Length.CompareTo(b.Length);
    }

    private static char Fold(char c) => c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
}
