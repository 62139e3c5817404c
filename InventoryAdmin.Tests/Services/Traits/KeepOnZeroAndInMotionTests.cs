using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Tests.Support.Domain;
using InventoryAdmin.Tests.Support.Stock;
using static InventoryAdmin.Tests.Support.Stock.StockTestBed;

namespace InventoryAdmin.Tests.Services.Traits;

/// <summary>
/// SPEC §4: a stock row that reaches 0 is deleted unless its effective traits include KEEP_ON_ZERO; IN_MOTION rows are
/// left out of refreshes (counts) but can still be adjusted.
/// </summary>
public class KeepOnZeroAndInMotionTests : TraitTestBase
{
    public KeepOnZeroAndInMotionTests()
        : this(null)
    {
    }

    /// <summary>The same tests on another engine (see the PostgreSQL subclass).</summary>
    protected KeepOnZeroAndInMotionTests(InventoryTestStore? store)
        : base(store)
    {
    }

    private async Task<StockRowDto?> StockRowAsync(string? storage, string segment)
    {
        var location = await CheckedLocationAsync(Shirt);
        return location.Stock!.SingleOrDefault(s => s.StorageLocation == storage && $"{s.Tags["Channel"]}/{s.Tags["OrderType"]}" == segment);
    }

    // KEEP_ON_ZERO

    [Fact]
    public async Task Adjust_RowReachesZero_IsDeleted()
    {
        await SeedStoreAsync();
        var rows = (await _bed.StockRowsAsync()).Count;

        await AdjustAsync(In("A1", Line(Shirt, Store, -6, KiboSth)));

        Assert.Null(await StockRowAsync("A1", "Kibo/STH"));
        Assert.Equal(rows - 1, (await _bed.StockRowsAsync()).Count);
        Assert.Equal((0, 0), ((await StorageAsync("A1")).StockRows, (await StorageAsync("A1")).Units));
        await AssertLedgerConsistentAsync();
    }

    [Fact]
    public async Task Adjust_KeepOnZeroOnStorageLocation_RowStaysAtZeroAndIsListed()
    {
        await SeedStoreAsync();
        await PutStorageAsync("A1", ("KEEP_ON_ZERO", true));

        await AdjustAsync(In("A1", Line(Shirt, Store, -6, KiboSth)));

        var row = await StockRowAsync("A1", "Kibo/STH");
        Assert.NotNull(row);
        Assert.Equal((0, false), (row.Quantity, row.Locked));
        Assert.Equal(new TraitCascadeDto("KEEP_ON_ZERO", false, true, null, true), row.Cascade.Single(c => c.Trait == "KEEP_ON_ZERO"));
        Assert.Equal([("Kibo/STH", 9, 0, 9), ("Amazon/BOPIS", 3, 0, 3)], SegmentFigures(await CheckedLocationAsync(Shirt)));
        Assert.Equal((1, 0), ((await StorageAsync("A1")).StockRows, (await StorageAsync("A1")).Units));
        await AssertLedgerConsistentAsync();
    }

    [Fact]
    public async Task AdjustAndRefresh_KeepOnZeroOnTheRow_RowStaysAtZeroAndIsReusedLater()
    {
        await SeedStoreAsync();
        await SetRowTraitsAsync(Row(Shirt, "B2", AmazonBopis), ("KEEP_ON_ZERO", true));
        await SetRowTraitsAsync(Row(Shirt, null, KiboSth), ("KEEP_ON_ZERO", true));

        await AdjustAsync(In("B2", Line(Shirt, Store, -3, AmazonBopis)));
        await RefreshAsync(Line(Shirt, Store, 0, KiboSth));

        Assert.Equal(0, (await StockRowAsync("B2", "Amazon/BOPIS"))?.Quantity);
        Assert.Equal(0, (await StockRowAsync(null, "Kibo/STH"))?.Quantity);
        var rows = (await _bed.StockRowsAsync()).Count;

        await RefreshAsync(In("B2", Line(Shirt, Store, 2, AmazonBopis)));

        Assert.Equal(rows, (await _bed.StockRowsAsync()).Count);
        var row = await StockRowAsync("B2", "Amazon/BOPIS");
        Assert.Equal(2, row?.Quantity);
        Assert.True(row?.Cascade.Single(c => c.Trait == "KEEP_ON_ZERO").Stock);
        await AssertLedgerConsistentAsync();
    }

