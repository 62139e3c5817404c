using InventoryAdmin.Identity;
using InventoryAdmin.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InventoryAdmin.Tests.Browser;

/// <summary>
/// The demo's Alphabet Bundle (the bundle seed): expanded in the grid with its parts and its bottleneck; switching
/// component inventory off at DC-East leaves the 8 prepackaged.
/// </summary>
public class BundleBrowserTests : IAsyncLifetime
{
    private const string Sku = "ALPHA-BNDL";
    private readonly InventoryAppFactory app;
    private BrowserSession manager = default!;

    public BundleBrowserTests()
        : this(null)
    {
    }

    /// <param name="postgreSqlDatabase">Run the app on PostgreSQL, on this (new) database of the test cluster (see the PostgreSQL subclass).</param>
    protected BundleBrowserTests(string? postgreSqlDatabase) => app = new InventoryAppFactory(seedDemo: true, realServer: true, postgreSqlDatabase: postgreSqlDatabase);

    public async Task InitializeAsync()
    {
        app.StartServer();
        manager = await BrowserSession.StartAsync(app.ClientOptions.BaseAddress, app.ScreenshotPrefix("bundle"));
    }

    public async Task DisposeAsync()
    {
        await manager.DisposeAsync();
        await app.DisposeAsync();
    }

    [Fact]
    public async Task WarehouseManager_ExpandsTheBundleRow_SeesItsBottleneck_AndTurningComponentInventoryOffLeavesThePrepackaged()
    {
        await manager.SignInAsync("warehouse@demo.local", IdentityBootstrap.DemoPassword);
        var row = await FindRowAsync();
        await Expect(row.GetByTestId("bundle-chip")).ToBeVisibleAsync();
        await Expect(row).ToContainTextAsync("58");

        await row.Locator("td").First.GetByRole(AriaRole.Button).ClickAsync();
        var parts = manager.Page.GetByTestId("bundle-parts");
        await Expect(parts).ToBeVisibleAsync();
        await Expect(parts.GetByTestId("bottleneck")).ToContainTextAsync("Bottleneck: DEF-001");
        await Expect(parts.GetByTestId("use-component-inventory")).ToContainTextAsync("on");
        await Expect(parts.GetByTestId("bundle-prepackaged")).ToContainTextAsync("8");
        await Expect(parts.GetByTestId("bundle-components")).ToContainTextAsync("50");
        await Expect(parts.GetByTestId("bundle-component")).ToHaveCountAsync(3);
        await Expect(manager.Page.GetByTestId("segments-total")).ToContainTextAsync("58");
        await manager.ScreenshotAsync("1-bundle-expanded");

        await manager.OpenAsync("/catalogue/locations/DC-East");
        var toggle = manager.Page.GetByLabel("Use component inventory for bundles");
        await Expect(toggle).ToBeCheckedAsync();
        await toggle.ClickAsync();
        await manager.Page.GetByRole(AriaRole.Button, new() { Name = "Turn off" }).ClickAsync();
        await Expect(manager.Page.GetByRole(AriaRole.Dialog)).ToBeHiddenAsync();
        await Expect(toggle).Not.ToBeCheckedAsync();
        await manager.ScreenshotAsync("2-location-switch-off");

        row = await FindRowAsync();
        await Expect(row.Locator("td").Nth(7)).ToHaveTextAsync("8");
        await row.Locator("td").First.GetByRole(AriaRole.Button).ClickAsync();
        await Expect(manager.Page.GetByTestId("use-component-inventory")).ToContainTextAsync("off");
        await manager.ScreenshotAsync("3-bundle-prepackaged-only");
    }

    private async Task<ILocator> FindRowAsync()
    {
        await manager.OpenAsync("/inventory");
        await manager.Page.Locator("input[data-testid=grid-search]").FillAsync(Sku);
        // The bundle sorts onto the first page before the search applies: wait for the searched page (its 3 locations).
        await Expect(manager.Page.GetByTestId("inventory-grid")).ToContainTextAsync("1-3 of 3");
        var row = manager.Page.GetByTestId("inventory-grid").Locator("tr", new() { HasText = "DC-East" }).Filter(new() { HasText = Sku });
        await Expect(row).ToHaveCountAsync(1);
        return row;
    }
}
