using InventoryAdmin.Identity;
using InventoryAdmin.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InventoryAdmin.Tests.Browser;

/// <summary>Against the demo data: the roles' views, admin pages, and lockout after repeated failed sign-ins.</summary>
public class SignInAndRolesBrowserTests : IAsyncLifetime
{
    private readonly InventoryAppFactory app;
    private BrowserSession browser = default!;

    public SignInAndRolesBrowserTests()
        : this(null)
    {
    }

    /// <param name="postgreSqlDatabase">Run the app on PostgreSQL, on this (new) database of the test cluster (see the PostgreSQL subclass).</param>
    protected SignInAndRolesBrowserTests(string? postgreSqlDatabase) => app = new InventoryAppFactory(seedDemo: true, realServer: true, postgreSqlDatabase: postgreSqlDatabase);

    public async Task InitializeAsync()
    {
        app.StartServer();
        browser = await BrowserSession.StartAsync(app.ClientOptions.BaseAddress, app.ScreenshotPrefix("roles"));
    }

    public async Task DisposeAsync()
    {
        await browser.DisposeAsync();
        await app.DisposeAsync();
    }

    [Fact]
    public async Task WarehouseManager_SeesTagsReadOnly_AndNoAdminPages()
    {
        await browser.SignInAsync("warehouse@demo.local", IdentityBootstrap.DemoPassword);
        await browser.OpenAsync("/settings/inventory");
        var page = browser.Page;

        await Expect(page.GetByTestId("tag-table")).ToContainTextAsync("Channel");
        await Expect(page.GetByTestId("tag-table")).ToContainTextAsync("OrderType");
        await Expect(page.GetByText("Only merchandisers and admins can change them")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Enable Inventory Tags")).ToBeDisabledAsync();
        await Expect(page.GetByTestId("create-tag")).ToHaveCountAsync(0);
        await Expect(page.GetByLabel("Actions for tag Channel")).ToHaveCountAsync(0);
        await browser.ScreenshotAsync("warehouse-readonly-tags");

        // [Authorize(Roles)] is enforced by the server before any component renders.
        await page.GotoAsync("/admin/users");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Access denied" })).ToBeVisibleAsync();
        Assert.Contains("/Account/AccessDenied", page.Url);
    }

    [Fact]
    public async Task Admin_SeesUsersAndCreatesAnApiKeyShownOnce()
    {
        await browser.SignInAsync("admin@demo.local", IdentityBootstrap.DemoPassword);
        await browser.OpenAsync("/settings/inventory");
        await browser.Page.GetByTestId("tag-table").GetByText("Channel").ClickAsync();
        await Expect(browser.Page.GetByTestId("tag-table")).ToContainTextAsync("80 %");
        await browser.ScreenshotAsync("admin-settings-demo");

        await browser.OpenAsync("/admin/users");
        foreach (var (email, _) in IdentityBootstrap.DemoUsers)
            await Expect(browser.Page.Locator("table").GetByText(email)).ToBeVisibleAsync();
        await browser.ScreenshotAsync("admin-users");

        await browser.OpenAsync("/admin/api-keys");
        await browser.Page.GetByLabel("Name").FillAsync("POS Retailer2");
        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Create key" }).ClickAsync();
        var secret = await browser.Page.Locator("input[data-testid=new-api-key]").InputValueAsync();
        Assert.StartsWith("ia_", secret);
        await browser.ScreenshotAsync("admin-api-key-created");

        using var client = app.CreateApiClient(secret);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/api/v1/tags")).StatusCode);
    }

    [Fact]
    public async Task FiveFailedSignIns_LockTheAccount_EvenForTheRightPassword()
    {
        var page = browser.Page;
        for (var attempt = 1; attempt <= IdentitySetup.MaxFailedSignIns; attempt++)
        {
            await page.GotoAsync("/Account/Login");
            await page.GetByLabel("Email").FillAsync("merchandiser@demo.local");
            await page.GetByLabel("Password").FillAsync("wrong-password");
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await page.WaitForLoadStateAsync();
        }

        await Expect(page.GetByText("Account locked")).ToBeVisibleAsync();

        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("Email").FillAsync("merchandiser@demo.local");
        await page.GetByLabel("Password").FillAsync(IdentityBootstrap.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByText("Account locked")).ToBeVisibleAsync();
        await browser.ScreenshotAsync("lockout");
    }
}
