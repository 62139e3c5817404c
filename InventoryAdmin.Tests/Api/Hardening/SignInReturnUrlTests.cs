using System.Net;
using InventoryAdmin.Identity;
using InventoryAdmin.Tests.Support;

namespace InventoryAdmin.Tests.Api.Hardening;

/// <summary>A ReturnUrl pointing off the site signs the user in and lands on the start page, never on the other site (issue 18, item 1).</summary>
public class SignInReturnUrlTests : IAsyncLifetime
{
    private const string Email = "merch@example.test";
    private readonly InventoryAppFactory app;
    private string password = default!;

    public SignInReturnUrlTests()
        : this(null)
    {
    }

    /// <param name="postgreSqlDatabase">Run the app on PostgreSQL, on this (new) database of the test cluster (see the PostgreSQL subclass).</param>
    protected SignInReturnUrlTests(string? postgreSqlDatabase) => app = new InventoryAppFactory(realServer: true, postgreSqlDatabase: postgreSqlDatabase);

    public async Task InitializeAsync()
    {
        app.StartServer();
        password = await app.CreateUserAsync(Email, Roles.Merchandiser);
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("\\\\evil.example/")]
    [InlineData("javascript:alert(1)")]
    public async Task SignIn_WithAReturnUrlOffTheSite_SignsInAndGoesToTheStartPage(string returnUrl)
    {
        var cookies = new CookieContainer();
        using var client = FormSignIn.CreateClient(app.ClientOptions.BaseAddress, cookies);

        var response = await FormSignIn.PostAsync(client, Email, password, returnUrl);

        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Expected 302, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var target = new Uri(app.ClientOptions.BaseAddress, response.Headers.Location!);
        Assert.Equal(new Uri(app.ClientOptions.BaseAddress, "/"), target);
        var start = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, start.StatusCode);
    }

    [Fact]
    public async Task SignIn_WithALocalReturnUrl_GoesThere()
    {
        var cookies = new CookieContainer();
        using var client = FormSignIn.CreateClient(app.ClientOptions.BaseAddress, cookies);

        var response = await FormSignIn.PostAsync(client, Email, password, "/settings/inventory?x=1");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(new Uri(app.ClientOptions.BaseAddress, "/settings/inventory?x=1"), new Uri(app.ClientOptions.BaseAddress, response.Headers.Location!));
    }
}
