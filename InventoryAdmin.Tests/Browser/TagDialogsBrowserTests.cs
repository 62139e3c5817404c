using InventoryAdmin.Domain.Services;
using InventoryAdmin.Identity;
using InventoryAdmin.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InventoryAdmin.Tests.Browser;

/// <summary>
/// /settings/inventory over the demo data: the tags switch asks first with figures, a ⋮ menu closes before its dialog,
/// a tag that holds stock says why it cannot be deleted, Enter saves the tag dialog.
/// </summary>
public class TagDialogsBrowserTests : IAsyncLifetime
{
    private readonly InventoryAppFactory app;
    private BrowserSession browser = default!;

    public TagDialogsBrowserTests()
        : this(null)
    {
    }

    /// <param name="postgreSqlDatabase">Run the app on PostgreSQL, on this (new) database of the test cluster (see the PostgreSQL subclass).</param>
    protected TagDialogsBrowserTests(string? postgreSqlDatabase) => app = new InventoryAppFactory(seedDemo: true, realServer: true, postgreSqlDatabase: postgreSqlDatabase);

    public async Task InitializeAsync()
    {
        app.StartServer();
        browser = await BrowserSession.StartAsync(app.ClientOptions.BaseAddress, app.ScreenshotPrefix("tag-dialogs"));
        await browser.Page.SetViewportSizeAsync(1440, 900);
        await browser.SignInAsync("admin@demo.local", IdentityBootstrap.DemoPassword);
        await browser.OpenAsync("/settings/inventory");
    }

    public async Task DisposeAsync()
    {
        await browser.DisposeAsync();
        await app.DisposeAsync();
    }

    [Fact]
    public async Task TagsSwitch_AsksWithFigures_EnterAndEscCancel_OnlyConfirmTurnsTagsOff()
    {
        var page = browser.Page;
        var settings = app.Services.GetRequiredService<InventorySettingsService>();
        var preview = await settings.PreviewTagsSwitchAsync();
        var toggle = page.GetByLabel("Enable Inventory Tags");
        await Expect(toggle).ToBeCheckedAsync();

        await toggle.ClickAsync();
        var dialog = DialogWith("tags-switch-dialog");
        await Expect(dialog).ToContainTextAsync("Turn off inventory tags?");
        await Expect(page.GetByTestId("tags-switch-figures")).ToContainTextAsync(preview.Segments.ToString("N0"));
        await Expect(page.GetByTestId("tags-switch-figures")).ToContainTextAsync(preview.Units.ToString("N0"));
        await Expect(page.GetByTestId("tags-switch-merge")).ToContainTextAsync($"{preview.SplitRecords:N0} of {preview.Records:N0} records");
        await Expect(toggle).ToBeCheckedAsync();
        await Expect(page.GetByTestId("cancel-tags-switch")).ToBeFocusedAsync();
        await BothWidthsAsync("1-switch-off-confirmation");

        // Enter takes the focused default, Cancel; so does Esc. The keys go to where the focus is, as a user's do: wait
        // until the dialog has put it on Cancel (a key pressed in the instant before reaches the page, not the dialog).
        await Expect(page.GetByTestId("cancel-tags-switch")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(dialog).ToBeHiddenAsync();
        await Expect(toggle).ToBeCheckedAsync();
        await toggle.ClickAsync();
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(page.GetByTestId("cancel-tags-switch")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Escape");
        await Expect(dialog).ToBeHiddenAsync();
        await Expect(toggle).ToBeCheckedAsync();
        Assert.True((await settings.GetAsync()).TagsEnabled);

        await toggle.ClickAsync();
        await page.GetByTestId("confirm-tags-switch").ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        await Expect(toggle).Not.ToBeCheckedAsync();
        Assert.False((await settings.GetAsync()).TagsEnabled);

        // Turning on again says what comes back.
        await toggle.ClickAsync();
        await Expect(dialog).ToContainTextAsync("Turn on inventory tags?");
        await Expect(page.GetByTestId("tags-switch-split")).ToContainTextAsync(preview.UnitsInOtherSegments.ToString("N0"));
        await BothWidthsAsync("2-switch-on-confirmation");
        await page.GetByTestId("confirm-tags-switch").ClickAsync();
        await Expect(toggle).ToBeCheckedAsync();
        Assert.True((await settings.GetAsync()).TagsEnabled);
    }

    [Fact]
    public async Task DeleteFromTheMenu_ClosesTheMenu_AndATagHoldingStockShowsWhereWithNoDeleteButton()
    {
        var page = browser.Page;
        await page.GetByLabel("Actions for tag Channel").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Menu)).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Menuitem, new() { Name = "Delete" }).ClickAsync();

