using System.Net;
using InventoryAdmin.Identity;
using InventoryAdmin.Tests.Api.Inventory;
using InventoryAdmin.Tests.Support;

namespace InventoryAdmin.Tests.Api.Hardening;

/// <summary>
/// Over real HTTP (Kestrel on 127.0.0.1): a search text with a control character or over 200 characters is a 400 problem
/// naming <c>search</c> on every list that searches (issue 18, item 5), and the API key scheme's own 401/403 documents
/// carry instance and traceId like every other refusal (item 4).
/// </summary>
public class SearchTextAndKeyProblemTests : IAsyncLifetime
{
    private readonly InventoryAppFactory app;
    private InventoryArrange arrange = default!;

    public SearchTextAndKeyProblemTests()
        : this(null)
    {
    }

    /// <param name="postgreSqlDatabase">Run the app on PostgreSQL, on this (new) database of the test cluster (see the PostgreSQL subclass).</param>
    protected SearchTextAndKeyProblemTests(string? postgreSqlDatabase) => app = new InventoryAppFactory(realServer: true, postgreSqlDatabase: postgreSqlDatabase);

    public async Task InitializeAsync()
    {
        app.StartServer();
        arrange = await InventoryArrange.CreateAsync(app);
        await arrange.LocationAsync("DC-East");
        await arrange.ProductAsync("TEE-1");
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    public static TheoryData<string, string, string> BadSearches()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var path in new[] { "/api/v1/inventory", "/api/v1/products", "/api/v1/orders", "/api/v1/inventory.csv" })
        {
            data.Add(path, "TEE%07", "The search text contains a control character (U+0007 at position 4)");
            data.Add(path, "TEE%001", "The search text contains a control character (U+0000 at position 4)");
            data.Add(path, new string('t', 201), "The search text must be at most 200 characters.");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BadSearches))]
    public async Task List_WithABadSearchText_Returns400ProblemNamingSearch(string path, string search, string message)
    {
        Assert.StartsWith("http://127.0.0.1:", app.ClientOptions.BaseAddress.ToString());

        var response = await arrange.Stock.GetAsync($"{path}?search={search}");

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains(message, Assert.Single(ProblemAssert.ErrorsFor(problem, "search")));
    }

    [Fact]
    public async Task List_WithASearchOfExactly200Characters_IsAnswered()
    {
        var response = await arrange.Stock.GetAsync($"/api/v1/products?search={new string('t', 200)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-key")]
    public async Task MissingOrUnknownKey_Returns401ProblemWithTraceId(string? key)
    {
        var problem = await ProblemAssert.IsProblemAsync(await app.CreateApiClient(key).GetAsync("/api/v1/tags"), HttpStatusCode.Unauthorized);

        Assert.False(string.IsNullOrEmpty(problem.GetProperty("traceId").GetString()));
        Assert.Equal("/api/v1/tags", problem.GetProperty("instance").GetString());
        Assert.Contains(ApiKeyAuthenticationHandler.HeaderName, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task KeyOfTheWrongRole_Returns403ProblemWithTraceId()
    {
        var client = app.CreateApiClient(await app.CreateApiKeyAsync(Roles.Merchandiser));

        var problem = await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/v1/admin/users"), HttpStatusCode.Forbidden);

        Assert.False(string.IsNullOrEmpty(problem.GetProperty("traceId").GetString()));
        Assert.Equal("/api/v1/admin/users", problem.GetProperty("instance").GetString());
        Assert.Contains("Merchandiser", problem.GetProperty("detail").GetString());
    }

    /// <summary>
    /// A lookup by a text holding U+0000 (in the query string, where Kestrel lets it through) is bad input: on PostgreSQL,
    /// whose text cannot hold it, it used to fail the statement (22021) and answer 500.
    /// </summary>
    [Theory]
    [InlineData("/api/v1/availability?skus=TEE%001")]
    [InlineData("/api/v1/availability?skus=TEE-1&locationCode=DC%00East")]
    [InlineData("/api/v1/alerts/low-stock?locationCode=DC%00East")]
    [InlineData("/api/v1/availability/changes?locationCode=DC%00East")]
    [InlineData("/api/v1/inventory?locationCode=DC%00East")]
    public async Task ALookupByATextWithNul_IsA4xxProblem(string path)
    {
        var response = await arrange.Stock.GetAsync(path);
        Assert.InRange((int)response.StatusCode, 400, 499);
        await ProblemAssert.IsProblemAsync(response, response.StatusCode);
    }
}
