using InventoryAdmin.Domain.Store;
using InventoryAdmin.Tests.Support.Domain;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Tests.Support.PostgreSql;

/// <summary>A migrated database of its own in the test run's PostgreSQL cluster; dropped at the end of the test.</summary>
public sealed class PostgreSqlInventoryStore : InventoryTestStore
{
    private string? database;
    private IDbContextFactory<InventoryDbContext>? factory;

    public override DatabaseProvider Engine => DatabaseProvider.PostgreSQL;

    /// <summary>Usable once <see cref="InitializeAsync"/> ran (services built earlier read it only when called).</summary>
    public override IDbContextFactory<InventoryDbContext> Factory => new DeferredFactory(this);

    public string ConnectionString => PostgreSqlCluster.Shared.ConnectionString(database ?? throw new InvalidOperationException("Not initialized."));

    public override async Task InitializeAsync()
    {
        database = await PostgreSqlCluster.Shared.CreateInventoryDatabaseAsync();
        factory = PostgreSqlCluster.Factory(ConnectionString);
    }

    public override async Task DisposeAsync()
    {
        if (database is not null) await PostgreSqlCluster.Shared.DropDatabaseAsync(database);
    }

    private sealed class DeferredFactory(PostgreSqlInventoryStore store) : IDbContextFactory<InventoryDbContext>
    {
        public InventoryDbContext CreateDbContext() =>
            (store.factory ?? throw new InvalidOperationException("The PostgreSQL store is used before InitializeAsync.")).CreateDbContext();
    }
}
