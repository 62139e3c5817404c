using Bunit;
using InventoryAdmin.Components.Shared;
using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Domain.Store;
using InventoryAdmin.Tests.Support;
using MudBlazor;

namespace InventoryAdmin.Tests.Components;

/// <summary>The product dialog's components editor and the grid's bundle panel, against the real services.</summary>
public class BundleComponentsTests
{
    private readonly DatabaseProvider engine;

    public BundleComponentsTests()
        : this(DatabaseProvider.Sqlite)
    {
    }

    /// <summary>The same tests on another engine (see the PostgreSQL subclass).</summary>
    protected BundleComponentsTests(DatabaseProvider engine) => this.engine = engine;

    private static async Task<ProductDto> AlphabetAsync(ComponentTestContext ctx)
    {
        var catalogue = ctx.Get<CatalogueService>();
        await catalogue.PutLocationAsync("FBA-1", "FBA", 0, true);
        foreach (var sku in new[] { "ABC", "DEF", "GHI" }) await catalogue.PutProductAsync(sku, sku, null, null);
        var (bundle, _) = await catalogue.PutProductAsync("ALPHABET", "Alphabet Bundle", null, "bundle", [new ComponentRequest("ABC", 1), new ComponentRequest("DEF", 1)]);
        return bundle;
    }

    [Fact]
    public async Task ProductDialog_DuplicateComponent_IsFlaggedOnItsRow_AndSaveIsDisabled()
    {
        await using var ctx = await ComponentTestContext.CreateAsync(engine);
        var bundle = await AlphabetAsync(ctx);
        var (dialog, _) = await ctx.ShowDialogAsync(new DialogParameters<ProductDialog> { { d => d.Existing, bundle } });

        dialog.Find("[data-testid=add-component]").Click();
        dialog.Find("input[data-testid=component-sku-2]").Input("abc");

        dialog.WaitForAssertion(() =>
        {
            Assert.Contains("listed twice", dialog.FindAll("[data-testid=component-row]")[2].TextContent);
            Assert.True(dialog.Find("[data-testid=save-product]").HasAttribute("disabled"));
        });
    }

    [Fact]
    public async Task ProductDialog_UnknownComponent_ShowsTheServiceErrorOnThatField_AndSavingAValidListStoresIt()
    {
        await using var ctx = await ComponentTestContext.CreateAsync(engine);
        var bundle = await AlphabetAsync(ctx);
        var (dialog, reference) = await ctx.ShowDialogAsync(new DialogParameters<ProductDialog> { { d => d.Existing, bundle } });

        dialog.Find("input[data-testid=component-sku-1]").Input("NOPE");
        await dialog.Find("[data-testid=save-product]").ClickAsync(new());
        dialog.WaitForAssertion(() => Assert.Contains("There is no product with SKU 'NOPE'", dialog.FindAll("[data-testid=component-row]")[1].TextContent));

        dialog.Find("input[data-testid=component-sku-1]").Input("GHI");
        dialog.Find("input[data-testid=component-quantity-1]").Input("3");
        await dialog.Find("[data-testid=save-product]").ClickAsync(new());

        var result = await reference.Result;
        Assert.False(result!.Canceled);
        var saved = await ctx.Get<CatalogueService>().ProductAsync("ALPHABET");
        Assert.Equal([("ABC", 1), ("GHI", 3)], saved.Components.Select(c => (c.Sku, c.Quantity)).ToList());
    }

    [Fact]
    public async Task BundlePartsPanel_ShowsBothPartsTheBottleneckAndTheSetting()
    {
        await using var ctx = await ComponentTestContext.CreateAsync(engine);
        await AlphabetAsync(ctx);
        var stock = ctx.Get<StockService>();
        var actor = new Actor("manager", InventoryAdmin.Domain.Model.Ledger.MovementSource.Ui);
        await stock.RefreshAsync([new StockLine("ABC", null, "FBA-1", null, 120), new StockLine("DEF", null, "FBA-1", null, 50),
            new StockLine("ALPHABET", null, "FBA-1", null, 8)], actor);
        var row = Assert.Single((await ctx.Get<InventoryQueryService>().GridAsync(new GridQuery(Search: "ALPHABET"))).Items);

        var panel = ctx.Bunit.Render<BundlePartsPanel>(p => p.Add(x => x.ProductId, row.ProductId).Add(x => x.LocationId, row.LocationId)
            .Add(x => x.LocationCode, "FBA-1"));

        panel.WaitForAssertion(() =>
        {
            Assert.Contains("Bottleneck: DEF", panel.Find("[data-testid=bottleneck]").TextContent);
            Assert.Contains("on", panel.Find("[data-testid=use-component-inventory]").TextContent);
            Assert.Contains("8", panel.Find("[data-testid=bundle-prepackaged]").TextContent);
            Assert.Contains("50", panel.Find("[data-testid=bundle-components]").TextContent);
            Assert.Equal(2, panel.FindAll("[data-testid=bundle-component]").Count);
        });
        Assert.Equal(58, row.Available);
    }
}
