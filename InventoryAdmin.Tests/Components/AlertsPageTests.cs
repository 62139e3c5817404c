using Bunit;
using InventoryAdmin.Components.Pages.Alerts;
using InventoryAdmin.Domain.Model.Ledger;
using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Services.Availability;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Domain.Store;
using InventoryAdmin.Identity;
using InventoryAdmin.Tests.Support;
using MudBlazor;

namespace InventoryAdmin.Tests.Components;

public class AlertsPageTests
{
    private readonly DatabaseProvider engine;

    public AlertsPageTests()
        : this(DatabaseProvider.Sqlite)
    {
    }

    /// <summary>The same tests on another engine (see the PostgreSQL subclass).</summary>
    protected AlertsPageTests(DatabaseProvider engine) => this.engine = engine;

    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);
    private static readonly Actor Manager = new("manager@test", MovementSource.Ui);

    [Fact]
    public async Task AlertAppearsAndClears_OnTheOpenPage()
    {
        await using var ctx = await ComponentTestContext.CreateAsync(engine, "viewer@test", Roles.Merchandiser);
        await ctx.Get<CatalogueService>().PutProductAsync("TEE-1", "Tee", null, null);
        await ctx.Get<CatalogueService>().PutLocationAsync("Retailer2", "Retailer 2", 0, true);
        await ctx.Get<StockRuleService>().PutAsync([new StockRuleLine(null, null, null, 0, 2)]);
        var stock = ctx.Get<StockService>();
        var tracker = ctx.Get<LowStockTracker>();
        await stock.RefreshAsync([new StockLine("TEE-1", null, "Retailer2", null, 10)], Manager);
        await tracker.ProcessAsync();
        ctx.Bunit.Render<MudPopoverProvider>();
        var page = ctx.Bunit.Render<Alerts>();
        page.WaitForAssertion(() => page.Find("[data-testid=no-alerts]"), Wait);

        await stock.AdjustAsync([new StockLine("TEE-1", null, "Retailer2", null, -9)], Manager);
        await tracker.ProcessAsync();

        page.WaitForAssertion(() =>
        {
            var row = page.Find("tbody tr.mud-table-row").TextContent;
            Assert.Contains("TEE-1", row);
            Assert.Contains("Retailer2", row);
            Assert.Contains("1 segment low", page.Find("[data-testid=alerts-total]").TextContent);
        }, Wait);

        await stock.AdjustAsync([new StockLine("TEE-1", null, "Retailer2", null, 9)], Manager);
        await tracker.ProcessAsync();

        page.WaitForAssertion(() => page.Find("[data-testid=no-alerts]"), Wait);
    }
}
