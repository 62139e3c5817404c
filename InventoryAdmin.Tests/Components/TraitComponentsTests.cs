using Bunit;
using InventoryAdmin.Components.Pages.Catalogue;
using InventoryAdmin.Components.Shared;
using InventoryAdmin.Domain.Model.Ledger;
using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Services.Demo;
using InventoryAdmin.Domain.Store;
using InventoryAdmin.Identity;
using InventoryAdmin.Tests.Support;
using MudBlazor;

namespace InventoryAdmin.Tests.Components;

/// <summary>The storage location page, the traits dialog and the reason dialog: what each role sees and how bad input is shown.</summary>
public class TraitComponentsTests
{
    private readonly DatabaseProvider engine;

    public TraitComponentsTests()
        : this(DatabaseProvider.Sqlite)
    {
    }

    /// <summary>The same tests on another engine (see the PostgreSQL subclass).</summary>
    protected TraitComponentsTests(DatabaseProvider engine) => this.engine = engine;

    private static readonly Actor Manager = new("warehouse@test", MovementSource.Ui);

    [Fact]
    public async Task LocationPage_ListsStorageLocationsWithTheirTraitsAndLockedUnits()
    {
        await using var ctx = await ComponentTestContext.CreateAsync(engine, "warehouse@test", Roles.WarehouseManager);
        await ctx.Get<DemoDataSeeder>().SeedAsync();
        ctx.Bunit.Render<MudPopoverProvider>();

        var page = ctx.Bunit.Render<LocationPage>(p => p.Add(x => x.Code, "DC-East"));

        page.WaitForAssertion(() =>
        {
            var damaged = page.FindAll("[data-testid=storage-locations] tbody tr").Single(r => r.TextContent.Contains("Damaged"));
            Assert.Contains("PICKABLE off", damaged.QuerySelector("[data-testid=storage-traits]")!.TextContent);
            Assert.Contains("Locked", damaged.QuerySelector("[data-testid=storage-status]")!.TextContent);
            Assert.NotEmpty(page.FindAll("[data-testid=lock-location]"));
            Assert.NotEmpty(page.FindAll("[data-testid=new-storage]"));
        }, TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task LocationPage_ForAMerchandiser_HasNoLockOrEditButtons()
    {
        await using var ctx = await ComponentTestContext.CreateAsync(engine, "merch@test", Roles.Merchandiser);
        await ctx.Get<DemoDataSeeder>().SeedAsync();
        ctx.Bunit.Render<MudPopoverProvider>();

        var page = ctx.Bunit.Render<LocationPage>(p => p.Add(x => x.Code, "DC-East"));

        page.WaitForAssertion(() => Assert.Contains("Receiving", page.Markup), TimeSpan.FromSeconds(5));
        Assert.Empty(page.FindAll("[data-testid=lock-location]"));
        Assert.Empty(page.FindAll("[data-testid=lock-storage]"));
        Assert.Empty(page.FindAll("[data-testid=new-storage]"));
    }

    [Fact]
    public async Task LocationPage_UnknownCode_SaysSo()
    {
        await using var ctx = await ComponentTestContext.CreateAsync(engine, "warehouse@test", Roles.WarehouseManager);
        var page = ctx.Bunit.Render<LocationPage>(p => p.Add(x => x.Code, "NOWHERE"));
        page.WaitForAssertion(() => Assert.Contains("There is no location with code 'NOWHERE'", page.Markup));
    }

    [Fact]
    public async Task ReasonDialog_ConfirmStaysDisabledUntilAReasonIsGiven()
    {
        await using var ctx = await ComponentTestContext.CreateAsync(engine, "warehouse@test", Roles.WarehouseManager);
        var (dialog, _) = await ctx.ShowDialogAsync(new DialogParameters<ReasonDialog> { { d => d.Title, "Lock A-01?" }, { d => d.ConfirmText, "Lock" } });

        Assert.True(dialog.Find("[data-testid=confirm-reason]").HasAttribute("disabled"));
        dialog.Find("input[data-testid=reason]").Input("   ");
        dialog.Find("input[data-testid=reason]").Blur();
        dialog.WaitForAssertion(() => Assert.Contains("Give a reason for the ledger", dialog.Markup));
        dialog.Find("input[data-testid=reason]").Input("Stock take");
        dialog.WaitForAssertion(() => Assert.False(dialog.Find("[data-testid=confirm-reason]").HasAttribute("disabled")));
    }

    [Fact]
    public async Task TraitsDialog_DuplicateName_IsFlaggedAndSaveDisabled()
    {
        await using var ctx = await ComponentTestContext.CreateAsync(engine, "warehouse@test", Roles.WarehouseManager);
        var saved = false;
        var (dialog, _) = await ctx.ShowDialogAsync(new DialogParameters<TraitsDialog>
        {
            { d => d.Title, "New storage location" },
            { d => d.AskName, true },
            { d => d.TakenNames, ["A-01"] },
            { d => d.Save, (_, _, _) => { saved = true; return Task.CompletedTask; } },
        });

        dialog.Find("input[data-testid=storage-name]").Input("a-01");
        dialog.Find("input[data-testid=storage-name]").Blur();

        dialog.WaitForAssertion(() =>
        {
            Assert.Contains("A-01 already exists here", dialog.Markup.Replace("a-01", "A-01"));
            Assert.True(dialog.Find("[data-testid=save-traits]").HasAttribute("disabled"));
        });
        Assert.False(saved);
    }

    [Fact]
    public async Task TraitsDialog_RefusedByTheService_ShowsTheMessageAndStaysOpen()
    {
        await using var ctx = await ComponentTestContext.CreateAsync(engine, "warehouse@test", Roles.WarehouseManager);
        await ctx.Get<CatalogueService>().PutLocationAsync("DC1", "DC 1", 0, true);
        var traits = ctx.Get<TraitService>();
        var (dialog, reference) = await ctx.ShowDialogAsync(new DialogParameters<TraitsDialog>
        {
            { d => d.Title, "New storage location" },
            { d => d.AskName, true },
            { d => d.Save, (name, settings, reason) => traits.PutStorageLocationAsync("DC1", new string('x', 65), settings, reason, Manager) },
        });

        dialog.Find("input[data-testid=storage-name]").Input("Too long");
        await dialog.InvokeAsync(() => dialog.Find("[data-testid=save-traits]").Click());

        dialog.WaitForAssertion(() => Assert.Contains("at most 64 characters", dialog.Find("[data-testid=traits-error]").TextContent));
        Assert.False(reference.Result.IsCompleted);
        Assert.Empty(await traits.StorageLocationsAsync("DC1"));
    }
}
