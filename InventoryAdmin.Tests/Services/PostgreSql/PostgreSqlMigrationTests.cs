#if POSTGRESQL
using System.Net;
using InventoryAdmin.Domain.Model.Stock;
using InventoryAdmin.Identity;
using InventoryAdmin.Tests.Support;
using InventoryAdmin.Tests.Support.PostgreSql;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InventoryAdmin.Tests.Services.PostgreSql;

public sealed class PostgreSqlMigrationTests : IAsyncLifetime
{
    private readonly PostgreSqlInventoryStore _store = new();

    public Task InitializeAsync() => _store.InitializeAsync();

    public Task DisposeAsync() => _store.DisposeAsync();

    [Fact]
    public async Task EmptyDatabase_GetsOnlyThePostgreSqlMigrations_AndMatchesTheModel()
    {
        await using var db = _store.CreateContext();

        var applied = await db.Database.GetAppliedMigrationsAsync();

        Assert.Equal(db.Database.GetMigrations(), applied);
        Assert.DoesNotContain("20261123145507_Initial", applied);
        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Fact]
    public async Task SkuAndLocationCode_AreUniqueIgnoringCaseInEveryLetter()
    {
        await using (var db = _store.CreateContext())
        {
            db.Locations.Add(new Location("Köln-Süd", "Cologne south"));
            await db.SaveChangesAsync();
        }

        await using var second = _store.CreateContext();
        Assert.Equal("Köln-Süd", (await second.Locations.SingleAsync(l => l.Code == "KÖLN-SÜD")).Code);
        second.Locations.Add(new Location("köln-süd", "Duplicate"));
        await Assert.ThrowsAsync<DbUpdateException>(() => second.SaveChangesAsync());
    }

    [Fact]
    public async Task App_OnAMissingDatabase_CreatesAndMigratesIt_AndAnswersHealth()
    {
        await using var app = new InventoryAppFactory(postgreSqlDatabase: PostgreSqlCluster.NewDatabaseName(), fromPostgreSqlTemplate: false);
        using var client = app.CreateClient();

        var health = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        await using var scope = app.Services.CreateAsyncScope();
        var identity = scope.ServiceProvider.GetRequiredService<AppIdentityDbContext>();
        Assert.Empty(await identity.Database.GetPendingMigrationsAsync());
        Assert.Contains(await identity.Database.GetAppliedMigrationsAsync(), id => id.EndsWith("_Identity", StringComparison.Ordinal));
        await using var db = app.CreateDbContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }
}
#endif
