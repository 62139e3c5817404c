using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Tests.Support.Domain;
using InventoryAdmin.Tests.Support.Stock;
using static InventoryAdmin.Tests.Support.Stock.StockTestBed;

namespace InventoryAdmin.Tests.Services.Traits;

/// <summary>
/// SPEC §4: a location locked as a whole makes all its stock unsellable whatever the traits below say; unlocking it
/// restores each row's own state (a row or storage location locked on its own stays locked).
/// </summary>
public class LocationLockTests : TraitTestBase
{
    public LocationLockTests()
        : this(null)
    {
    }

    /// <summary>The same tests on another engine (see the PostgreSQL subclass).</summary>
    protected LocationLockTests(InventoryTestStore? store)
        : base(store)
    {
    }

    [Fact]
    public async Task LockLocation_EveryUnitThereIsLockedAndFlagged()
    {
        await SeedStoreAsync();
        var jeansBefore = await GridRowAsync(Jeans, Dc);

        var result = await LockLocationAsync();

        Assert.Equal(new LockResultDto(Store, null, null, true, 18, 18), result);
        var location = await CheckedLocationAsync(Shirt);
        Assert.Equal((18, 18, 0), (location.OnHand, location.Locked, location.Available));
        Assert.Equal([("Kibo/STH", 15, 15, 0), ("Amazon/BOPIS", 3, 3, 0)], SegmentFigures(location));
        Assert.Equal((true, "Stocktake"), (location.LocationLocked, location.LockReason));
        Assert.All(location.Stock!, s => Assert.Equal((true, true), (s.Locked, s.LocationLocked)));
        var grid = await GridRowAsync(Shirt);
        Assert.Equal((18, 18, 0), (grid.OnHand, grid.Locked, grid.Available));
        Assert.Equal(jeansBefore, await GridRowAsync(Jeans, Dc));
        Assert.False((await StorageAsync("A1")).Sellable);
    }

    [Fact]
    public async Task LockLocation_WritesAMovementPerRowWithItsUnitsAndTheLedgerReplays()
    {
        await SeedStoreAsync();
        var before = await MovementCountAsync();

        await LockLocationAsync();

        var movements = await MovementsAfterAsync(before);
        Assert.Equal([3, 4, 5, 6], movements.Select(m => m.LockedDelta).Order());
        Assert.All(movements, m => Assert.Equal((0, m.LockedDelta, m.LockedDelta), (m.Delta, m.Before, m.After)));
        await AssertLedgerConsistentAsync();
    }

    [Fact]
    public async Task LockAndUnlock_ShowInTheMovementHistoryWithStorageLocationAndLockedDelta()
    {
        await SeedStoreAsync();

        await LockStorageAsync("A1");
        await LockLocationAsync();
        await LockLocationAsync(locked: false);

        var history = (await _bed.Query.MovementsAsync(Shirt, Store, 1, 50)).Items;
        // Newest first: the location unlock (3 rows outside A1), the location lock (the same 3), the A1 lock.
        Assert.Equal([-5, -4, -3, 3, 4, 5], history.Take(6).Select(m => m.LockedDelta).Order());
        Assert.Equal(("A1", 0, 6, 6, 6), (history[6].StorageLocation, history[6].Delta, history[6].LockedDelta, history[6].Before, history[6].After));
        Assert.All(history.Take(7), m => Assert.Equal(0, m.Delta));
        Assert.Contains("Stocktake", history[0].Reason);
        Assert.Equal("manager@example.com", history[0].Actor);
    }

    [Fact]
    public async Task UnlockLocation_RowsLockedOnTheirOwnStayLockedTheRestIsRestored()
    {
        await SeedStoreAsync();
        await LockRowAsync(Row(Shirt, "B2", AmazonBopis));
        await LockStorageAsync("A1");
        var figuresBefore = SegmentFigures(await CheckedLocationAsync(Shirt));
        var gridBefore = await GridRowAsync(Shirt);
        var movementsBefore = await MovementCountAsync();

        var locked = await LockLocationAsync();
        var unlocked = await LockLocationAsync(locked: false);

        Assert.Equal((9, 18), (locked.UnitsChanged, locked.LockedUnits));
        Assert.Equal((false, -9, 9), (unlocked.Locked, unlocked.UnitsChanged, unlocked.LockedUnits));
        var location = await CheckedLocationAsync(Shirt);
        Assert.Equal(figuresBefore, SegmentFigures(location));
        Assert.Equal([("Kibo/STH", 15, 6, 9), ("Amazon/BOPIS", 3, 3, 0)], figuresBefore);
        Assert.Equal((false, null), (location.LocationLocked, location.LockReason));
        Assert.Equal(gridBefore, await GridRowAsync(Shirt));
        // Only the rows the location lock flipped (B2 Kibo/STH 4, the 5 outside storage) moved, each way.
        Assert.Equal([-5, -4, 4, 5], (await MovementsAfterAsync(movementsBefore)).Select(m => m.LockedDelta).Order());
        await AssertLedgerConsistentAsync();
    }

