using System.Net;
using InventoryAdmin.Identity;
using InventoryAdmin.Tests.Support;

namespace InventoryAdmin.Tests.Api.Hardening;

/// <summary>
/// Every answer of the real server on 127.0.0.1 — pages, redirects, not-found, static files, API successes and refusals —
/// carries nosniff, a referrer policy and frame protection, and no Server header (issue 18, item 8).
/// </summary>
public class SecurityHeadersTests : IAsyncLifetime
{
    private const string Email = "admin@example.test";
    private readonly InventoryAppFactory app;
    private string password = default!;

    public SecurityHeadersTests()
        : this(null)
    {
    }

    /// <param name="postgreSqlDatabase">Run the app on PostgreSQL, on this (new) database of the test cluster (see the PostgreSQL subclass).</param>
    protected SecurityHeadersTests(string? postgreSqlDatabase) => app = new InventoryAppFactory(realServer: true, postgreSqlDatabase: postgreSqlDatabase);

    public async Task InitializeAsync()
    {
        app.StartServer();
        password = await app.CreateUserAsync(Email, Roles.Admin);
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task PagesSignedOut_CarryTheSecurityHeaders()
    {
        using var client = FormSignIn.CreateClient(app.ClientOptions.BaseAddress, new CookieContainer());

        foreach (var path in new[] { "/Account/Login", "/", "/inventory", "/_framework/blazor.web.js", "/health" })
            AssertHeaders(await client.GetAsync(path), path);
    }

    [Fact]
    public async Task PagesSignedIn_CarryTheSecurityHeaders()
    {
        using var client = FormSignIn.CreateClient(app.ClientOptions.BaseAddress, new CookieContainer());
        var signIn = await FormSignIn.PostAsync(client, Email, password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        AssertHeaders(signIn, "POST /Account/Login");

        foreach (var path in new[] { "/", "/inventory", "/settings/inventory", "/admin/users", "/no-such-page", "/downloads/inventory.csv" })
        {
            var response = await client.GetAsync(path);
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{path}: {(int)response.StatusCode}");
            AssertHeaders(response, path);
        }
    }

    [Fact]
    public async Task ApiAnswers_CarryTheSecurityHeaders()
    {
        using var anonymous = FormSignIn.CreateClient(app.ClientOptions.BaseAddress, new CookieContainer());
        using var admin = FormSignIn.CreateClient(app.ClientOptions.BaseAddress, new CookieContainer());
        admin.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.HeaderName, app.BootstrapKey);

        AssertHeaders(await anonymous.GetAsync("/api/v1/tags"), "401 /api/v1/tags");
        AssertHeaders(await admin.GetAsync("/api/v1/tags"), "200 /api/v1/tags");
        AssertHeaders(await admin.GetAsync("/api/v1/tags/Nope"), "404 /api/v1/tags/Nope");
        AssertHeaders(await admin.GetAsync("/api/v1/redistributions/abc"), "404 /api/v1/redistributions/abc");
        AssertHeaders(await admin.GetAsync("/openapi/v1.json"), "/openapi/v1.json");
    }

    private static void AssertHeaders(HttpResponseMessage response, string what)
    {
        Assert.True(Header(response, "X-Content-Type-Options") == "nosniff", $"{what}: X-Content-Type-Options is '{Header(response, "X-Content-Type-Options")}'");
        Assert.True(Header(response, "Referrer-Policy") == "strict-origin-when-cross-origin", $"{what}: Referrer-Policy is '{Header(response, "Referrer-Policy")}'");
        Assert.True(Header(response, "X-Frame-Options") == "DENY", $"{what}: X-Frame-Options is '{Header(response, "X-Frame-Options")}'");
        Assert.True(Header(response, "Content-Security-Policy")?.Contains("frame-ancestors 'none'") == true,
            $"{what}: Content-Security-Policy is '{Header(response, "Content-Security-Policy")}'");
        Assert.False(response.Headers.Contains("Server"), $"{what}: Server header '{Header(response, "Server")}'");
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : null;
}
