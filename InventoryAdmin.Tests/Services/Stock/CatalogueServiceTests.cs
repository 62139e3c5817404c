using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Tests.Support.Domain;
using InventoryAdmin.Tests.Support.Stock;

namespace InventoryAdmin.Tests.Services.Stock;

public class CatalogueServiceTests : IAsyncLifetime
{
    private readonly StockTestBed bed;

    public CatalogueServiceTests()
        : this(null)
    {
    }

    /// <summary>The same tests on another engine (see the PostgreSQL subclass).</summary>
    protected CatalogueServiceTests(InventoryTestStore? store) => bed = new StockTestBed(store);

    public Task InitializeAsync() => bed.InitializeAsync();

    public Task DisposeAsync() => bed.DisposeAsync();

    [Fact]
    public async Task ProductsAsync_SearchWithLikeWildcards_MatchesThemLiterally()
    {
        await bed.Catalogue.PutProductAsync("A_1", "Underscore", null, null);
        await bed.Catalogue.PutProductAsync("AB1", "Plain", null, null);
        await bed.Catalogue.PutProductAsync("C-9", "100% cotton", null, null);
        await bed.Catalogue.PutProductAsync("C-8", "1000 cotton", null, null);

        Assert.Equal(["A_1"], (await bed.Catalogue.ProductsAsync("A_", 1, 50)).Items.Select(p => p.Sku));
        Assert.Equal(["C-9"], (await bed.Catalogue.ProductsAsync("100%", 1, 50)).Items.Select(p => p.Sku));
    }

    [Fact]
    public async Task LocationAsync_CodeInAnotherCaseInEveryLetter_FindsTheLocation()
    {
        await bed.Catalogue.PutLocationAsync("KÖLN-SÜD", "Cologne south", 1, true);

        var found = await bed.Catalogue.LocationAsync("köln-süd");

        Assert.Equal(("KÖLN-SÜD", "Cologne south"), (found.Code, found.Name));
    }

    [Fact]
    public async Task PutLocationAsync_CodeDifferingOnlyInNonAsciiCase_UpdatesTheSameLocation_AndStockLinesStillResolve()
    {
        await bed.Catalogue.PutLocationAsync("Köln", "Köln store", 1, true);
        var (second, created) = await bed.Catalogue.PutLocationAsync("KÖLN", "Cologne store", 2, true);
        await bed.Catalogue.PutProductAsync("A-1", "Alpha", null, null);

        await bed.Stock.RefreshAsync([new StockLine("A-1", null, "kÖln", null, 5)], StockTestBed.Manager);

        Assert.False(created);
        Assert.Equal(("Köln", "Cologne store"), (second.Code, second.Name));
        Assert.Equal(["Köln"], (await bed.Catalogue.LocationsAsync()).Select(l => l.Code));
        Assert.Equal(5, (await bed.Query.GetRecordAsync("A-1")).Totals.OnHand);
    }
}
