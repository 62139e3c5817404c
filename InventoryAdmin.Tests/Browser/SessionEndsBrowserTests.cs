using System.Text.RegularExpressions;
using InventoryAdmin.Identity;
using InventoryAdmin.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InventoryAdmin.Tests.Browser;

/// <summary>An open page (interactive circuit) of a user an admin disables goes to sign-in within the circuits' revalidation interval, which says why.</summary>
public class SessionEndsBrowserTests : IAsyncLifetime
{
    private readonly InventoryAppFactory app;
    private BrowserSession browser = default!;

    public SessionEndsBrowserTests()
        : this(null)
    {
    }

    /// <param name="postgreSqlDatabase">Run the app on PostgreSQL, on this (new) database of the test cluster (see the PostgreSQL subclass).</param>
    protected SessionEndsBrowserTests(string? postgreSqlDatabase) => app = new InventoryAppFactory(realServer: true, postgreSqlDatabase: postgreSqlDatabase);

    public async Task InitializeAsync()
    {
        app.StartServer();
        browser = await BrowserSession.StartAsync(app.ClientOptions.BaseAddress, app.ScreenshotPrefix("session-ends"));
    }

    public async Task DisposeAsync()
    {
        await browser.DisposeAsync();
        await app.DisposeAsync();
    }

    [Fact]
    public async Task DisabledUser_OpenInventoryPage_IsSentToSignInWithinTheRevalidationInterval()
    {
        await app.CreateUserAsync("admin@test.local", Roles.Admin);
        var password = await app.CreateUserAsync("stock@test.local", Roles.WarehouseManager);
        await browser.SignInAsync("stock@test.local", password);
        await browser.OpenAsync("/inventory");

        await app.Services.GetRequiredService<UserAdminService>()
            .SetDisabledAsync(await IdAsync("stock@test.local"), true, await IdAsync("admin@test.local"));

        // Nothing is clicked: the circuit notices by itself (IdentitySetup.CircuitRevalidationInterval, 10 s).
        var bound = IdentitySetup.CircuitRevalidationInterval + TimeSpan.FromSeconds(8);
        await Expect(browser.Page).ToHaveURLAsync(new Regex("/Account/Login"), new() { Timeout = (float)bound.TotalMilliseconds });
        await Expect(browser.Page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        // The page says why (issue 18 item 7), and only this once.
        await Expect(browser.Page.GetByTestId("session-ended")).ToContainTextAsync("Your session ended because an administrator changed your account");
        await browser.ScreenshotAsync("disabled-user-signed-out");
        await browser.Page.SetViewportSizeAsync(390, 844);
        await browser.ScreenshotAsync("disabled-user-signed-out-phone");
        await browser.Page.ReloadAsync();
        await Expect(browser.Page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await Expect(browser.Page.GetByTestId("session-ended")).ToHaveCountAsync(0);
    }

    private async Task<string> IdAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email))!.Id;
    }
}
