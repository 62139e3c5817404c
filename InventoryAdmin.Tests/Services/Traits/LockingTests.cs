using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Tests.Support.Domain;
using InventoryAdmin.Tests.Support.Stock;
using static InventoryAdmin.Tests.Support.Stock.StockTestBed;

namespace InventoryAdmin.Tests.Services.Traits;

/// <summary>
/// SPEC §4: locking a storage location (ACCESSIBLE off) or a stock row moves its units to Locked without changing On
/// Hand; figures, grid, ledger movements (Delta 0, LockedDelta ±units) and the ledger replay follow; unlocking restores.
/// </summary>
public class LockingTests : TraitTestBase
{
    public LockingTests()
        : this(null)
    {
    }

    /// <summary>The same tests on another engine (see the PostgreSQL subclass).</summary>
    protected LockingTests(InventoryTestStore? store)
        : base(store)
    {
    }

    [Fact]
    public async Task Seed_NothingLocked_AllUnitsAvailable()
    {
        await SeedStoreAsync();

        var location = await CheckedLocationAsync(Shirt);

        Assert.Equal((18, 0, 18), (location.OnHand, location.Locked, location.Available));
        Assert.Equal([("Kibo/STH", 15, 0, 15), ("Amazon/BOPIS", 3, 0, 3)], SegmentFigures(location));
        await AssertLedgerConsistentAsync();
    }

    [Fact]
    public async Task LockStorageLocation_ItsUnitsBecomeLockedInSegmentLocationAndRecordTotals()
    {
        await SeedStoreAsync();

        var result = await LockStorageAsync("A1");

        Assert.Equal(new LockResultDto(Store, "A1", null, true, 6, 6), result);
        var record = await _bed.Query.GetRecordAsync(Shirt);
        AssertFiguresAddUp(record);
        var location = Assert.Single(record.Locations);
        Assert.Equal((18, 6, 0, 12), (location.OnHand, location.Locked, location.Allocated, location.Available));
        Assert.Equal([("Kibo/STH", 15, 6, 9), ("Amazon/BOPIS", 3, 0, 3)], SegmentFigures(location));
        Assert.Equal(new FiguresDto(18, 6, 0, 12), record.Totals);
        var a1 = Assert.Single(location.Stock!, s => s.StorageLocation == "A1");
        Assert.True(a1.Locked);
        Assert.False(a1.LocationLocked);
        Assert.Equal(new TraitCascadeDto("ACCESSIBLE", true, false, null, false), a1.Cascade.Single(c => c.Trait == "ACCESSIBLE"));
        Assert.All(location.Stock!.Where(s => s.StorageLocation != "A1"), s => Assert.False(s.Locked));
    }

