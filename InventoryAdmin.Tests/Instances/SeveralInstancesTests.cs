#if POSTGRESQL
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Store;
using InventoryAdmin.Domain.Store.PostgreSQL;
using InventoryAdmin.Identity;
using InventoryAdmin.Tests.Api.Inventory;
using InventoryAdmin.Tests.Support;
using InventoryAdmin.Tests.Support.PostgreSql;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit.Abstractions;

namespace InventoryAdmin.Tests.Instances;

/// <summary>
/// SPEC §11 / API.md "Running": two app instances on one PostgreSQL database. A cookie from one works on the other;
/// a change through one is heard by the other within a second (and a rolled-back one never); its caches (tags, API
/// keys) and sessions follow the other's changes at their next request.
/// </summary>
public sealed class SeveralInstancesTests(TwoInstances instances, ITestOutputHelper output) : IClassFixture<TwoInstances>
{
    private const string TouchTags = "UPDATE \"Tags\" SET \"DisplayOrder\" = \"DisplayOrder\"";
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private InventoryAppFactory A => instances.A;
    private InventoryAppFactory B => instances.B;

    [Fact]
    public async Task SignInCookieIssuedByA_IsAcceptedByB_TheKeyRingIsInTheDatabase()
    {
        using var clientA = BrowserLike(A);
        using var clientB = BrowserLike(B);
        var cookie = await FormSignIn.SignInAsync(clientA, "admin@demo.local", IdentityBootstrap.DemoPassword);

        using var page = await FormSignIn.GetWithCookieAsync(clientB, "/inventory", cookie);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        await using var scope = B.Services.CreateAsyncScope();
        var keys = await scope.ServiceProvider.GetRequiredService<AppIdentityDbContext>().DataProtectionKeys.AsNoTracking().ToListAsync();
        Assert.Single(keys);
        Assert.Contains("<key id=", keys[0].Xml);
    }

    [Fact]
    public async Task StockChangeThroughA_IsRaisedOnB_WithinASecond()
    {
        var arrange = await InventoryArrange.CreateAsync(A);
        using var onB = new ChangeRecorder(TwoInstances.Changes(B));
        var sent = Stopwatch.GetTimestamp();

        await arrange.RefreshAsync(new { sku = "TSHI-BLA-001", locationCode = "DC-East", quantity = 321 });

        var heard = await onB.WaitForAsync(c => c.Area == InventoryChangeArea.Stock, Second);
        Assert.True(heard is not null, "B did not hear A's stock change within 1 s.");
        output.WriteLine($"A's refresh (HTTP round trip included) to B's event: {Stopwatch.GetElapsedTime(sent, heard.Value).TotalMilliseconds:F0} ms");
    }

    [Fact]
    public async Task RolledBackChangeOnA_AnnouncesNothing_ACommittedOneIsHeard()
    {
        using var onB = new ChangeRecorder(TwoInstances.Changes(B));
        await using (var db = A.CreateDbContext())
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            await db.Database.ExecuteSqlRawAsync(TouchTags);
            await tx.RollbackAsync();
        }

        Assert.Null(await onB.WaitForAsync(c => c.Area == InventoryChangeArea.Tags, Second));

        await using (var db = A.CreateDbContext())
            await db.Database.ExecuteSqlRawAsync(TouchTags);

