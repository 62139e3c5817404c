using System.Net;
using InventoryAdmin.Identity;
using InventoryAdmin.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace InventoryAdmin.Tests.Sessions;

/// <summary>
/// A sign-in cookie taken before an admin disables the user or takes a role away is refused on the very next
/// request (pages and downloads), and a disabled account's sign-in answers exactly like a wrong password.
/// </summary>
public class SessionRevocationTests : IAsyncLifetime
{
    private readonly InventoryAppFactory app;
    private HttpClient client = default!;
    private string adminId = default!;

    public SessionRevocationTests()
        : this(null)
    {
    }

    /// <param name="postgreSqlDatabase">Run the app on PostgreSQL, on this (new) database of the test cluster (see the PostgreSQL subclass).</param>
    protected SessionRevocationTests(string? postgreSqlDatabase) => app = new InventoryAppFactory(postgreSqlDatabase: postgreSqlDatabase);

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

    [Fact]
    public async Task DisabledUser_OldCookie_IsSentToSignInFromPagesAndTheCsvDownload()
    {
        string[] paths = ["/inventory", "/inventory/import", "/downloads/inventory.csv"];
        var password = await app.CreateUserAsync("stock@test.local", Roles.WarehouseManager);
        var cookie = await FormSignIn.SignInAsync(client, "stock@test.local", password);
        foreach (var path in paths)
            Assert.Equal(HttpStatusCode.OK, (await FormSignIn.GetWithCookieAsync(client, path, cookie)).StatusCode);

        await app.Services.GetRequiredService<UserAdminService>().SetDisabledAsync(await UserIdAsync("stock@test.local"), true, adminId);

        foreach (var path in paths)
            AssertSentToSignIn(await FormSignIn.GetWithCookieAsync(client, path, cookie), path);
    }

    [Fact]
    public async Task AdminRoleRemoved_OldCookie_NoLongerGetsTheAdminPages()
    {
        string[] paths = ["/admin/users", "/admin/api-keys", "/redistribution"];
        var password = await app.CreateUserAsync("demoted@test.local", Roles.Admin);
        var cookie = await FormSignIn.SignInAsync(client, "demoted@test.local", password);
        foreach (var path in paths)
            Assert.Equal(HttpStatusCode.OK, (await FormSignIn.GetWithCookieAsync(client, path, cookie)).StatusCode);

        await app.Services.GetRequiredService<UserAdminService>()
            .SetRolesAsync(await UserIdAsync("demoted@test.local"), [Roles.WarehouseManager], adminId);

        foreach (var path in paths)
            AssertSentToSignIn(await FormSignIn.GetWithCookieAsync(client, path, cookie), path);
    }

    [Fact]
    public async Task DisabledAccount_SignIn_AnswersExactlyLikeAWrongPassword()
    {
        var password = await app.CreateUserAsync("gone@test.local", Roles.Merchandiser);
        var otherPassword = await app.CreateUserAsync("here@test.local", Roles.Merchandiser);
        await app.Services.GetRequiredService<UserAdminService>().SetDisabledAsync(await UserIdAsync("gone@test.local"), true, adminId);

        var wrongPassword = await FormSignIn.PostAsync(client, "here@test.local", otherPassword + "x");
        var unknownEmail = await FormSignIn.PostAsync(client, "nobody@test.local", otherPassword);
        var disabledWrongPassword = await FormSignIn.PostAsync(client, "gone@test.local", password + "x");
        var disabledRightPassword = await FormSignIn.PostAsync(client, "gone@test.local", password);

        Assert.Equal(new FormSignIn.Attempt(HttpStatusCode.OK, null, null, "Error: The email or password is not right."), wrongPassword);
        Assert.Equal(wrongPassword, unknownEmail);
        Assert.Equal(wrongPassword, disabledWrongPassword);
        Assert.Equal(wrongPassword, disabledRightPassword);
    }

    private static void AssertSentToSignIn(HttpResponseMessage response, string path)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{path} answered {(int)response.StatusCode}, not a redirect to sign-in");
        var location = response.Headers.Location;
        Assert.StartsWith("/Account/Login", location is { IsAbsoluteUri: true } ? location.PathAndQuery : location?.OriginalString);
    }

    private async Task<string> UserIdAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email);
        return user!.Id;
    }
}
