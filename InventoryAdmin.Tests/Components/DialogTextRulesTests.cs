using AngleSharp.Dom;
using Bunit;
using InventoryAdmin.Components.Shared;
using InventoryAdmin.Domain.Model.Ledger;
using InventoryAdmin.Domain.Model.Stock;
using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Domain.Store;
using InventoryAdmin.Tests.Support;
using Microsoft.EntityFrameworkCore;
using MudBlazor;

namespace InventoryAdmin.Tests.Components;

/// <summary>
/// The domain's text and quantity refusals (a control character, too long, the unit ceiling) show in the dialogs as the
/// message of the field they concern, with the domain's own wording, and nothing is saved (issue 18, items 3 and 5).
/// </summary>
public class DialogTextRulesTests
{
    private readonly DatabaseProvider engine;

    public DialogTextRulesTests()
        : this(DatabaseProvider.Sqlite)
    {
    }

    /// <summary>The same tests on another engine (see the PostgreSQL subclass).</summary>
    protected DialogTextRulesTests(DatabaseProvider engine) => this.engine = engine;

    private static readonly Actor Manager = new("warehouse@test", MovementSource.Ui);

    [Fact]
    public async Task StockRefresh_ReasonWithAControlCharacter_IsFlaggedAtTheReasonAndNothingIsSaved()
    {
        await using var ctx = await ComponentTestContext.CreateAsync(engine);
        await ArrangeStockAsync(ctx);
        var movements = await MovementCountAsync(ctx);
        var (dialog, _) = await OpenStockAsync(ctx, StockChangeKind.Refresh);

        dialog.Find("input[data-testid=stock-amount]").Input("12");
        dialog.Find("input[data-testid=stock-reason]").Input("Cycle\u0007count");

        dialog.WaitForAssertion(() =>
        {
            Assert.Contains("The reason contains a control character (U+0007 at position 6)", Field(dialog, "stock-reason").TextContent);
            Assert.True(dialog.Find("[data-testid=save-stock]").HasAttribute("disabled"));
        });
        Assert.Equal(movements, await MovementCountAsync(ctx));
    }

    [Fact]
    public async Task StockAdjust_ReasonOverTheLimit_IsFlaggedAtTheReason()
    {
        await using var ctx = await ComponentTestContext.CreateAsync(engine);
        await ArrangeStockAsync(ctx);
        var movements = await MovementCountAsync(ctx);
        var (dialog, _) = await OpenStockAsync(ctx, StockChangeKind.Adjust);

        dialog.Find("input[data-testid=stock-amount]").Input("3");
        dialog.Find("input[data-testid=stock-reason]").Input(new string('r', 501));

        dialog.WaitForAssertion(() =>
        {
            Assert.Contains("The reason must be at most 500 characters.", Field(dialog, "stock-reason").TextContent);
            Assert.True(dialog.Find("[data-testid=save-stock]").HasAttribute("disabled"));
        });
        Assert.Equal(movements, await MovementCountAsync(ctx));
    }

    [Fact]
    public async Task StockRefresh_PastTheProductsUnitCeiling_ShowsTheServicesMessageAtTheQuantityAndSavesNothing()
    {
        await using var ctx = await ComponentTestContext.CreateAsync(engine);
        await ArrangeStockAsync(ctx, elsewhere: Quantities.MaxUnitsPerProduct - 10);
        var movements = await MovementCountAsync(ctx);
        var (dialog, _) = await OpenStockAsync(ctx, StockChangeKind.Refresh);

        dialog.Find("input[data-testid=stock-amount]").Input("11");
        dialog.Find("input[data-testid=stock-reason]").Input("Cycle count");
        dialog.WaitForAssertion(() => Assert.False(dialog.Find("[data-testid=save-stock]").HasAttribute("disabled")));
        await dialog.Find("[data-testid=save-stock]").ClickAsync(new());

        dialog.WaitForAssertion(() =>
        {
            Assert.Contains("a product holds at most 1,000,000,000", Field(dialog, "stock-amount").TextContent);
            Assert.True(dialog.Find("[data-testid=save-stock]").HasAttribute("disabled"));
        });
        Assert.Equal(movements, await MovementCountAsync(ctx));

        // Changing the count clears the message and lets the user try again.
        dialog.Find("input[data-testid=stock-amount]").Input("10");
        dialog.WaitForAssertion(() => Assert.DoesNotContain("at most", Field(dialog, "stock-amount").TextContent));
    }