        Assert.NotNull(await onB.WaitForAsync(c => c.Area == InventoryChangeArea.Tags, Second));
    }

    [Fact]
    public async Task ListeningConnectionLost_BListensAgain_TellsEveryAreaOnce_AndHearsAChangeAfterIt()
    {
        using var onB = new ChangeRecorder(TwoInstances.Changes(B));
        await using (var admin = new NpgsqlConnection(PostgreSqlCluster.Shared.ConnectionString("postgres")))
        {
            await admin.OpenAsync();
            await using var kill = new NpgsqlCommand(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = @name", admin);
            kill.Parameters.AddWithValue("name", ChangeListener.ApplicationName(B.Services.GetRequiredService<StoreInstance>()));
            Assert.Equal(1L, await kill.ExecuteScalarAsync());
        }

        // Whatever was announced while it was away is unknown: every area is told, so open pages reload and caches drop.
        foreach (var area in Enum.GetValues<InventoryChangeArea>())
            Assert.NotNull(await onB.WaitForAsync(c => c.Area == area && c.Subject is null, TimeSpan.FromSeconds(5)));
        Assert.True(TwoInstances.Changes(B).HearsEveryChange);

        onB.Clear();
        await (await InventoryArrange.CreateAsync(A)).RefreshAsync(new { sku = "TSHI-BLA-001", locationCode = "DC-East", quantity = 17 });
        Assert.NotNull(await onB.WaitForAsync(c => c.Area == InventoryChangeArea.Stock, Second));
    }

    [Fact]
    public async Task TagCreatedOnA_IsUsedByTheNextOrderOnB_WithinASecond()
    {
        using var integrationB = B.CreateApiClient(await B.CreateApiKeyAsync(Roles.Integration));
        var arrange = await InventoryArrange.CreateAsync(A);
        await arrange.EnableTagsAsync();
        var warm = await integrationB.PostAsJsonAsync("/api/v1/orders", Order("WARM", null));
        Assert.Equal(HttpStatusCode.Created, warm.StatusCode);
        var before = await integrationB.PostAsJsonAsync("/api/v1/orders", Order("BEFORE", new() { ["Region"] = "North" }));
        Assert.True((int)before.StatusCode is >= 400 and < 500, $"An unknown tag was accepted: {(int)before.StatusCode}");

        await arrange.TagAsync(new { name = "Region", values = new object[] { new { name = "North", percent = 50 }, new { name = "South", percent = 50 } }, defaultValue = "North" });
        var created = Stopwatch.GetTimestamp();

        HttpResponseMessage after;
        var attempt = 0;
        do after = await integrationB.PostAsJsonAsync("/api/v1/orders", Order($"AFTER-{++attempt}", new() { ["Region"] = "North" }));
        while (after.StatusCode != HttpStatusCode.Created && Stopwatch.GetElapsedTime(created) < Second);

        output.WriteLine($"B used A's new tag {Stopwatch.GetElapsedTime(created).TotalMilliseconds:F0} ms after it was created, at attempt {attempt}");
        Assert.Equal(HttpStatusCode.Created, after.StatusCode);
    }

    [Fact]
    public async Task ApiKeyRevokedOnA_IsRefusedOnB_AtItsNextRequest()
    {
        var created = await A.Services.GetRequiredService<ApiKeyService>().CreateAsync("pos", Roles.Integration, "tests");
        using var onB = B.CreateApiClient(created.Secret);
        Assert.Equal(HttpStatusCode.OK, (await onB.GetAsync("/api/v1/availability?skus=TSHI-BLA-001")).StatusCode);
        using var heard = new ChangeRecorder(TwoInstances.Changes(B));

        await A.Services.GetRequiredService<ApiKeyService>().RevokeAsync(created.Key.Id);
        await heard.WaitForAsync(c => c.Area == InventoryChangeArea.ApiKeys, Second);

        Assert.Equal(HttpStatusCode.Unauthorized, (await onB.GetAsync("/api/v1/availability?skus=TSHI-BLA-001")).StatusCode);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task UserDisabledOrDemotedOnA_IsRefusedOnB_AtTheirNextRequest(bool disable)
    {
        var email = $"user-{Guid.NewGuid():N}@test.local";
        var password = await A.CreateUserAsync(email, Roles.Admin);
        using var clientB = BrowserLike(B);
        var cookie = await FormSignIn.SignInAsync(clientB, email, password);
        Assert.Equal(HttpStatusCode.OK, (await FormSignIn.GetWithCookieAsync(clientB, "/admin/users", cookie)).StatusCode);

        await using (var scope = A.Services.CreateAsyncScope())
        {
            var user = await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email);
            var admin = A.Services.GetRequiredService<UserAdminService>();
            if (disable) await admin.SetDisabledAsync(user!.Id, true, "another-admin");
            else await admin.SetRolesAsync(user!.Id, [Roles.Merchandiser], "another-admin");
        }

        using var next = await FormSignIn.GetWithCookieAsync(clientB, "/admin/users", cookie);
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        Assert.Contains("/Account/", next.Headers.Location?.ToString());
    }

    /// <summary>Over the real socket, cookies by hand (FormSignIn), redirects not followed.</summary>
    private static HttpClient BrowserLike(InventoryAppFactory app) =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = app.ClientOptions.BaseAddress };

    private static object Order(string externalId, Dictionary<string, string>? tags) => tags is null
        ? new { externalId = $"{externalId}-{Guid.NewGuid():N}", items = new[] { new { sku = "TSHI-BLA-001", quantity = 1 } } }
        : new { externalId = $"{externalId}-{Guid.NewGuid():N}", items = new[] { new { sku = "TSHI-BLA-001", quantity = 1, tags } } };
}
#endif