    [Fact]
    public async Task LockStorageLocation_GridRowShowsTheLockedUnitsOtherRecordsUnchanged()
    {
        await SeedStoreAsync();
        var jeansBefore = await GridRowAsync(Jeans, Dc);

        await LockStorageAsync("A1");

        var shirt = await GridRowAsync(Shirt);
        Assert.Equal((18, 6, 0, 12), (shirt.OnHand, shirt.Locked, shirt.Allocated, shirt.Available));
        Assert.Equal(jeansBefore, await GridRowAsync(Jeans, Dc));
        var storage = await StorageAsync("A1");
        Assert.Equal((false, 1, 6, 6), (storage.Sellable, storage.StockRows, storage.Units, storage.LockedUnits));
        Assert.False(storage.Traits["ACCESSIBLE"]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("locked")]
    public async Task LockStorageLocation_GridFilteredBySegment_CountsTheLockedUnitsOfThatSegment(string? sortBy)
    {
        await SeedStoreAsync();

        await LockStorageAsync("A1");

        GridQuery Query(string channel) => new(Search: Shirt, LocationCode: Store, Segment: new Dictionary<string, string> { ["Channel"] = channel }, SortBy: sortBy);
        var kibo = Assert.Single((await _bed.Query.GridAsync(Query("Kibo"))).Items);
        var amazon = Assert.Single((await _bed.Query.GridAsync(Query("Amazon"))).Items);
        Assert.Equal((15, 6, 9), (kibo.OnHand, kibo.Locked, kibo.Available));
        Assert.Equal((3, 0, 3), (amazon.OnHand, amazon.Locked, amazon.Available));
    }

    [Fact]
    public async Task LockStorageLocation_WritesOneMovementPerRowWithDeltaZeroAndLockedDeltaOfItsUnits()
    {
        await SeedStoreAsync();
        var before = await MovementCountAsync();

        await LockStorageAsync("B2");

        var movements = await MovementsAfterAsync(before);
        Assert.Equal(2, movements.Count);
        Assert.All(movements, m => Assert.Equal((0, m.Before), (m.Delta, m.After)));
        Assert.Equal([3, 4], movements.Select(m => m.LockedDelta).Order());
        Assert.Equal([3, 4], movements.Select(m => m.Before).Order());
        Assert.All(movements, m => Assert.Contains("locked", m.Reason, StringComparison.OrdinalIgnoreCase));
        Assert.Single(movements.Select(m => m.StorageLocationId).Distinct());
        await AssertLedgerConsistentAsync();
    }

    [Fact]
    public async Task UnlockStorageLocation_RestoresEveryFigureExactly()
    {
        await SeedStoreAsync();
        var figuresBefore = SegmentFigures(await CheckedLocationAsync(Shirt));
        var gridBefore = await GridRowAsync(Shirt);
        await LockStorageAsync("B2");
        var before = await MovementCountAsync();

        var result = await LockStorageAsync("B2", locked: false);

        Assert.Equal(new LockResultDto(Store, "B2", null, false, -7, 0), result);
        Assert.Equal(figuresBefore, SegmentFigures(await CheckedLocationAsync(Shirt)));
        Assert.Equal(gridBefore, await GridRowAsync(Shirt));
        Assert.Equal([-4, -3], (await MovementsAfterAsync(before)).Select(m => m.LockedDelta).Order());
        Assert.True((await StorageAsync("B2")).Traits["ACCESSIBLE"]);
        await AssertLedgerConsistentAsync();
    }

    [Fact]
    public async Task LockStorageLocation_AlreadyLocked_ChangesNothingAndWritesNoMovement()
    {
        await SeedStoreAsync();
        await LockStorageAsync("A1");
        var before = await MovementCountAsync();

        var result = await LockStorageAsync("A1");

        Assert.Equal((true, 0, 6), (result.Locked, result.UnitsChanged, result.LockedUnits));
        Assert.Equal(before, await MovementCountAsync());
        Assert.Equal(6, (await CheckedLocationAsync(Shirt)).Locked);
    }

    [Fact]
    public async Task PutStorageLocation_AccessibleTurnedOffByTraitChange_LocksLikeALock()
    {
        await SeedStoreAsync();
        var before = await MovementCountAsync();

        await PutStorageAsync("A1", ("ACCESSIBLE", false), ("KEEP_ON_ZERO", true));

        var movement = Assert.Single(await MovementsAfterAsync(before));
        Assert.Equal((0, 6), (movement.Delta, movement.LockedDelta));
        Assert.Equal((6, 12), ((await CheckedLocationAsync(Shirt)).Locked, (await GridRowAsync(Shirt)).Available));
        await AssertLedgerConsistentAsync();
    }

    // One stock row

    [Fact]
    public async Task LockStockRow_LocksThatRowOnly()
    {
        await SeedStoreAsync();
        var before = await MovementCountAsync();

        var result = await LockRowAsync(Row(Shirt, "B2", AmazonBopis));

        Assert.Equal(new LockResultDto(Store, "B2", Shirt, true, 3, 3), result);
        var location = await CheckedLocationAsync(Shirt);
        Assert.Equal([("Kibo/STH", 15, 0, 15), ("Amazon/BOPIS", 3, 3, 0)], SegmentFigures(location));
        var row = Assert.Single(location.Stock!, s => s.Locked);
        Assert.Equal(("B2", 3), (row.StorageLocation, row.Quantity));
        Assert.Equal(new TraitCascadeDto("ACCESSIBLE", true, null, false, false), row.Cascade.Single(c => c.Trait == "ACCESSIBLE"));
        var movement = Assert.Single(await MovementsAfterAsync(before));
        Assert.Equal((0, 3, 3, 3), (movement.Delta, movement.LockedDelta, movement.Before, movement.After));
        Assert.Equal(3, (await GridRowAsync(Shirt)).Locked);
        await AssertLedgerConsistentAsync();
    }

    [Fact]
    public async Task UnlockStockRow_RestoresItsUnits()
    {
        await SeedStoreAsync();
        await LockRowAsync(Row(Shirt, null, KiboSth));
        Assert.Equal(5, (await CheckedLocationAsync(Shirt)).Locked);

        var result = await LockRowAsync(Row(Shirt, null, KiboSth), locked: false);

        Assert.Equal((false, -5, 0), (result.Locked, result.UnitsChanged, result.LockedUnits));
        Assert.Equal((0, 18), ((await CheckedLocationAsync(Shirt)).Locked, (await GridRowAsync(Shirt)).Available));
        await AssertLedgerConsistentAsync();
    }

    [Fact]
    public async Task LockStorageLocation_RowWithAccessibleOnAtStock_StaysSellableAsTheSeedTableSays()
    {
        await SeedStoreAsync();
        // Unlocking a row sets ACCESSIBLE on at the stock, which wins over its storage location's setting.
        await LockRowAsync(Row(Shirt, "B2", KiboSth), locked: false);

        var result = await LockStorageAsync("B2");

        Assert.Equal((3, 3), (result.UnitsChanged, result.LockedUnits));
        var location = await CheckedLocationAsync(Shirt);
        Assert.False(Assert.Single(location.Stock!, s => s.StorageLocation == "B2" && s.Quantity == 4).Locked);
        Assert.Equal([("Kibo/STH", 15, 0, 15), ("Amazon/BOPIS", 3, 3, 0)], SegmentFigures(location));
    }

    [Fact]
    public async Task SetStockTraits_OutboundOrInMotion_LocksTheRowAndWritesTheMovement()
    {
        await SeedStoreAsync();
        var before = await MovementCountAsync();

        await SetRowTraitsAsync(Row(Shirt, "A1", KiboSth), ("OUTBOUND", true));
        await SetRowTraitsAsync(Row(Shirt, "B2", KiboSth), ("IN_MOTION", true));
        await SetRowTraitsAsync(Row(Shirt, "B2", AmazonBopis), ("PICKABLE", false));

        Assert.Equal([3, 4, 6], (await MovementsAfterAsync(before)).Select(m => m.LockedDelta).Order());
        Assert.Equal((18, 13, 5), ((await CheckedLocationAsync(Shirt)).OnHand, (await CheckedLocationAsync(Shirt)).Locked,
            (await GridRowAsync(Shirt)).Available));
        await AssertLedgerConsistentAsync();
    }

    // Stock changes in locked places

    [Fact]
    public async Task Refresh_NewRowInLockedStorageLocation_IsLockedAtOnce()
    {
        await SeedStoreAsync();
        await LockStorageAsync("A1");
        var before = await MovementCountAsync();

        await RefreshAsync(In("A1", Line(Shirt, Store, 7, AmazonBopis)), In("A1", Line(Jeans, Store, 2, KiboSth)));

        var location = await CheckedLocationAsync(Shirt);
        Assert.Equal([("Kibo/STH", 15, 6, 9), ("Amazon/BOPIS", 10, 7, 3)], SegmentFigures(location));
        var jeans = await CheckedLocationAsync(Jeans);
        Assert.Equal((2, 2, 0), (jeans.OnHand, jeans.Locked, jeans.Available));
        Assert.Equal((2, 2, 0), ((await GridRowAsync(Jeans)).OnHand, (await GridRowAsync(Jeans)).Locked, (await GridRowAsync(Jeans)).Available));
        Assert.Equal([(7, 7), (2, 2)], (await MovementsAfterAsync(before)).Select(m => (m.Delta, m.LockedDelta)));
        await AssertLedgerConsistentAsync();
    }

    [Fact]
    public async Task AdjustAndRefresh_LockedRow_ChangeTheLockedUnitsWithTheLedgerConsistent()
    {
        await SeedStoreAsync();
        await LockStorageAsync("A1");
        var before = await MovementCountAsync();

        await AdjustAsync(In("A1", Line(Shirt, Store, -2, KiboSth)));
        await RefreshAsync(In("A1", Line(Shirt, Store, 10, KiboSth)));

        Assert.Equal([(-2, -2), (6, 6)], (await MovementsAfterAsync(before)).Select(m => (m.Delta, m.LockedDelta)));
        var location = await CheckedLocationAsync(Shirt);
        Assert.Equal((22, 10, 12), (location.OnHand, location.Locked, location.Available));
        Assert.Equal((22, 10, 12), ((await GridRowAsync(Shirt)).OnHand, (await GridRowAsync(Shirt)).Locked, (await GridRowAsync(Shirt)).Available));
        await AssertLedgerConsistentAsync();
    }

    [Fact]
    public async Task AdjustSpreadOverStorageLocation_TakesFromTheUnlockedRowsFirst()
    {
        await SeedStoreAsync();
        await LockRowAsync(Row(Shirt, "B2", AmazonBopis));

        await AdjustAsync(In("B2", Line(Shirt, Store, -4)));

        var b2 = (await CheckedLocationAsync(Shirt)).Stock!.Where(s => s.StorageLocation == "B2").ToList();
        var row = Assert.Single(b2);
        Assert.Equal((3, true), (row.Quantity, row.Locked));
        await AssertLedgerConsistentAsync();
    }
}
