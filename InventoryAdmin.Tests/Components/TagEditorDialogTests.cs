using Bunit;
using InventoryAdmin.Components.Shared;
using InventoryAdmin.Domain.Model.Ledger;
using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Domain.Store;
using InventoryAdmin.Tests.Support;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace InventoryAdmin.Tests.Components;

public class TagEditorDialogTests
{
    private readonly DatabaseProvider engine;

    public TagEditorDialogTests()
        : this(DatabaseProvider.Sqlite)
    {
    }

    /// <summary>The same tests on another engine (see the PostgreSQL subclass).</summary>
    protected TagEditorDialogTests(DatabaseProvider engine) => this.engine = engine;

    private static readonly Actor Merchandiser = new("merchandiser@test", MovementSource.Ui);

    [Fact]
    public async Task Save_PercentagesSummingTo9999_IsDisabledAndTheRuleIsShown()
    {
        await using var ctx = await ComponentTestContext.CreateAsync(engine);
        var (dialog, _) = await OpenCreateAsync(ctx);

        dialog.Find("input[data-testid=tag-name]").Input("Thirds");
        FillValue(dialog, 0, "A", "33.33");
        AddValue(dialog, 1, "B", "33.33");
        AddValue(dialog, 2, "C", "33.33");

        dialog.WaitForAssertion(() =>
        {
            Assert.True(SaveButton(dialog).HasAttribute("disabled"));
            Assert.Contains("99.99", dialog.Find("[data-testid=tag-total]").TextContent);
            Assert.Contains("exactly 100", dialog.Find("[data-testid=tag-total]").TextContent);
        });
        Assert.Empty(await ctx.Get<TagService>().ListAsync());
    }

    [Fact]
    public async Task ValueName_DuplicateInOtherCase_IsFlaggedOnThatField()
    {
        await using var ctx = await ComponentTestContext.CreateAsync(engine);
        var (dialog, _) = await OpenCreateAsync(ctx);

        dialog.Find("input[data-testid=tag-name]").Input("Channel");
        FillValue(dialog, 0, "Amazon", null);
        AddValue(dialog, 1, "amazon", null);

        dialog.WaitForAssertion(() =>
        {
            var secondRow = dialog.FindAll("[data-testid=value-row]")[1];
            Assert.Contains("already a value of this tag", secondRow.TextContent);
            Assert.DoesNotContain("already a value of this tag", dialog.FindAll("[data-testid=value-row]")[0].TextContent);
            Assert.True(SaveButton(dialog).HasAttribute("disabled"));
        });
    }

    [Fact]
    public async Task ValueName_DuplicateThenLeavingTheField_KeepsTheMessage()
    {
        await using var ctx = await ComponentTestContext.CreateAsync(engine);
        var (dialog, _) = await OpenCreateAsync(ctx);

        dialog.Find("input[data-testid=tag-name]").Input("Channel");
        FillValue(dialog, 0, "Amazon", null);
        AddValue(dialog, 1, "amazon", null);
        dialog.Find("input[data-testid=value-name-1]").Blur();

        dialog.WaitForAssertion(() => Assert.Contains("already a value of this tag", dialog.FindAll("[data-testid=value-row]")[1].TextContent));
    }

    [Fact]
    public async Task Save_ValidTag_SavesThroughTheServiceAndClosesWithIt()
    {
        await using var ctx = await ComponentTestContext.CreateAsync(engine);
        var (dialog, reference) = await OpenCreateAsync(ctx);

        dialog.Find("input[data-testid=tag-name]").Input("Channel");
        FillValue(dialog, 0, "Kibo", "80");
        AddValue(dialog, 1, "Amazon", "10");
        AddValue(dialog, 2, "Walmart", "10");
        dialog.WaitForAssertion(() => Assert.False(SaveButton(dialog).HasAttribute("disabled")));

        await SaveButton(dialog).ClickAsync(new());

        var result = await reference.Result;
        Assert.False(result!.Canceled);
        var saved = Assert.Single(await ctx.Get<TagService>().ListAsync());
        Assert.Equal(saved, result.Data as TagDto ?? throw new InvalidOperationException("no tag returned"), TagDtoComparer.Instance);
        Assert.Equal("Kibo", saved.DefaultValue);
        Assert.Equal([80m, 10m, 10m], saved.Values.Select(v => v.Percent!.Value));
    }