    [Fact]
    public async Task Adjust_KeepOnZeroOnStorageLocationButOffAtStock_StockWinsAndRowIsDeleted()
    {
        await SeedStoreAsync();
        await PutStorageAsync("B2", ("KEEP_ON_ZERO", true));
        await SetRowTraitsAsync(Row(Shirt, "B2", AmazonBopis), ("KEEP_ON_ZERO", false));

        await AdjustAsync(In("B2", Line(Shirt, Store, -3, AmazonBopis)), In("B2", Line(Shirt, Store, -4, KiboSth)));

        Assert.Null(await StockRowAsync("B2", "Amazon/BOPIS"));
        Assert.Equal(0, (await StockRowAsync("B2", "Kibo/STH"))?.Quantity);
        await AssertLedgerConsistentAsync();
    }

    [Fact]
    public async Task PutStorageLocation_KeepOnZeroTurnedOff_DeletesItsZeroRowsOnly()
    {
        await SeedStoreAsync();
        await PutStorageAsync("A1", ("KEEP_ON_ZERO", true));
        await PutStorageAsync("B2", ("KEEP_ON_ZERO", true));
        await RefreshAsync(In("A1", Line(Shirt, Store, 2, AmazonBopis)), In("A1", Line(Jeans, Store, 1, KiboSth)));
        await SetRowTraitsAsync(Row(Jeans, "A1", KiboSth), ("KEEP_ON_ZERO", true));
        await AdjustAsync(In("A1", Line(Shirt, Store, -6, KiboSth)), In("A1", Line(Jeans, Store, -1, KiboSth)),
            In("B2", Line(Shirt, Store, -3, AmazonBopis)));
        Assert.Equal(3, (await _bed.StockRowsAsync()).Count(r => r.Quantity == 0));
        var movements = await MovementCountAsync();

        await PutStorageAsync("A1");

        Assert.Null(await StockRowAsync("A1", "Kibo/STH"));
        Assert.Equal(2, (await StockRowAsync("A1", "Amazon/BOPIS"))?.Quantity);
        Assert.Equal(0, (await StockRowAsync("B2", "Amazon/BOPIS"))?.Quantity);
        var jeansRow = Assert.Single((await CheckedLocationAsync(Jeans)).Stock!);
        Assert.Equal(("A1", 0), (jeansRow.StorageLocation, jeansRow.Quantity));
        Assert.Equal(movements, await MovementCountAsync());
        Assert.Equal(2, (await _bed.StockRowsAsync()).Count(r => r.Quantity == 0));
        await AssertLedgerConsistentAsync();
    }

    [Fact]
    public async Task SetStockTraits_KeepOnZeroRemovedFromZeroRow_DeletesIt()
    {
        await SeedStoreAsync();
        await SetRowTraitsAsync(Row(Shirt, "B2", AmazonBopis), ("KEEP_ON_ZERO", true));
        await AdjustAsync(In("B2", Line(Shirt, Store, -3, AmazonBopis)));

        var result = await SetRowTraitsAsync(Row(Shirt, "B2", AmazonBopis));

        Assert.Equal((false, 0, 0), (result.Locked, result.UnitsChanged, result.LockedUnits));
        Assert.Null(await StockRowAsync("B2", "Amazon/BOPIS"));
        await AssertLedgerConsistentAsync();
    }

    // IN_MOTION

    /// <summary>Shirt at the store outside any storage location: Kibo/STH 6, Kibo/BOPIS 2, Amazon/STH 1, Walmart/STH 1, and Amazon/BOPIS 5 in motion.</summary>
    private async Task SeedInMotionAsync()
    {
        await _bed.UseSpecTagsAsync();
        await RefreshAsync(Line(Shirt, Store, 10), Line(Shirt, Store, 5, AmazonBopis));
        await SetRowTraitsAsync(Row(Shirt, null, AmazonBopis), ("IN_MOTION", true));
    }

    [Fact]
    public async Task InMotionRow_IsOnHandButLocked()
    {
        await SeedInMotionAsync();

        var location = await CheckedLocationAsync(Shirt);

        Assert.Equal((15, 5, 10), (location.OnHand, location.Locked, location.Available));
        await AssertLedgerConsistentAsync();
    }

