using System.Net;
using InventoryAdmin.Identity;
using InventoryAdmin.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace InventoryAdmin.Tests.Sessions;

/// <summary>
/// A user whose session an admin ended (disabled, roles changed) is told so on the sign-in page they are sent to, once;
/// someone who simply arrives there signed out is not (issue 18, item 7). Over HTTP, with the cookies a browser keeps.
/// </summary>
public class SessionEndedMessageTests : IAsyncLifetime
{
    private const string Notice = "Your session ended because an administrator changed your account";
    private readonly InventoryAppFactory app;
    private HttpClient client = default!;
    private string adminId = default!;

    public SessionEndedMessageTests()
        : this(null)
    {
    }

    /// <param name="postgreSqlDatabase">Run the app on PostgreSQL, on this (new) database of the test cluster (see the PostgreSQL subclass).</param>
    protected SessionEndedMessageTests(string? postgreSqlDatabase) => app = new InventoryAppFactory(postgreSqlDatabase: postgreSqlDatabase);

    public async Task InitializeAsync()
    {
        client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        await app.CreateUserAsync("boss@test.local", Roles.Admin);
        adminId = await UserIdAsync("boss@test.local");
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await app.DisposeAsync();
    }

    [Theory]
    [InlineData("disabled")]
    [InlineData("roles changed")]
    public async Task SessionEndedByAnAdmin_TheSignInPageSaysWhyOnce(string change)
    {
        var password = await app.CreateUserAsync("stock@test.local", Roles.WarehouseManager);
        var cookie = await FormSignIn.SignInAsync(client, "stock@test.local", password);
        Assert.Equal(HttpStatusCode.OK, (await FormSignIn.GetWithCookieAsync(client, "/inventory", cookie)).StatusCode);
        var users = app.Services.GetRequiredService<UserAdminService>();
        var id = await UserIdAsync("stock@test.local");
        if (change == "disabled") await users.SetDisabledAsync(id, true, adminId);
        else await users.SetRolesAsync(id, [Roles.Merchandiser], adminId);

        var refused = await FormSignIn.GetWithCookieAsync(client, "/inventory", cookie);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/Account/Login", refused.Headers.Location!.OriginalString.Replace("http://localhost", ""));
        var marker = Assert.Single(refused.Headers.GetValues("Set-Cookie"), c => c.StartsWith(SessionEnded.CookieName + "=", StringComparison.Ordinal));
        Assert.Contains("httponly", marker, StringComparison.OrdinalIgnoreCase);

        // The browser follows the redirect with the cookies it now holds (the session cookie was deleted, the marker set).
        var signIn = await FormSignIn.GetWithCookieAsync(client, refused.Headers.Location.OriginalString, marker.Split(';')[0]);
        var html = await signIn.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Contains(Notice, html);
        Assert.Contains("data-testid=\"session-ended\"", html);
        Assert.Contains(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith(SessionEnded.CookieName + "=;", StringComparison.Ordinal));

        // Shown once: the next visit (marker deleted) is a plain sign-in page.
        Assert.DoesNotContain(Notice, await (await client.GetAsync("/Account/Login")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SignedOutVisitor_SentToSignIn_SeesNoSessionNotice()
    {
        var refused = await client.GetAsync("/inventory");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.False(refused.Headers.TryGetValues("Set-Cookie", out var cookies)
            && cookies.Any(c => c.StartsWith(SessionEnded.CookieName + "=", StringComparison.Ordinal)));

        var html = await (await client.GetAsync(refused.Headers.Location!.OriginalString)).Content.ReadAsStringAsync();

        Assert.Contains("Sign in", html);
        Assert.DoesNotContain(Notice, html);
    }

    [Fact]
    public async Task UserWhoseAccountDidNotChange_KeepsTheirSessionAndGetsNoNotice()
    {
        var password = await app.CreateUserAsync("fine@test.local", Roles.WarehouseManager);
        var cookie = await FormSignIn.SignInAsync(client, "fine@test.local", password);

        var page = await FormSignIn.GetWithCookieAsync(client, "/inventory", cookie);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.False(page.Headers.TryGetValues("Set-Cookie", out var cookies)
            && cookies.Any(c => c.StartsWith(SessionEnded.CookieName + "=", StringComparison.Ordinal)));
    }

    private async Task<string> UserIdAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email);
        return user!.Id;
    }
}