    [Fact]
    public async Task StockAdjust_DeltaOverTheLineCeiling_IsFlaggedAtTheDelta()
    {
        await using var ctx = await ComponentTestContext.CreateAsync(engine);
        await ArrangeStockAsync(ctx);
        var movements = await MovementCountAsync(ctx);
        var (dialog, _) = await OpenStockAsync(ctx, StockChangeKind.Adjust);

        dialog.Find("input[data-testid=stock-amount]").Input("1000000001");
        dialog.Find("input[data-testid=stock-reason]").Input("Found");

        dialog.WaitForAssertion(() =>
        {
            Assert.Contains("A line may change at most 1,000,000,000 units.", Field(dialog, "stock-amount").TextContent);
            Assert.True(dialog.Find("[data-testid=save-stock]").HasAttribute("disabled"));
        });
    }

    [Theory]
    [InlineData("Bad\u0000Tag", "Tag name contains a control character (U+0000 at position 4)")]
    [InlineData("ChannelChannelChannelChannelChannelChannelChannelCh", "Tag name must be at most 50 characters.")]
    public async Task CreateTag_BadName_IsFlaggedAtTheNameAndNothingIsSaved(string name, string message)
    {
        await using var ctx = await ComponentTestContext.CreateAsync(engine);
        var (dialog, _) = await ctx.ShowDialogAsync(new DialogParameters<TagEditorDialog> { { d => d.Actor, Manager }, { d => d.OtherTagNames, [] } });

        dialog.Find("input[data-testid=tag-name]").Input(name);
        dialog.Find("input[data-testid=value-name-0]").Input("Kibo");

        dialog.WaitForAssertion(() =>
        {
            Assert.Contains(message, Field(dialog, "tag-name").TextContent);
            Assert.True(dialog.Find("[data-testid=save-tag]").HasAttribute("disabled"));
        });
        Assert.Empty(await ctx.Get<TagService>().ListAsync());
    }

    [Fact]
    public async Task EditTag_ValueWithAControlCharacter_IsFlaggedAtThatValueAndTheTagIsUnchanged()
    {
        await using var ctx = await ComponentTestContext.CreateAsync(engine);
        var tag = await ctx.Get<TagService>().CreateAsync(new InventoryAdmin.Domain.Model.Tags.TagDraft("Channel", [new("Kibo", 100)], "Kibo"), Manager);
        var (dialog, _) = await ctx.ShowDialogAsync(new DialogParameters<TagEditorDialog>
            { { d => d.Actor, Manager }, { d => d.Existing, tag }, { d => d.OtherTagNames, [] } });

        dialog.Find("input[data-testid=value-name-0]").Input("Ki\u001Fbo");

        dialog.WaitForAssertion(() =>
        {
            Assert.Contains("Value contains a control character (U+001F at position 3)", Field(dialog, "value-name-0").TextContent);
            Assert.True(dialog.Find("[data-testid=save-tag]").HasAttribute("disabled"));
        });
        Assert.Equal("Kibo", (await ctx.Get<TagService>().ListAsync()).Single().Values.Single().Name);
    }