    [Fact]
    public async Task SpreadRefreshUp_LeavesTheInMotionRowAndCountsOnlyTheRest()
    {
        await SeedInMotionAsync();

        await RefreshAsync(Line(Shirt, Store, 20));

        var location = await CheckedLocationAsync(Shirt);
        Assert.Equal(5, (await StockRowAsync(null, "Amazon/BOPIS"))?.Quantity);
        Assert.Equal(20, location.Stock!.Where(s => s.StorageLocation is null && !s.Locked).Sum(s => s.Quantity));
        Assert.Equal((25, 5, 20), (location.OnHand, location.Locked, location.Available));
        await AssertLedgerConsistentAsync();
    }

    [Fact]
    public async Task SpreadRefreshDown_LeavesTheInMotionRowAndCountsOnlyTheRest()
    {
        await SeedInMotionAsync();

        await RefreshAsync(Line(Shirt, Store, 4));

        var location = await CheckedLocationAsync(Shirt);
        Assert.Equal(5, (await StockRowAsync(null, "Amazon/BOPIS"))?.Quantity);
        Assert.Equal((9, 5, 4), (location.OnHand, location.Locked, location.Available));
        await AssertLedgerConsistentAsync();
    }

    [Fact]
    public async Task SegmentRefresh_InMotionRow_IsRefusedAndChangesNothing()
    {
        await SeedInMotionAsync();
        var before = await StateAsync();

        var exception = await Assert.ThrowsAsync<InventoryRuleException>(
            () => RefreshAsync(Line(Shirt, Store, 8, KiboSth), Line(Shirt, Store, 7, AmazonBopis)));

        Assert.Equal(RuleViolationKind.Invalid, exception.Kind);
        Assert.Contains("IN_MOTION", Assert.Single(exception.Errors["items[1].quantity"]));
        Assert.Single(exception.Errors);
        Assert.Equal(before, await StateAsync());
    }

    [Fact]
    public async Task SpreadRefreshUp_SplitWouldAddToTheInMotionSegment_IsRefusedAndChangesNothing()
    {
        await _bed.UseSpecTagsAsync();
        await RefreshAsync(Line(Shirt, Store, 10));
        await SetRowTraitsAsync(Row(Shirt, null, KiboSth), ("IN_MOTION", true));
        var before = await StateAsync();

        var exception = await Assert.ThrowsAsync<InventoryRuleException>(() => RefreshAsync(Line(Shirt, Store, 20)));

        Assert.Contains("items[0].quantity", exception.Errors.Keys);
        Assert.Equal(before, await StateAsync());
    }

    [Fact]
    public async Task Adjust_InMotionRow_StillWorksAndKeepsItLocked()
    {
        await SeedInMotionAsync();
        var before = await MovementCountAsync();

        await AdjustAsync(Line(Shirt, Store, -2, AmazonBopis));
        await AdjustAsync(Line(Shirt, Store, 4, AmazonBopis));

        Assert.Equal(7, (await StockRowAsync(null, "Amazon/BOPIS"))?.Quantity);
        Assert.Equal([(-2, -2), (4, 4)], (await MovementsAfterAsync(before)).Select(m => (m.Delta, m.LockedDelta)));
        var location = await CheckedLocationAsync(Shirt);
        Assert.Equal((17, 7, 10), (location.OnHand, location.Locked, location.Available));
        await AssertLedgerConsistentAsync();
    }

    [Fact]
    public async Task InMotionStorageLocation_CountIntoItRefusedAdjustWorksAndOtherCountsIgnoreIt()
    {
        await _bed.UseSpecTagsAsync();
        await PutStorageAsync("Cart", ("IN_MOTION", true));
        var before = await StateAsync();

        await Assert.ThrowsAsync<InventoryRuleException>(() => RefreshAsync(In("Cart", Line(Shirt, Store, 5, KiboSth))));
        Assert.Equal(before, await StateAsync());

        await AdjustAsync(In("Cart", Line(Shirt, Store, 5, KiboSth)));
        await RefreshAsync(Line(Shirt, Store, 3, KiboSth));

        var location = await CheckedLocationAsync(Shirt);
        Assert.Equal(5, (await StockRowAsync("Cart", "Kibo/STH"))?.Quantity);
        Assert.Equal(3, (await StockRowAsync(null, "Kibo/STH"))?.Quantity);
        Assert.Equal((8, 5, 3), (location.OnHand, location.Locked, location.Available));
        await AssertLedgerConsistentAsync();
    }
}