    [Fact]
    public async Task TagName_TakenByAnotherTag_IsFlaggedAndSaveDisabled()
    {
        await using var ctx = await ComponentTestContext.CreateAsync(engine);
        var (dialog, _) = await OpenCreateAsync(ctx, otherTags: ["Channel"]);

        dialog.Find("input[data-testid=tag-name]").Input("CHANNEL");
        FillValue(dialog, 0, "X", null);

        dialog.WaitForAssertion(() =>
        {
            Assert.Contains("already exists", dialog.Markup);
            Assert.True(SaveButton(dialog).HasAttribute("disabled"));
        });
    }

    [Fact]
    public async Task Percent_NotANumber_DisablesSaveAndTheTotalLeavesItOut()
    {
        await using var ctx = await ComponentTestContext.CreateAsync(engine);
        var (dialog, _) = await OpenCreateAsync(ctx);

        dialog.Find("input[data-testid=tag-name]").Input("Channel");
        FillValue(dialog, 0, "Kibo", "90");
        AddValue(dialog, 1, "Amazon", "abc");

        dialog.WaitForAssertion(() =>
        {
            Assert.True(SaveButton(dialog).HasAttribute("disabled"));
            var total = dialog.Find("[data-testid=tag-total]").TextContent;
            Assert.Contains("'Amazon' is not a number", total);
            Assert.DoesNotContain("90", total);
            Assert.Contains("Not a number", dialog.FindAll("[data-testid=value-row]")[1].TextContent);
            Assert.Equal("Fix the marked fields to save.", dialog.Find("[data-testid=save-hint]").TextContent);
        });
    }

    [Fact]
    public async Task EmptyDialog_MarksNothing_AndSaysWhatToEnter()
    {
        await using var ctx = await ComponentTestContext.CreateAsync(engine);
        var (dialog, _) = await OpenCreateAsync(ctx);

        dialog.WaitForAssertion(() =>
        {
            Assert.Equal("Enter a tag name and a value to save.", dialog.Find("[data-testid=save-hint]").TextContent);
            Assert.Empty(dialog.FindAll(".mud-input-error"));
            Assert.True(SaveButton(dialog).HasAttribute("disabled"));
        });
    }

    [Fact]
    public async Task EnterInAField_ValidTag_SavesIt()
    {
        await using var ctx = await ComponentTestContext.CreateAsync(engine);
        var (dialog, reference) = await OpenCreateAsync(ctx);

        dialog.Find("input[data-testid=tag-name]").Input("Condition");
        FillValue(dialog, 0, "New", null);
        dialog.WaitForAssertion(() => Assert.False(SaveButton(dialog).HasAttribute("disabled")));
        await dialog.Find("input[data-testid=value-name-0]").KeyDownAsync(new KeyboardEventArgs { Key = "Enter" });

        var result = await reference.Result;
        Assert.False(result!.Canceled);
        Assert.Equal("Condition", Assert.Single(await ctx.Get<TagService>().ListAsync()).Name);
    }

    private static async Task<(IRenderedComponent<MudDialogProvider>, IDialogReference)> OpenCreateAsync(ComponentTestContext ctx, IReadOnlyList<string>? otherTags = null)
    {
        var parameters = new DialogParameters<TagEditorDialog>
        {
            { d => d.Actor, Merchandiser },
            { d => d.OtherTagNames, otherTags ?? [] },
        };
        return await ctx.ShowDialogAsync(parameters);
    }

    private static void FillValue(IRenderedComponent<MudDialogProvider> dialog, int row, string name, string? percent)
    {
        dialog.Find($"input[data-testid=value-name-{row}]").Input(name);
        if (percent is not null) dialog.Find($"input[data-testid=value-percent-{row}]").Input(percent);
    }

    private static void AddValue(IRenderedComponent<MudDialogProvider> dialog, int row, string name, string? percent)
    {
        dialog.Find("[data-testid=add-value]").Click();
        // The new row renders after the click's handler returns, which may be a render later on a loaded machine.
        dialog.WaitForAssertion(() => dialog.Find($"input[data-testid=value-name-{row}]"), TimeSpan.FromSeconds(5));
        FillValue(dialog, row, name, percent);
    }

    private static AngleSharp.Dom.IElement SaveButton(IRenderedComponent<MudDialogProvider> dialog) => dialog.Find("[data-testid=save-tag]");
}
