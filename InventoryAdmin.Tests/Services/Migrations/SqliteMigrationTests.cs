using InventoryAdmin.Domain.Store;
using InventoryAdmin.Tests.Support.Domain;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Tests.Services.Migrations;

public sealed class SqliteMigrationTests : IAsyncLifetime
{
    private readonly SqliteInventoryStore _store = new();

    public Task InitializeAsync() => _store.InitializeAsync();

    public Task DisposeAsync() => _store.DisposeAsync();

    [Fact]
    public async Task EmptyFile_GetsExactlyTheSqliteMigrations_UnderTheirOriginalIds_AndMatchesTheModel()
    {
        await using var db = _store.CreateContext();

        // The ids existing databases recorded before the migrations moved into Migrations/Sqlite: they must keep migrating.
        Assert.Equal(
            ["20261123145507_Initial", "20261123150207_InventoryRecords", "20261123165916_StorageLocationsAndTraits", "20261123172831_Segments",
             "20261123173324_Orders", "20261123184344_SegmentsWithoutLocationIndex", "20261123192325_Redistribution",
             "20261123202209_BundleComponents", "20261123214108_LeanerOrderIndexes", "20261203115257_ChannelAvailability"],
            await db.Database.GetAppliedMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges());
    }
}