    [Fact]
    public async Task UnlockStockRow_InsideLockedLocation_StaysLockedUntilTheLocationIsUnlocked()
    {
        await SeedStoreAsync();
        await LockRowAsync(Row(Shirt, "B2", AmazonBopis));
        await LockLocationAsync();
        var before = await MovementCountAsync();

        var result = await LockRowAsync(Row(Shirt, "B2", AmazonBopis), locked: false);

        Assert.Equal((true, 0, 3), (result.Locked, result.UnitsChanged, result.LockedUnits));
        Assert.Equal(before, await MovementCountAsync());
        Assert.Equal(18, (await CheckedLocationAsync(Shirt)).Locked);

        await LockLocationAsync(locked: false);

        Assert.Equal(0, (await CheckedLocationAsync(Shirt)).Locked);
        await AssertLedgerConsistentAsync();
    }

    [Fact]
    public async Task Refresh_NewRowInLockedLocation_IsLockedAtOnce()
    {
        await SeedStoreAsync();
        await LockLocationAsync();

        await RefreshAsync(Line(Jeans, Store, 10), In("B2", Line(Shirt, Store, 8, KiboSth)));

        var jeans = await CheckedLocationAsync(Jeans);
        Assert.Equal((10, 10, 0), (jeans.OnHand, jeans.Locked, jeans.Available));
        Assert.All(jeans.Stock!, s => Assert.True(s.Locked));
        var shirt = await CheckedLocationAsync(Shirt);
        Assert.Equal((22, 22, 0), (shirt.OnHand, shirt.Locked, shirt.Available));
        Assert.Equal((10, 10, 0), ((await GridRowAsync(Jeans)).OnHand, (await GridRowAsync(Jeans)).Locked, (await GridRowAsync(Jeans)).Available));
        await AssertLedgerConsistentAsync();

        await LockLocationAsync(locked: false);

        Assert.Equal(0, (await CheckedLocationAsync(Jeans)).Locked);
        Assert.Equal(10, (await GridRowAsync(Jeans)).Available);
        await AssertLedgerConsistentAsync();
    }

    [Fact]
    public async Task Adjust_InLockedLocation_ChangesLockedUnitsAndTheLedgerReplays()
    {
        await SeedStoreAsync();
        await LockLocationAsync();
        var before = await MovementCountAsync();

        await AdjustAsync(Line(Shirt, Store, -3, KiboSth));
        await AdjustAsync(In("A1", Line(Shirt, Store, 4, AmazonBopis)));

        Assert.Equal([(-3, -3), (4, 4)], (await MovementsAfterAsync(before)).Select(m => (m.Delta, m.LockedDelta)));
        var location = await CheckedLocationAsync(Shirt);
        Assert.Equal((19, 19, 0), (location.OnHand, location.Locked, location.Available));
        await AssertLedgerConsistentAsync();
    }

    [Fact]
    public async Task LockLocation_Twice_SecondLockChangesNothing()
    {
        await SeedStoreAsync();
        await LockLocationAsync();
        var before = await StateAsync();

        var result = await _bed.Traits.SetLocationLockAsync(Store, null, true, "Stocktake", Manager);

        Assert.Equal((true, 0, 18), (result.Locked, result.UnitsChanged, result.LockedUnits));
        Assert.Equal(before, await StateAsync());
    }

    [Fact]
    public async Task LockLocation_OtherLocationUntouched()
    {
        await SeedStoreAsync();
        await RefreshAsync(Line(Shirt, Dc, 12));

        await LockLocationAsync();

        var record = await _bed.Query.GetRecordAsync(Shirt);
        AssertFiguresAddUp(record);
        var dc = Assert.Single(record.Locations, l => l.LocationCode == Dc);
        Assert.Equal((12, 0, 12, false), (dc.OnHand, dc.Locked, dc.Available, dc.LocationLocked));
        Assert.Equal(new FiguresDto(30, 18, 0, 12), record.Totals);
    }
}
