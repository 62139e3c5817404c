using InventoryAdmin.Tests.Support.Domain;
using InventoryAdmin.Tests.Support.Stock;
using static InventoryAdmin.Tests.Support.Stock.StockTestBed;

namespace InventoryAdmin.Tests.Services.Traits;

/// <summary>
/// Storage location names are unique per location whatever their case: pages, the API and imports may spell a bin
/// "a1" or "A1" and mean the same one, in stock lines, locks and moves.
/// </summary>
public class StorageLocationNameTests : TraitTestBase
{
    public StorageLocationNameTests()
        : this(null)
    {
    }

    /// <summary>The same tests on another engine (see the PostgreSQL subclass).</summary>
    protected StorageLocationNameTests(InventoryTestStore? store)
        : base(store: store)
    {
    }

    [Fact]
    public async Task StockLinesAndLocks_NameInOtherCase_FindTheStorageLocation()
    {
        await SeedStoreAsync();

        await RefreshAsync(In("a1", Line(Shirt, Store, 9, KiboSth)));
        var result = await LockStorageAsync(" b2 ");

        Assert.Equal(("B2", 7), (result.StorageLocation, result.UnitsChanged));
        var location = await CheckedLocationAsync(Shirt);
        Assert.Equal(9, Assert.Single(location.Stock!, s => s.StorageLocation == "A1").Quantity);
        Assert.Equal(7, location.Locked);
        Assert.Equal(["A1", "B2"], (await _bed.Traits.StorageLocationsAsync(Store)).Select(s => s.Name));
    }

    [Fact]
    public async Task SameNameAtTwoLocations_AreTwoStorageLocations()
    {
        await SeedStoreAsync();
        await _bed.Traits.PutStorageLocationAsync(Dc, "A1", null, null, Manager);
        await RefreshAsync(In("A1", Line(Shirt, Dc, 4, KiboSth)));

        await LockStorageAsync("A1");

        var record = await _bed.Query.GetRecordAsync(Shirt);
        AssertFiguresAddUp(record);
        Assert.Equal((6, 0), (record.Locations.Single(l => l.LocationCode == Store).Locked, record.Locations.Single(l => l.LocationCode == Dc).Locked));
        await AssertLedgerConsistentAsync();
    }

    // BUG (production): SQLite's NOCASE collation, which keeps names unique in the database, folds ASCII letters
    // only, while TraitService/StockService compare names with ToUpperInvariant and OrdinalIgnoreCase. "Fach-ä" and
    // "Fach-Ä" are therefore two storage locations in the database but the same name in C#, and
    // StockLineResolver.ResolveAsync builds its (LocationId, NAME) dictionary with ToDictionary, which throws
    // ArgumentException ("An item with the same key has already been added. Key: (1, FACH-Ä)") for EVERY stock line
    // that names a storage location, at any location, from then on.

    [Fact]
    public async Task PutStorageLocation_NameDifferingOnlyInNonAsciiCase_IsTheSameStorageLocation()
    {
        await SeedStoreAsync();
        await PutStorageAsync("Fach-ä");

        var (storage, created) = await _bed.Traits.PutStorageLocationAsync(Store, "Fach-Ä", TraitMap(("KEEP_ON_ZERO", true)), null, Manager);

        // As "a1" is "A1": one storage location, its traits replaced.
        Assert.False(created, "\"Fach-Ä\" was created next to \"Fach-ä\"; \"a1\" would have replaced \"A1\".");
        Assert.Equal("Fach-ä", storage.Name);
        Assert.Equal(["A1", "B2", "Fach-ä"], (await _bed.Traits.StorageLocationsAsync(Store)).Select(s => s.Name));
    }

    [Fact]
    public async Task StockLines_AfterNamesDifferingOnlyInNonAsciiCase_StillFindOtherStorageLocations()
    {
        await SeedStoreAsync();
        await PutStorageAsync("Fach-ä");
        await PutStorageAsync("Fach-Ä");

        // A refresh of an unrelated bin must still work (today: ArgumentException, not even an InventoryRuleException).
        await RefreshAsync(In("A1", Line(Shirt, Store, 9, KiboSth)));

        Assert.Equal(9, Assert.Single((await CheckedLocationAsync(Shirt)).Stock!, s => s.StorageLocation == "A1").Quantity);
    }
}
