using Bunit;
using InventoryAdmin.Components.Pages.Settings;
using InventoryAdmin.Components.Shared;
using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Services.Availability;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Domain.Store;
using InventoryAdmin.Identity;
using InventoryAdmin.Tests.Support;
using MudBlazor;

namespace InventoryAdmin.Tests.Components;

public class StockRulesPageTests
{
    private readonly DatabaseProvider engine;

    public StockRulesPageTests()
        : this(DatabaseProvider.Sqlite)
    {
    }

    /// <summary>The same tests on another engine (see the PostgreSQL subclass).</summary>
    protected StockRulesPageTests(DatabaseProvider engine) => this.engine = engine;

    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Reader_SeesTheEmptyState_AndNoEditButtons()
    {
        await using var ctx = await ComponentTestContext.CreateAsync(engine, "viewer@test", Roles.Merchandiser);
        ctx.Bunit.Render<MudPopoverProvider>();

        var page = ctx.Bunit.Render<StockRules>();

        page.WaitForAssertion(() => Assert.Contains("No stock rules yet", page.Find("[data-testid=empty-rules]").TextContent), Wait);
        Assert.DoesNotContain("New rule", page.Markup);
    }

    [Fact]
    public async Task NewRule_WithAnUnknownSku_ShowsTheFieldError_ThenSavedRuleIsListed()
    {
        await using var ctx = await ComponentTestContext.CreateAsync(engine, "manager@test", Roles.WarehouseManager);
        await ctx.Get<CatalogueService>().PutProductAsync("TEE-1", "Tee", null, null);
        ctx.Bunit.Render<MudPopoverProvider>();
        var dialogs = ctx.Bunit.Render<MudDialogProvider>();
        var page = ctx.Bunit.Render<StockRules>();
        page.WaitForAssertion(() => page.Find("[data-testid=empty-rules]"), Wait);

        page.FindAll("button").Single(b => b.TextContent.Contains("New rule")).Click();
        dialogs.WaitForAssertion(() => dialogs.Find("input[data-testid=rule-sku]"), Wait);
        dialogs.Find("input[data-testid=rule-sku]").Input("NO-SUCH");
        dialogs.Find("input[data-testid=rule-safety]").Change("3");
        dialogs.Find("[data-testid=rule-save]").Click();

        dialogs.WaitForAssertion(() => Assert.Contains("There is no product with SKU 'NO-SUCH'", dialogs.Markup), Wait);
        Assert.Empty(await ctx.Get<StockRuleService>().ListAsync());

        dialogs.Find("input[data-testid=rule-sku]").Input("TEE-1");
        dialogs.Find("[data-testid=rule-save]").Click();

        page.WaitForAssertion(() => Assert.Contains("TEE-1", page.Find("tbody").TextContent), Wait);
        var rule = Assert.Single(await ctx.Get<StockRuleService>().ListAsync());
        Assert.Equal(("TEE-1", (int?)3, (int?)null), (rule.Sku, rule.SafetyStock, rule.LowStockAt));
    }

    [Fact]
    public async Task NegativeFigure_IsRefusedInTheDialog_WithoutSaving()
    {
        await using var ctx = await ComponentTestContext.CreateAsync(engine, "manager@test", Roles.Admin);
        ctx.Bunit.Render<MudPopoverProvider>();
        var dialogs = ctx.Bunit.Render<MudDialogProvider>();
        var page = ctx.Bunit.Render<StockRules>();
        page.WaitForAssertion(() => page.Find("[data-testid=empty-rules]"), Wait);

        page.FindAll("button").Single(b => b.TextContent.Contains("New rule")).Click();
        dialogs.WaitForAssertion(() => dialogs.Find("input[data-testid=rule-low]"), Wait);
        dialogs.Find("input[data-testid=rule-low]").Change("-2");
        dialogs.Find("[data-testid=rule-save]").Click();

        dialogs.WaitForAssertion(() => Assert.Contains("Must be 0 or more.", dialogs.Markup), Wait);
        Assert.Empty(await ctx.Get<StockRuleService>().ListAsync());
    }

    [Fact]
    public async Task Delete_AsksFirst_CancelKeepsTheRule_ConfirmRemovesIt()
    {
        await using var ctx = await ComponentTestContext.CreateAsync(engine, "manager@test", Roles.WarehouseManager);
        await ctx.Get<StockRuleService>().PutAsync([new StockRuleLine(null, null, null, 2, 1)]);
        ctx.Bunit.Render<MudPopoverProvider>();
        var dialogs = ctx.Bunit.Render<MudDialogProvider>();
        var page = ctx.Bunit.Render<StockRules>();
        page.WaitForAssertion(() => page.Find("button[aria-label='Delete rule']"), Wait);

        page.Find("button[aria-label='Delete rule']").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("Delete rule?", dialogs.Markup), Wait);
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Cancel").Click();
        Assert.Single(await ctx.Get<StockRuleService>().ListAsync());

        page.Find("button[aria-label='Delete rule']").Click();
        dialogs.WaitForAssertion(() => dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Delete").Click(), Wait);

        page.WaitForAssertion(() => page.Find("[data-testid=empty-rules]"), Wait);
        Assert.Empty(await ctx.Get<StockRuleService>().ListAsync());
    }

    [Fact]
    public async Task SegmentsView_ShowsSafetyStockAndPromisable()
    {
        await using var ctx = await ComponentTestContext.CreateAsync(engine, "viewer@test", Roles.Merchandiser);

        var view = ctx.Bunit.Render<SegmentsView>(p => p.Add(s => s.Segments,
            [new SegmentDto(new Dictionary<string, string>(), 10, 0, 2, 8, false, SafetyStock: 3)]));

        Assert.Equal(("3", "5"), (view.Find("[data-testid=segment-safety]").TextContent, view.Find("[data-testid=segment-promisable]").TextContent));
    }
}
