#if POSTGRESQL
using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Store.PostgreSQL;
using InventoryAdmin.Tests.Support.PostgreSql;
using Microsoft.Extensions.DependencyInjection;

namespace InventoryAdmin.Tests.Support;

/// <summary>
/// Two app instances (real Kestrel on 127.0.0.1, each its own host, DI container and caches) on one PostgreSQL
/// database of the test cluster, as two boxes behind a proxy would run. A starts first and migrates; both listen for
/// each other's changes before a test goes on.
/// </summary>
public sealed class TwoInstances : IAsyncLifetime
{
    public TwoInstances()
    {
        var database = PostgreSqlCluster.NewDatabaseName();
        A = new InventoryAppFactory(seedDemo: true, realServer: true, postgreSqlDatabase: database);
        B = new InventoryAppFactory(seedDemo: true, realServer: true, postgreSqlDatabase: database, fromPostgreSqlTemplate: false, keepDatabase: true);
    }

    public InventoryAppFactory A { get; }

    public InventoryAppFactory B { get; }

    public async Task InitializeAsync()
    {
        A.StartServer();
        B.StartServer();
        await Task.WhenAll(Listening(A), Listening(B)).WaitAsync(TimeSpan.FromSeconds(30));
    }

    public static Task Listening(InventoryAppFactory app) => app.Services.GetRequiredService<ChangeListener>().Listening;

    public static InventoryChanges Changes(InventoryAppFactory app) => app.Services.GetRequiredService<InventoryChanges>();

    public async Task DisposeAsync()
    {
        // B first: disposing A drops the shared database.
        await B.DisposeAsync();
        await A.DisposeAsync();
    }
}
#endif