    [Theory]
    [InlineData("product-sku", "TEE\u00001", "Tee", "SKU contains a control character (U+0000 at position 4)")]
    [InlineData("product-name", "TEE-1", null, "Name must be at most 200 characters.")]
    public async Task NewProduct_BadText_ShowsTheServicesMessageAtTheFieldAndSavesNothing(string field, string sku, string? name, string message)
    {
        await using var ctx = await ComponentTestContext.CreateAsync(engine);
        var (dialog, _) = await ctx.ShowDialogAsync(new DialogParameters<ProductDialog>());

        dialog.Find("input[data-testid=product-sku]").Input(sku);
        dialog.Find("input[data-testid=product-name]").Input(name ?? new string('n', 201));
        await dialog.Find("[data-testid=save-product]").ClickAsync(new());

        dialog.WaitForAssertion(() => Assert.Contains(message, Field(dialog, field).TextContent));
        await using var db = await ctx.Get<IDbContextFactory<InventoryDbContext>>().CreateDbContextAsync();
        Assert.Empty(await db.Products.ToListAsync());
    }

    [Theory]
    [InlineData("location-code", "DC\u007FEast", "DC East", "Code contains a control character (U+007F at position 3)")]
    [InlineData("location-name", "DC-East", null, "Name must be at most 200 characters.")]
    public async Task NewLocation_BadText_ShowsTheServicesMessageAtTheFieldAndSavesNothing(string field, string code, string? name, string message)
    {
        await using var ctx = await ComponentTestContext.CreateAsync(engine);
        var (dialog, _) = await ctx.ShowDialogAsync(new DialogParameters<LocationDialog>());

        dialog.Find("input[data-testid=location-code]").Input(code);
        dialog.Find("input[data-testid=location-name]").Input(name ?? new string('n', 201));
        await dialog.Find("[data-testid=save-location]").ClickAsync(new());

        dialog.WaitForAssertion(() => Assert.Contains(message, Field(dialog, field).TextContent));
        // The message stays when the user leaves the field, and goes once they edit it.
        dialog.Find($"input[data-testid={field}]").Blur();
        dialog.WaitForAssertion(() => Assert.Contains(message, Field(dialog, field).TextContent));
        await using var db = await ctx.Get<IDbContextFactory<InventoryDbContext>>().CreateDbContextAsync();
        Assert.Empty(await db.Locations.ToListAsync());
        dialog.Find($"input[data-testid={field}]").Input("X");
        dialog.WaitForAssertion(() => Assert.DoesNotContain(message, Field(dialog, field).TextContent));
    }

    /// <summary>The MudBlazor field (input, label, helper or error line) around the input with this test id.</summary>
    internal static IElement Field(IRenderedComponent<MudDialogProvider> dialog, string testId) =>
        dialog.Find($"input[data-testid={testId}]").Closest(".mud-input-control") ?? throw new InvalidOperationException($"No field around {testId}.");

    /// <summary>SKU-1 at Retailer2 (5 units counted in) and, when asked, many more at DC-East.</summary>
    private static async Task ArrangeStockAsync(ComponentTestContext ctx, int elsewhere = 0)
    {
        var catalogue = ctx.Get<CatalogueService>();
        await catalogue.PutLocationAsync("Retailer2", "Retailer 2", 10, true);
        await catalogue.PutLocationAsync("DC-East", "DC East", 20, true);
        await catalogue.PutProductAsync("SKU-1", "Tee", null, "standard", null);
        List<StockLine> lines = [new("SKU-1", null, "Retailer2", null, 5, "Counted in")];
        if (elsewhere > 0) lines.Add(new StockLine("SKU-1", null, "DC-East", null, elsewhere, "Counted in"));
        await ctx.Get<StockService>().RefreshAsync(lines, Manager);
    }

    private static async Task<int> MovementCountAsync(ComponentTestContext ctx)
    {
        await using var db = await ctx.Get<IDbContextFactory<InventoryDbContext>>().CreateDbContextAsync();
        return await db.Movements.CountAsync();
    }

    private static Task<(IRenderedComponent<MudDialogProvider>, IDialogReference)> OpenStockAsync(ComponentTestContext ctx, StockChangeKind kind) =>
        ctx.ShowDialogAsync(new DialogParameters<StockUpdateDialog>
        {
            { d => d.Kind, kind },
            { d => d.Sku, "SKU-1" },
            { d => d.LocationCode, "Retailer2" },
            { d => d.CurrentOnHand, 5 },
            { d => d.Actor, Manager },
        });
}
