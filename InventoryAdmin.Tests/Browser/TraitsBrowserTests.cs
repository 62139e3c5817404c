using InventoryAdmin.Domain.Services;
using InventoryAdmin.Identity;
using InventoryAdmin.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InventoryAdmin.Tests.Browser;

/// <summary>
/// A warehouse manager locks a storage location; the grid open in another browser shows Available drop and Locked rise
/// without a reload; the record page shows the stock row's trait cascade as the seed's table does.
/// </summary>
public class TraitsBrowserTests : IAsyncLifetime
{
    private const string Sku = "BACK-BLA-016";
    private const string Dc = "DC-East";
    private readonly InventoryAppFactory app;
    private BrowserSession manager = default!;
    private BrowserSession watcher = default!;

    public TraitsBrowserTests()
        : this(null)
    {
    }

    /// <param name="postgreSqlDatabase">Run the app on PostgreSQL, on this (new) database of the test cluster (see the PostgreSQL subclass).</param>
    protected TraitsBrowserTests(string? postgreSqlDatabase) => app = new InventoryAppFactory(seedDemo: true, realServer: true, postgreSqlDatabase: postgreSqlDatabase);

    public async Task InitializeAsync()
    {
        app.StartServer();
        manager = await BrowserSession.StartAsync(app.ClientOptions.BaseAddress, app.ScreenshotPrefix("traits-manager"));
        watcher = await BrowserSession.StartAsync(app.ClientOptions.BaseAddress, app.ScreenshotPrefix("traits-watcher"));
    }

    public async Task DisposeAsync()
    {
        await manager.DisposeAsync();
        await watcher.DisposeAsync();
        await app.DisposeAsync();
    }

    [Fact]
    public async Task LockingAStorageLocation_DropsAvailableInTheGridLive_AndTheRecordPageShowsTheCascade()
    {
        var query = app.Services.GetRequiredService<InventoryQueryService>();
        var before = Assert.Single((await query.GetRecordAsync(Sku, Dc)).Locations);
        var bin = before.Stock!.Where(s => s.StorageLocation == "A-01").ToList();
        Assert.NotEmpty(bin);
        Assert.All(bin, s => Assert.False(s.Locked));
        var binUnits = bin.Sum(s => s.Quantity);

        await watcher.SignInAsync("admin@demo.local", IdentityBootstrap.DemoPassword);
        var row = await FindRowAsync(watcher);
        await Expect(Cell(row, Available)).ToHaveTextAsync(before.Available.ToString("N0"));

        await manager.SignInAsync("warehouse@demo.local", IdentityBootstrap.DemoPassword);
        await manager.OpenAsync($"/catalogue/locations/{Dc}");
        var storage = manager.Page.GetByTestId("storage-locations");
        await Expect(storage).ToContainTextAsync("Damaged");
        await manager.ScreenshotAsync("1-storage-locations");

        await storage.GetByRole(AriaRole.Button, new() { Name = "Lock A-01" }).ClickAsync();
        var dialog = manager.Page.GetByTestId("reason-dialog");
        await Expect(dialog).ToContainTextAsync("count as Locked");
        await Expect(manager.Page.GetByTestId("confirm-reason")).ToBeDisabledAsync();
        await manager.Page.Locator("input[data-testid=reason]").FillAsync("Water damage from roof leak");
        await Expect(manager.Page.GetByTestId("confirm-reason")).ToBeEnabledAsync();
        await manager.ScreenshotAsync("2-lock-dialog");
        await manager.Page.GetByTestId("confirm-reason").ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        var lockedRow = storage.Locator("tr", new() { HasText = "A-01" });
        await Expect(lockedRow.GetByTestId("storage-status")).ToContainTextAsync("Locked");
        await Expect(lockedRow).ToContainTextAsync("Water damage from roof leak");
        await manager.ScreenshotAsync("3-locked");

        // The grid in the other browser was not reloaded.
        await Expect(Cell(row, Available)).ToHaveTextAsync((before.Available - binUnits).ToString("N0"));
        await Expect(Cell(row, Locked)).ToHaveTextAsync((before.Locked + binUnits).ToString("N0"));
        await watcher.ScreenshotAsync("4-grid-live");

        await manager.OpenAsync($"/inventory/{Sku}");
        var stockRow = manager.Page.GetByTestId("stock-rows").Locator("tr", new() { HasText = "A-01" }).First;
        await Expect(stockRow.GetByTestId("stock-status")).ToContainTextAsync("not accessible");
        await stockRow.GetByTestId("show-cascade").ClickAsync();
        var cascade = manager.Page.GetByTestId("trait-cascade");
        await Expect(cascade).ToBeVisibleAsync();
        var accessible = cascade.Locator("tr[data-trait=ACCESSIBLE]");
        await Expect(accessible.Locator("td").Nth(1)).ToHaveTextAsync("on");
        await Expect(accessible.Locator("td").Nth(2)).ToHaveTextAsync("off");
        await Expect(accessible.Locator("td").Nth(3)).ToHaveTextAsync("—");
        await Expect(accessible.Locator("td").Nth(4)).ToHaveTextAsync("off");
        await cascade.ScrollIntoViewIfNeededAsync();
        await manager.ScreenshotAsync("5-cascade");
        await manager.ScreenshotAsync("6-cascade-card", manager.Page.GetByTestId("record-location").Filter(new() { HasText = Dc }));
        await Expect(manager.Page.GetByTestId("movement-history").GetByTestId("locked-delta").First).ToHaveTextAsync($"Locked +{bin[0].Quantity:N0}");
        await Expect(manager.Page.GetByTestId("movement-history")).ToContainTextAsync("Water damage from roof leak");
    }

    private const int Locked = 5;
    private const int Available = 7;

    /// <summary>A figure cell of a grid row: the hierarchy toggle, SKU, product, location, then On Hand, Locked, Allocated, Available.</summary>
    private static ILocator Cell(ILocator row, int index) => row.Locator("td").Nth(index);

    private static async Task<ILocator> FindRowAsync(BrowserSession session)
    {
        await session.OpenAsync("/inventory");
        await session.Page.Locator("input[data-testid=grid-search]").FillAsync(Sku);
        var row = session.Page.GetByTestId("inventory-grid").Locator("tr", new() { HasText = Dc }).Filter(new() { HasText = Sku });
        await Expect(row).ToHaveCountAsync(1);
        return row;
    }
}
