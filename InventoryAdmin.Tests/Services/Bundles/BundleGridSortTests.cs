using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Tests.Support.Bundles;
using InventoryAdmin.Tests.Support.Domain;

namespace InventoryAdmin.Tests.Services.Bundles;

/// <summary>Issue 14 item 3: a grid sorted by a figure orders bundle rows by the figure it shows (prepackaged + components).</summary>
public class BundleGridSortTests : BundleTestBase
{
    public BundleGridSortTests()
        : this(null)
    {
    }

    /// <summary>The same tests on another engine (see the PostgreSQL subclass).</summary>
    protected BundleGridSortTests(InventoryTestStore? store)
        : base(store: store)
    {
    }

    private async Task ArrangeAsync()
    {
        await AlphabetAsync();
        await SeedComponentsAsync(); // ABC 120, DEF 50, GHI 75: the bundle builds 50
        await StockAsync(Bundle, Fba, 8); // 8 prepackaged: the row shows 58
        await _bed.AddProductsAsync("P-10", "P-55", "P-57", "P-60", "P-99");
        foreach (var (sku, units) in new[] { ("P-10", 10), ("P-55", 55), ("P-57", 57), ("P-60", 60), ("P-99", 99) })
            await StockAsync(sku, Fba, units);
    }

    [Theory]
    [InlineData("OnHand", false)]
    [InlineData("OnHand", true)]
    [InlineData("Available", false)]
    [InlineData("Available", true)]
    public async Task GridAsync_SortedByFigure_BundleSitsWhereItsShownFigureBelongs_OnEveryPageSize(string column, bool descending)
    {
        await ArrangeAsync();

        foreach (var size in new[] { 1, 2, 3, 4, 5, 9, 50 })
        {
            var rows = new List<GridRowDto>();
            for (var page = 0; page * size < 9; page++)
                rows.AddRange((await _bed.Query.GridAsync(new GridQuery(SortBy: column, Descending: descending, Page: page, PageSize: size))).Items);

            var figures = rows.Select(r => column == "OnHand" ? r.OnHand : r.Available).ToList();
            Assert.Equal(descending ? figures.OrderDescending() : figures.Order(), figures);
            Assert.Equal(9, rows.Select(r => r.Sku).Distinct().Count());
            Assert.Equal(58, rows.Single(r => r.Sku == Bundle).OnHand);
        }

        var ascending = (await _bed.Query.GridAsync(new GridQuery(SortBy: "OnHand", PageSize: 50))).Items.Select(r => r.Sku);
        Assert.Equal(["P-10", Def, "P-55", "P-57", Bundle, "P-60", Ghi, "P-99", Abc], ascending);
    }
}
