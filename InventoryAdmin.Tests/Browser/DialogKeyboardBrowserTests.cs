using InventoryAdmin.Domain.Model.Ledger;
using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Identity;
using Microsoft.Extensions.DependencyInjection;
using InventoryAdmin.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InventoryAdmin.Tests.Browser;

/// <summary>
/// Dialogs as a keyboard user meets them: Enter submits, Esc closes, and a required field is not red before the
/// user has typed in it.
/// </summary>
public class DialogKeyboardBrowserTests : IAsyncLifetime
{
    private const string Sku = "TSHI-BLA-001";
    private readonly InventoryAppFactory app;
    private BrowserSession browser = default!;

    public DialogKeyboardBrowserTests()
        : this(null)
    {
    }

    /// <param name="postgreSqlDatabase">Run the app on PostgreSQL, on this (new) database of the test cluster (see the PostgreSQL subclass).</param>
    protected DialogKeyboardBrowserTests(string? postgreSqlDatabase) => app = new InventoryAppFactory(seedDemo: true, realServer: true, postgreSqlDatabase: postgreSqlDatabase);

    public async Task InitializeAsync()
    {
        app.StartServer();
        browser = await BrowserSession.StartAsync(app.ClientOptions.BaseAddress, app.ScreenshotPrefix("keyboard"));
        await browser.Page.SetViewportSizeAsync(1440, 900);
    }

    public async Task DisposeAsync()
    {
        await browser.DisposeAsync();
        await app.DisposeAsync();
    }

    [Fact]
    public async Task StockDialog_OpensWithoutRedFields_EscClosesIt_AndEnterSubmitsIt()
    {
        await browser.SignInAsync("warehouse@demo.local", IdentityBootstrap.DemoPassword);
        var page = browser.Page;
        var row = await FindRowAsync("DC-East");
        var adjust = row.GetByRole(AriaRole.Button, new() { Name = $"Adjust {Sku} at DC-East" });
        await adjust.ClickAsync();
        var dialog = page.GetByTestId("stock-dialog");
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(page.Locator("input[data-testid=stock-amount]")).ToBeFocusedAsync();
        await Expect(dialog.Locator(".mud-input-error")).ToHaveCountAsync(0);
        await BothWidthsAsync("1-stock-dialog-opened");

        await page.Keyboard.PressAsync("Escape");
        await Expect(dialog).ToBeHiddenAsync();

        await adjust.ClickAsync();
        await Expect(dialog).ToBeVisibleAsync();
        await page.Locator("input[data-testid=stock-amount]").FillAsync("7");
        await page.Locator("input[data-testid=stock-reason]").FillAsync("Found in back room");
        await page.Locator("input[data-testid=stock-reason]").PressAsync("Enter");
        await Expect(dialog).ToBeHiddenAsync();
        await Expect(page.Locator(".mud-snackbar")).ToContainTextAsync($"{Sku} at DC-East");
        await browser.ScreenshotAsync("2-stock-adjusted-by-enter");
    }

    [Fact]
    public async Task LockReason_OpensWithoutARedField_AndEnterConfirms()
    {
        await browser.SignInAsync("warehouse@demo.local", IdentityBootstrap.DemoPassword);
        var page = browser.Page;
        await browser.OpenAsync("/catalogue/locations/DC-East");
        var storage = page.GetByTestId("storage-locations");
        await storage.GetByRole(AriaRole.Button, new() { Name = "Lock A-01" }).ClickAsync();
        var dialog = page.GetByTestId("reason-dialog");
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(page.Locator("input[data-testid=reason]")).ToBeFocusedAsync();
        await Expect(dialog.Locator(".mud-input-error")).ToHaveCountAsync(0);
        await BothWidthsAsync("3-lock-reason-opened");

        await page.Keyboard.PressAsync("Escape");
        await Expect(dialog).ToBeHiddenAsync();
        await Expect(storage.Locator("tr", new() { HasText = "A-01" }).GetByTestId("storage-status")).Not.ToContainTextAsync("Locked");
    }

    [Fact]
    public async Task RedistributeConfirmation_EscClosesItAndStartsNothing()
    {
        var sku = (await app.Services.GetRequiredService<InventoryQueryService>().GridAsync(new(LocationCode: "DC-East", PageSize: 1))).Items[0].Sku;
        await app.Services.GetRequiredService<StockService>().AdjustAsync(
            [new StockLine(sku, null, "DC-East", new Dictionary<string, string> { ["Channel"] = "Amazon", ["OrderType"] = "STH" }, 40)],
            new Actor("receiving", MovementSource.Api));
        await browser.SignInAsync("admin@demo.local", IdentityBootstrap.DemoPassword);
        var page = browser.Page;
        await browser.OpenAsync("/redistribution");
        await page.GetByTestId("scope-skus").FillAsync(sku);
        await page.GetByTestId("preview").ClickAsync();
        await Expect(page.GetByTestId("preview-moves")).ToBeVisibleAsync();

        await page.GetByTestId("redistribute").ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync("Redistribute?");
        await BothWidthsAsync("4-redistribute-confirmation");
        // A key goes where the focus is, as a user's does: wait until the dialog holds it.
        await page.WaitForFunctionAsync("() => document.activeElement?.closest('[role=dialog]') != null");
        await page.Keyboard.PressAsync("Escape");

        await Expect(dialog).ToBeHiddenAsync();
        await Expect(page.GetByTestId("history-empty")).ToBeVisibleAsync();
        Assert.Empty(await app.Services.GetRequiredService<RedistributionService>().HistoryAsync());
    }

    [Fact]
    public async Task CreateUser_EnterInThePasswordField_CreatesTheUser()
    {
        await browser.SignInAsync("admin@demo.local", IdentityBootstrap.DemoPassword);
        var page = browser.Page;
        await browser.OpenAsync("/admin/users");
        await page.GetByLabel("Email").FillAsync("new.picker@demo.local");
        await page.GetByLabel("Initial password").FillAsync("Picker-Pass1");
        await page.GetByLabel("Initial password").PressAsync("Enter");

        await Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("User new.picker@demo.local created.");
        await Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("new.picker@demo.local");
        await BothWidthsAsync("5-user-created-by-enter");
    }

    private async Task<ILocator> FindRowAsync(string locationCode)
    {
        await browser.OpenAsync("/inventory");
        await browser.Page.Locator("input[data-testid=grid-search]").FillAsync(Sku);
        var row = browser.Page.GetByTestId("inventory-grid").Locator("tr", new() { HasText = locationCode }).Filter(new() { HasText = Sku });
        await Expect(row).ToHaveCountAsync(1);
        return row;
    }

    /// <summary>Screenshots at desktop (1440×900) and phone (390×844) width, leaving the desktop size set.</summary>
    private async Task BothWidthsAsync(string step)
    {
        await browser.ScreenshotAsync($"{step}-desktop");
        await browser.Page.SetViewportSizeAsync(390, 844);
        await browser.ScreenshotAsync($"{step}-phone");
        await browser.Page.SetViewportSizeAsync(1440, 900);
    }
}
