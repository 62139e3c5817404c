using InventoryAdmin.Domain.Store;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Tests.Support.Domain;

/// <summary>
/// A real, migrated SQLite file in the temp folder, one per test class instance (so one per test);
/// <see cref="DisposeAsync"/> deletes it together with its WAL files.
/// </summary>
public sealed class SqliteInventoryStore : InventoryTestStore
{
    public SqliteInventoryStore()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"inventory-tests-{Guid.NewGuid():N}.db");
        var options = new DbContextOptionsBuilder<InventoryDbContext>();
        options.Use(DatabaseProvider.Sqlite, $"Data Source={Path}");
        Factory = new InventoryDbContextFactory(options.Options);
    }

    public string Path { get; }

    public override DatabaseProvider Engine => DatabaseProvider.Sqlite;

    public override IDbContextFactory<InventoryDbContext> Factory { get; }

    public override Task InitializeAsync() => InventoryDatabase.MigrateAsync(Factory);

    public override Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { Path, Path + "-wal", Path + "-shm" })
        {
            if (File.Exists(file)) File.Delete(file);
        }

        return Task.CompletedTask;
    }
}
