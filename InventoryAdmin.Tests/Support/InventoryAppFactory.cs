using InventoryAdmin.Domain.Store;
using InventoryAdmin.Identity;
using InventoryAdmin.Tests.Support.PostgreSql;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace InventoryAdmin.Tests.Support;

/// <summary>
/// The real app over a fresh SQLite file (or a PostgreSQL database of the test cluster). With <c>realServer</c> it listens on 127.0.0.1 (a free port)
/// so a browser can reach it; otherwise requests go through the in-memory test server.
/// </summary>
public sealed class InventoryAppFactory : WebApplicationFactory<Program>
{
    private readonly string databasePath;
    private readonly bool ownsDatabase;
    private readonly bool seedDemo;
    private readonly string? postgreSqlDatabase;

    /// <param name="databasePath">An existing database to start on (it is left in place), as an app restarted on its file; null = a fresh one.</param>
    /// <param name="postgreSqlDatabase">Run on PostgreSQL instead: a new database of the test cluster, dropped at the end.</param>
    /// <param name="fromPostgreSqlTemplate">
    /// Create that database as a copy of <see cref="PostgreSqlAppTemplate"/> (what the app makes of an empty database);
    /// false leaves it missing, for the app to create and migrate itself.
    /// </param>
    /// <param name="keepDatabase">Leave the PostgreSQL database in place at the end (the template itself).</param>
    public InventoryAppFactory(bool seedDemo = false, bool realServer = false, string? databasePath = null, string? postgreSqlDatabase = null,
        bool fromPostgreSqlTemplate = true, bool keepDatabase = false)
    {
        this.postgreSqlDatabase = postgreSqlDatabase;
        this.seedDemo = seedDemo;
        ownsDatabase = databasePath is null && !keepDatabase;
        this.databasePath = databasePath ?? Path.Combine(Path.GetTempPath(), $"inventoryadmin-test-{Guid.NewGuid():N}.db");
        if (postgreSqlDatabase is not null && fromPostgreSqlTemplate) PostgreSqlAppTemplate.CopyTo(postgreSqlDatabase);
        if (realServer) UseKestrel(0);
    }

    public string BootstrapKey { get; } = "bootstrap-" + Guid.NewGuid().ToString("N");

    /// <summary>A browser test's screenshot prefix, marked with the engine so the two runs of a test keep both sets.</summary>
    public string ScreenshotPrefix(string prefix) => postgreSqlDatabase is null ? prefix : "postgresql-" + prefix;

    public string ConnectionString => postgreSqlDatabase is { } database ? PostgreSqlCluster.Shared.ConnectionString(database) : $"Data Source={databasePath}";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseStaticWebAssets();
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = postgreSqlDatabase is null ? "Sqlite" : "PostgreSQL",
            ["ConnectionStrings:Inventory"] = ConnectionString,
            ["Demo:Seed"] = seedDemo ? "true" : "false",
            ["Api:BootstrapKey"] = BootstrapKey,
            ["Serilog:MinimumLevel:Default"] = "Warning",
        }));
    }

    /// <summary>A fresh context on the app's database, for arranging and for checking what a request left.</summary>
    public InventoryDbContext CreateDbContext() =>
        Services.GetRequiredService<IDbContextFactory<InventoryDbContext>>().CreateDbContext();

    /// <summary>Creates a user with one role and returns its password.</summary>
    public async Task<string> CreateUserAsync(string email, string role)
    {
        const string password = "Test!2345x";
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded) throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, role);
        return password;
    }

    /// <summary>An API key of the given role, created through the same service the admin page uses.</summary>
    public async Task<string> CreateApiKeyAsync(string role) =>
        (await Services.GetRequiredService<ApiKeyService>().CreateAsync($"test {role} {Guid.NewGuid():N}", role, "tests")).Secret;

    public HttpClient CreateApiClient(string? key)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = ClientOptions.BaseAddress });
        if (key is not null) client.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.HeaderName, key);
        return client;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (!ownsDatabase) return;
        if (postgreSqlDatabase is not null) await PostgreSqlCluster.Shared.DropDatabaseAsync(postgreSqlDatabase);
        else SqliteCleanup.Delete(databasePath);
    }
}
