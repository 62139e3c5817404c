using InventoryAdmin.Domain.Model.Ledger;
using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Services.Availability;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Identity;
using InventoryAdmin.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InventoryAdmin.Tests.Browser;

/// <summary>The stock rules and alerts pages on the demo data, at desktop and phone sizes, with an alert arriving live.</summary>
public class ChannelAvailabilityBrowserTests : IAsyncLifetime
{
    private readonly InventoryAppFactory app;
    private BrowserSession manager = default!;

    public ChannelAvailabilityBrowserTests()
        : this(null)
    {
    }

    /// <param name="postgreSqlDatabase">Run the app on PostgreSQL, on this (new) database of the test cluster (see the PostgreSQL subclass).</param>
    protected ChannelAvailabilityBrowserTests(string? postgreSqlDatabase) => app = new InventoryAppFactory(seedDemo: true, realServer: true, postgreSqlDatabase: postgreSqlDatabase);

    public async Task InitializeAsync()
    {
        app.StartServer();
        manager = await BrowserSession.StartAsync(app.ClientOptions.BaseAddress, app.ScreenshotPrefix("channel-availability"));
    }

    public async Task DisposeAsync()
    {
        await manager.DisposeAsync();
        await app.DisposeAsync();
    }

    [Fact]
    public async Task RulesPage_AndAnAlertArrivingLive_OnDesktopAndPhone()
    {
        var grid = await app.Services.GetRequiredService<InventoryQueryService>().GridAsync(new GridQuery(PageSize: 5));
        var row = grid.Items.First(r => r.Available > 3 && r.Bundle is null);
        var rules = app.Services.GetRequiredService<StockRuleService>();
        await rules.PutAsync([new StockRuleLine(new() { ["Channel"] = "Amazon" }, null, null, 2, 1), new StockRuleLine(null, row.LocationCode, row.Sku, 1, 3)]);
        await manager.SignInAsync("warehouse@demo.local", IdentityBootstrap.DemoPassword);

        await manager.Page.SetViewportSizeAsync(1440, 900);
        await manager.OpenAsync("/settings/stock-rules");
        await Expect(manager.Page.GetByRole(AriaRole.Button, new() { Name = "New rule" })).ToBeVisibleAsync();
        await Expect(manager.Page.Locator("tbody tr.mud-table-row")).ToHaveCountAsync(2);
        await manager.ScreenshotAsync("rules-desktop");
        await manager.Page.SetViewportSizeAsync(390, 844);
        await manager.ScreenshotAsync("rules-phone");

        await manager.Page.SetViewportSizeAsync(1440, 900);
        await manager.OpenAsync("/alerts");
        var before = await manager.Page.Locator("[data-testid=alerts-total]").TextContentAsync();
        await app.Services.GetRequiredService<StockService>().RefreshAsync([new StockLine(row.Sku, null, row.LocationCode, null, 1)],
            new Actor("warehouse@demo.local", MovementSource.Ui));
        await Expect(manager.Page.Locator("tbody tr.mud-table-row", new() { HasText = row.Sku })).Not.ToHaveCountAsync(0, new() { Timeout = 10_000 });
        Assert.NotEqual(before, await manager.Page.Locator("[data-testid=alerts-total]").TextContentAsync());
        await manager.ScreenshotAsync("alerts-desktop");
        await manager.Page.SetViewportSizeAsync(390, 844);
        // On a phone each alert is a card: what a manager acts on (promisable) is on screen, not beyond a sideways scroll.
        var promisable = manager.Page.Locator("tbody tr.mud-table-row td[data-label=Promisable]").First;
        var box = await promisable.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.X >= 0 && box.X + box.Width <= 390, $"the Promisable cell lies at x {box.X:F0}–{box.X + box.Width:F0} on a 390 px screen");
        await manager.ScreenshotAsync("alerts-phone");
    }
}
