using System.Net;
using InventoryAdmin.Identity;
using InventoryAdmin.Tests.Support;

namespace InventoryAdmin.Tests.Api.Hardening;

/// <summary>An over-long address to the real server (Kestrel on 127.0.0.1) gets a 414 problem document, not Kestrel's empty 414.</summary>
public class LongAddressTests : IAsyncLifetime
{
    private readonly InventoryAppFactory app;

    public LongAddressTests()
        : this(null)
    {
    }

    /// <param name="postgreSqlDatabase">Run the app on PostgreSQL, on this (new) database of the test cluster (see the PostgreSQL subclass).</param>
    protected LongAddressTests(string? postgreSqlDatabase) => app = new InventoryAppFactory(realServer: true, postgreSqlDatabase: postgreSqlDatabase);

    public Task InitializeAsync()
    {
        app.StartServer();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Theory]
    [InlineData("/api/v1/inventory/{0}")]
    [InlineData("/api/v1/availability?skus={0}")]
    public async Task AddressOver8KiB_Returns414Problem(string template)
    {
        using var client = new HttpClient { BaseAddress = app.ClientOptions.BaseAddress };
        client.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.HeaderName, app.BootstrapKey);

        var response = await client.GetAsync(string.Format(template, new string('A', 9_000)));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestUriTooLong);
        Assert.Contains("8,192", problem.GetProperty("detail").GetString());
    }
}
