using System.Net;
using System.Net.Http.Json;
using InventoryAdmin.Identity;
using InventoryAdmin.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace InventoryAdmin.Tests.Api;

public class ApiSecurityTests : IAsyncLifetime
{
    private readonly InventoryAppFactory app;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    public ApiSecurityTests()
        : this(null)
    {
    }

    /// <param name="postgreSqlDatabase">Run the app on PostgreSQL, on this (new) database of the test cluster (see the PostgreSQL subclass).</param>
    protected ApiSecurityTests(string? postgreSqlDatabase) => app = new InventoryAppFactory(postgreSqlDatabase: postgreSqlDatabase);

    [Fact]
    public async Task Health_WithoutKey_Returns200()
    {
        var response = await app.CreateApiClient(null).GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-key")]
    public async Task Tags_WithoutAValidKey_Returns401Problem(string? key)
    {
        await ProblemAssert.IsProblemAsync(await app.CreateApiClient(key).GetAsync("/api/v1/tags"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task RevokedKey_Returns401()
    {
        var keys = app.Services.GetRequiredService<ApiKeyService>();
        var created = await keys.CreateAsync("pos", Roles.Merchandiser, "tests");
        await keys.RevokeAsync(created.Key.Id);

        await ProblemAssert.IsProblemAsync(await app.CreateApiClient(created.Secret).GetAsync("/api/v1/tags"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task KeyRevokedAfterUse_Returns401OnTheVeryNextRequest()
    {
        var keys = app.Services.GetRequiredService<ApiKeyService>();
        var created = await keys.CreateAsync("pos", Roles.Merchandiser, "tests");
        var client = app.CreateApiClient(created.Secret);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/tags")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/tags")).StatusCode);

        await keys.RevokeAsync(created.Key.Id);

        await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/v1/tags"), HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("GET", "/api/v1/admin/api-keys")]
    [InlineData("POST", "/api/v1/admin/api-keys")]
    [InlineData("GET", "/api/v1/admin/users")]
    [InlineData("POST", "/api/v1/admin/users")]
    [InlineData("POST", "/api/v1/admin/ledger/replay")]
    public async Task AdminEndpoints_WithMerchandiserKey_Return403AndChangeNothing(string method, string path)
    {
        var client = app.CreateApiClient(await app.CreateApiKeyAsync(Roles.Merchandiser));
        var keysBefore = (await app.Services.GetRequiredService<ApiKeyService>().ListAsync()).Count;
        var request = new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = method == "POST" ? JsonContent.Create(new { name = "sneaky", role = "Admin", email = "x@y.z", password = "Aa!12345", roles = new[] { "Admin" } }) : null,
        };

        await ProblemAssert.IsProblemAsync(await client.SendAsync(request), HttpStatusCode.Forbidden);

        Assert.Equal(keysBefore, (await app.Services.GetRequiredService<ApiKeyService>().ListAsync()).Count);
        Assert.Empty(await app.Services.GetRequiredService<UserAdminService>().ListAsync());
    }

    [Fact]
    public async Task AdminEndpoints_WithBootstrapKey_CreateAKeyThatWorks()
    {
        var admin = app.CreateApiClient(app.BootstrapKey);

        var response = await admin.PostAsJsonAsync("/api/v1/admin/api-keys", new { name = "ERP", role = "WarehouseManager" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var secret = (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("secret").GetString();
        Assert.Equal(HttpStatusCode.OK, (await app.CreateApiClient(secret).GetAsync("/api/v1/tags")).StatusCode);
        var stored = Assert.Single(await app.Services.GetRequiredService<ApiKeyService>().ListAsync());
        Assert.DoesNotContain(secret!, stored.Prefix + stored.Name);
    }

    [Fact]
    public async Task TagWrites_WithWarehouseManagerKey_Return403AndCreateNothing()
    {
        var client = app.CreateApiClient(await app.CreateApiKeyAsync(Roles.WarehouseManager));

        var response = await client.PostAsJsonAsync("/api/v1/tags", new { name = "X", values = new[] { new { name = "A" } }, defaultValue = "A" });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Equal("[]", await (await client.GetAsync("/api/v1/tags")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheTagsApi()
    {
        var document = await app.CreateApiClient(app.BootstrapKey).GetStringAsync("/openapi/v1.json");

        Assert.Contains("/api/v1/tags/{name}", document);
        Assert.Contains("/api/v1/settings/inventory", document);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/settings/inventory")]
    [InlineData("/admin/users")]
    public async Task Pages_WithoutSignIn_RedirectToLogin(string path)
    {
        var response = await app.CreateApiClient(null).GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location?.ToString());
    }
}
