using InventoryAdmin.Identity;
using InventoryAdmin.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InventoryAdmin.Tests.Browser;

public class InventoryTagsBrowserTests : IAsyncLifetime
{
    private readonly InventoryAppFactory app;
    private BrowserSession browser = default!;

    public InventoryTagsBrowserTests()
        : this(null)
    {
    }

    /// <param name="postgreSqlDatabase">Run the app on PostgreSQL, on this (new) database of the test cluster (see the PostgreSQL subclass).</param>
    protected InventoryTagsBrowserTests(string? postgreSqlDatabase) => app = new InventoryAppFactory(seedDemo: false, realServer: true, postgreSqlDatabase: postgreSqlDatabase);

    public async Task InitializeAsync()
    {
        app.StartServer();
        browser = await BrowserSession.StartAsync(app.ClientOptions.BaseAddress, app.ScreenshotPrefix("tags"));
    }

    public async Task DisposeAsync()
    {
        await browser.DisposeAsync();
        await app.DisposeAsync();
    }

    [Fact]
    public async Task Merchandiser_EnablesTags_CreatesEditsAndDeletesATag()
    {
        var password = await app.CreateUserAsync("merch@example.com", Roles.Merchandiser);
        await browser.SignInAsync("merch@example.com", password);
        await browser.OpenAsync("/settings/inventory");
        var page = browser.Page;
        await Expect(page.GetByTestId("tags-off")).ToBeVisibleAsync();
        await browser.ScreenshotAsync("1-tags-off");

        // The first enable asks (no tag yet, so nothing changes for stock), then opens Create Tag.
        await page.GetByLabel("Enable Inventory Tags").ClickAsync();
        await Expect(page.GetByTestId("tags-switch-dialog")).ToContainTextAsync("No tag exists yet");
        await page.GetByTestId("confirm-tags-switch").ClickAsync();
        var dialog = page.GetByTestId("tag-dialog");
        await Expect(dialog).ToBeVisibleAsync();
        await page.Locator("input[data-testid=tag-name]").FillAsync("Channel");
        await page.Locator("input[data-testid=value-name-0]").FillAsync("Kibo");
        await page.Locator("input[data-testid=value-percent-0]").FillAsync("80");
        foreach (var (name, percent, row) in new[] { ("Amazon", "10", 1), ("Walmart", "9.99", 2) })
        {
            await page.GetByTestId("add-value").ClickAsync();
            await page.Locator($"input[data-testid=value-name-{row}]").FillAsync(name);
            await page.Locator($"input[data-testid=value-percent-{row}]").FillAsync(percent);
        }

        await Expect(page.GetByTestId("tag-total")).ToContainTextAsync("99.99");
        await Expect(page.GetByTestId("save-tag")).ToBeDisabledAsync();
        await browser.ScreenshotAsync("2-create-dialog-invalid");

        await page.Locator("input[data-testid=value-percent-2]").FillAsync("10");
        await Expect(page.GetByTestId("save-tag")).ToBeEnabledAsync();
        await browser.ScreenshotAsync("3-create-dialog-valid");
        await page.GetByTestId("save-tag").ClickAsync();

        var table = page.GetByTestId("tag-table");
        await Expect(table).ToContainTextAsync("Channel");
        await table.GetByText("Channel").ClickAsync();
        await Expect(table).ToContainTextAsync("80 %");
        await browser.ScreenshotAsync("4-tag-in-table-expanded");

        await page.GetByLabel("Actions for tag Channel").ClickAsync();
        await page.GetByRole(AriaRole.Menuitem, new() { Name = "Edit" }).ClickAsync();
        await Expect(dialog).ToBeVisibleAsync();
        await page.Locator("input[data-testid=value-percent-0]").FillAsync("70");
        await page.Locator("input[data-testid=value-percent-1]").FillAsync("20");
        await browser.ScreenshotAsync("5-edit-dialog");
        await page.GetByTestId("save-tag").ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        await Expect(table).ToContainTextAsync("70 %");
        await Expect(table).ToContainTextAsync("20 %");
        await browser.ScreenshotAsync("6-edited");

        await page.GetByLabel("Actions for tag Channel").ClickAsync();
        await page.GetByRole(AriaRole.Menuitem, new() { Name = "Delete" }).ClickAsync();
        await Expect(page.GetByText("This cannot be undone")).ToBeVisibleAsync();
        await browser.ScreenshotAsync("7-delete-confirmation");
        await page.GetByTestId("confirm-delete-tag").ClickAsync();
        await Expect(page.GetByTestId("tags-empty")).ToBeVisibleAsync();
        await browser.ScreenshotAsync("8-deleted-empty-state");
    }
}
