using Bunit;
using InventoryAdmin.Components.Shared;
using InventoryAdmin.Domain.Model.Ledger;
using InventoryAdmin.Domain.Model.Stock;
using InventoryAdmin.Domain.Model.Tags;
using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Domain.Store;
using InventoryAdmin.Tests.Support;
using MudBlazor;

namespace InventoryAdmin.Tests.Components;

public class StockUpdateDialogTests
{
    private readonly DatabaseProvider engine;

    public StockUpdateDialogTests()
        : this(DatabaseProvider.Sqlite)
    {
    }

    /// <summary>The same tests on another engine (see the PostgreSQL subclass).</summary>
    protected StockUpdateDialogTests(DatabaseProvider engine) => this.engine = engine;

    private static readonly Actor Manager = new("warehouse@test", MovementSource.Ui);

    [Fact]
    public async Task Refresh_NegativeCount_IsFlaggedAndSaveDisabled()
    {
        await using var ctx = await ComponentTestContext.CreateAsync(engine);
        var (dialog, _) = await OpenAsync(ctx, StockChangeKind.Refresh, onHand: 20);

        dialog.Find("input[data-testid=stock-amount]").Input("-5");
        dialog.Find("input[data-testid=stock-reason]").Input("Cycle count");

        dialog.WaitForAssertion(() =>
        {
            Assert.Contains("A count cannot be negative", dialog.Markup);
            Assert.True(dialog.Find("[data-testid=save-stock]").HasAttribute("disabled"));
        });
    }

    [Fact]
    public async Task Refresh_NegativeCountThenLeavingTheField_KeepsTheMessage()
    {
        await using var ctx = await ComponentTestContext.CreateAsync(engine);
        var (dialog, _) = await OpenAsync(ctx, StockChangeKind.Refresh, onHand: 20);

        dialog.Find("input[data-testid=stock-amount]").Input("-5");
        dialog.Find("input[data-testid=stock-amount]").Blur();

        dialog.WaitForAssertion(() => Assert.Contains("A count cannot be negative", dialog.Markup));
    }

    [Fact]
    public async Task Adjust_RemovingMoreThanOnHand_IsFlaggedWithTheQuantity()
    {
        await using var ctx = await ComponentTestContext.CreateAsync(engine);
        var (dialog, _) = await OpenAsync(ctx, StockChangeKind.Adjust, onHand: 20);

        dialog.Find("input[data-testid=stock-amount]").Input("-21");

        dialog.WaitForAssertion(() => Assert.Contains("Only 20 on hand here", dialog.Markup));
    }

    [Fact]
    public async Task Refresh_WithoutReason_KeepsSaveDisabled()
    {
        await using var ctx = await ComponentTestContext.CreateAsync(engine);
        var (dialog, _) = await OpenAsync(ctx, StockChangeKind.Refresh, onHand: 0);

        dialog.Find("input[data-testid=stock-amount]").Input("12");
        dialog.Find("input[data-testid=stock-reason]").Input(" ");

        dialog.WaitForAssertion(() =>
        {
            Assert.Contains("Give a reason for the ledger", dialog.Markup);
            Assert.True(dialog.Find("[data-testid=save-stock]").HasAttribute("disabled"));
        });
    }

    [Fact]
    public async Task Refresh_WithPercentageTags_NegativeCountIsFlagged()
    {
        await using var ctx = await ComponentTestContext.CreateAsync(engine);
        var channel = await ctx.Get<TagService>().CreateAsync(
            new TagDraft("Channel", [new("Kibo", 80), new("Amazon", 20)], "Kibo"), Manager);
        var (dialog, _) = await OpenAsync(ctx, StockChangeKind.Refresh, onHand: 20, tags: [channel]);

        dialog.Find("input[data-testid=stock-amount]").Input("-5");

        dialog.WaitForAssertion(() => Assert.Contains("A count cannot be negative", dialog.Markup));
    }

    [Fact]
    public async Task Adjust_WithStorageLocations_ChecksTheChosenStorageLocationsOnHand()
    {
        await using var ctx = await ComponentTestContext.CreateAsync(engine);
        var (dialog, _) = await ctx.ShowDialogAsync(new DialogParameters<StockUpdateDialog>
        {
            { d => d.Kind, StockChangeKind.Adjust },
            { d => d.Sku, "SKU-1" },
            { d => d.LocationCode, "DC-East" },
            { d => d.CurrentOnHand, 30 },
            { d => d.StorageLocations, ["A-01"] },
            { d => d.OnHandByStorage, new Dictionary<string, int> { [""] = 8, ["A-01"] = 22 } },
            { d => d.Actor, Manager },
        });

        Assert.NotEmpty(dialog.FindAll("[data-testid=stock-storage]"));
        Assert.Contains("Now on hand here: 8 (outside storage locations; 30 at the location in all)", dialog.Find(".mud-dialog-content").TextContent);
        dialog.Find("input[data-testid=stock-amount]").Input("-9");

        dialog.WaitForAssertion(() => Assert.Contains("Only 8 on hand here; cannot remove 9", dialog.Markup));
    }

    private static Task<(IRenderedComponent<MudDialogProvider>, IDialogReference)> OpenAsync(ComponentTestContext ctx, StockChangeKind kind, int onHand,
        IReadOnlyList<TagDto>? tags = null) =>
        ctx.ShowDialogAsync(new DialogParameters<StockUpdateDialog>
        {
            { d => d.Tags, tags ?? [] },
            { d => d.TagsEnabled, tags is not null },
            { d => d.Kind, kind },
            { d => d.Sku, "SKU-1" },
            { d => d.LocationCode, "Retailer2" },
            { d => d.CurrentOnHand, onHand },
            { d => d.Actor, Manager },
        });
}