        var dialog = DialogWith("tag-deletion-dialog");
        await Expect(dialog).ToContainTextAsync("Tag 'Channel' cannot be deleted");
        await Expect(page.GetByRole(AriaRole.Menu)).ToHaveCountAsync(0);
        var usage = page.GetByTestId("tag-deletion-usage");
        await Expect(usage).ToContainTextAsync("Kibo");
        await Expect(usage).ToContainTextAsync("DC-East");
        await Expect(dialog.GetByRole(AriaRole.Button, new() { Name = "Delete" })).ToHaveCountAsync(0);
        await BothWidthsAsync("3-delete-refused");
        await page.Keyboard.PressAsync("Escape");
        await Expect(dialog).ToBeHiddenAsync();
        Assert.Contains("Channel", (await app.Services.GetRequiredService<TagService>().ListAsync()).Select(t => t.Name));
    }

    [Fact]
    public async Task EditFromTheMenu_RemovingAValueThatHoldsStock_SaysWhy_AndEnterSavesTheNewTag()
    {
        var page = browser.Page;
        await page.GetByLabel("Actions for tag Channel").ClickAsync();
        await page.GetByRole(AriaRole.Menuitem, new() { Name = "Edit" }).ClickAsync();
        var editor = page.GetByTestId("tag-dialog");
        await Expect(editor).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Menu)).ToHaveCountAsync(0);

        await page.GetByLabel("Remove value Amazon").ClickAsync();
        var refusal = DialogWith("tag-deletion-dialog");
        await Expect(refusal).ToContainTextAsync("Value 'Amazon' cannot be removed");
        await Expect(page.GetByTestId("tag-deletion-usage")).ToContainTextAsync("Amazon");
        await BothWidthsAsync("4-remove-value-refused");
        await page.GetByTestId("close-tag-deletion").ClickAsync();
        await Expect(refusal).ToBeHiddenAsync();
        await Expect(page.Locator("input[data-testid=value-name-1]")).ToHaveValueAsync("Amazon");
        await page.Keyboard.PressAsync("Escape");
        await Expect(editor).ToBeHiddenAsync();

        await page.GetByTestId("create-tag").ClickAsync();
        await Expect(editor).ToBeVisibleAsync();
        await Expect(page.GetByTestId("save-hint")).ToHaveTextAsync("Enter a tag name and a value to save.");
        await Expect(editor.Locator(".mud-input-error")).ToHaveCountAsync(0);
        await BothWidthsAsync("5-create-empty");
        await page.Locator("input[data-testid=tag-name]").FillAsync("Condition");
        await page.Locator("input[data-testid=value-name-0]").FillAsync("New");
        await page.Locator("input[data-testid=value-percent-0]").FillAsync("abc");
        await Expect(page.GetByTestId("tag-total")).ToContainTextAsync("not a number");
        await Expect(page.GetByTestId("save-tag")).ToBeDisabledAsync();
        await BothWidthsAsync("6-create-unreadable-percent");
        await page.Locator("input[data-testid=value-percent-0]").FillAsync("");
        await page.Locator("input[data-testid=value-name-0]").PressAsync("Enter");

        await Expect(editor).ToBeHiddenAsync();
        await Expect(page.GetByTestId("tag-table")).ToContainTextAsync("Condition");
    }

    /// <summary>The whole dialog (title included) around the content marked with <paramref name="testId"/>.</summary>
    private ILocator DialogWith(string testId) => browser.Page.GetByRole(AriaRole.Dialog).Filter(new() { Has = browser.Page.GetByTestId(testId) });

    /// <summary>Screenshots at desktop (1440×900) and phone (390×844) width, leaving the desktop size set.</summary>
    private async Task BothWidthsAsync(string step)
    {
        await browser.ScreenshotAsync($"{step}-desktop");
        await browser.Page.SetViewportSizeAsync(390, 844);
        await browser.ScreenshotAsync($"{step}-phone");
        await browser.Page.SetViewportSizeAsync(1440, 900);
    }
}
