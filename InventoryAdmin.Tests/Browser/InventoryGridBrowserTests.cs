using InventoryAdmin.Identity;
using InventoryAdmin.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InventoryAdmin.Tests.Browser;

/// <summary>A warehouse manager corrects a count in the grid; another browser sees it without reloading.</summary>
public class InventoryGridBrowserTests : IAsyncLifetime
{
    private const string Sku = "TSHI-BLA-001";
    private readonly InventoryAppFactory app;
    private BrowserSession manager = default!;
    private BrowserSession watcher = default!;

    public InventoryGridBrowserTests()
        : this(null)
    {
    }

    /// <param name="postgreSqlDatabase">Run the app on PostgreSQL, on this (new) database of the test cluster (see the PostgreSQL subclass).</param>
    protected InventoryGridBrowserTests(string? postgreSqlDatabase) => app = new InventoryAppFactory(seedDemo: true, realServer: true, postgreSqlDatabase: postgreSqlDatabase);

    public async Task InitializeAsync()
    {
        app.StartServer();
        manager = await BrowserSession.StartAsync(app.ClientOptions.BaseAddress, app.ScreenshotPrefix("grid-manager"));
        watcher = await BrowserSession.StartAsync(app.ClientOptions.BaseAddress, app.ScreenshotPrefix("grid-watcher"));
    }

    public async Task DisposeAsync()
    {
        await manager.DisposeAsync();
        await watcher.DisposeAsync();
        await app.DisposeAsync();
    }

    [Fact]
    public async Task WarehouseManager_RefreshesACount_AndASecondBrowserSeesItLive()
    {
        await watcher.SignInAsync("admin@demo.local", IdentityBootstrap.DemoPassword);
        var watchedRow = await FindRowAsync(watcher, "DC-East");

        await manager.SignInAsync("warehouse@demo.local", IdentityBootstrap.DemoPassword);
        var row = await FindRowAsync(manager, "DC-East");
        await row.GetByRole(AriaRole.Button).First.ClickAsync();
        var segments = manager.Page.GetByTestId("segments-table");
        await Expect(segments).ToBeVisibleAsync();
        await Expect(segments).ToContainTextAsync("Kibo");
        await Expect(segments).ToContainTextAsync("Total of segments");
        await manager.ScreenshotAsync("1-expanded");

        await row.GetByRole(AriaRole.Button, new() { Name = $"Refresh count of {Sku} at DC-East" }).ClickAsync();
        var dialog = manager.Page.GetByTestId("stock-dialog");
        await FillAsync(manager, "stock-amount", "-5");
        await Expect(dialog).ToContainTextAsync("A count cannot be negative");
        await Expect(manager.Page.GetByTestId("save-stock")).ToBeDisabledAsync();
        await FillAsync(manager, "stock-amount", "1234");
        await Expect(manager.Page.GetByTestId("save-stock")).ToBeDisabledAsync();
        await FillAsync(manager, "stock-reason", "Cycle count");
        await Expect(manager.Page.GetByTestId("save-stock")).ToBeEnabledAsync();
        await manager.ScreenshotAsync("2-refresh-dialog");
        await manager.Page.GetByTestId("save-stock").ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();

        await Expect(row).ToContainTextAsync("1,234");
        await Expect(manager.Page.GetByTestId("segments-total")).ToContainTextAsync("1,234");
        await manager.ScreenshotAsync("3-refreshed");

        // The other browser was not reloaded: its grid hears the change.
        await Expect(watchedRow).ToContainTextAsync("1,234");
        await watcher.ScreenshotAsync("4-seen-live");

        // The record page shows the count in the movement history, with who made it and why.
        await manager.OpenAsync($"/inventory/{Sku}");
        await Expect(manager.Page.GetByTestId("movement-history")).ToContainTextAsync("Cycle count");
        await Expect(manager.Page.GetByTestId("movement-history")).ToContainTextAsync("warehouse@demo.local");
        await manager.ScreenshotAsync("5-record-page");
    }

    /// <summary>Types into a field and leaves it, so the value is committed even if a render races the typing.</summary>
    private static async Task FillAsync(BrowserSession session, string testId, string value)
    {
        var input = session.Page.Locator($"input[data-testid={testId}]");
        await input.ClickAsync();
        await input.FillAsync(value);
        await input.PressAsync("Tab");
        await Expect(input).ToHaveValueAsync(value);
    }

    private static async Task<ILocator> FindRowAsync(BrowserSession session, string locationCode)
    {
        await session.OpenAsync("/inventory");
        await session.Page.Locator("input[data-testid=grid-search]").FillAsync(Sku);
        var row = session.Page.GetByTestId("inventory-grid").Locator("tr", new() { HasText = locationCode }).Filter(new() { HasText = Sku });
        await Expect(row).ToHaveCountAsync(1);
        return row;
    }
}
