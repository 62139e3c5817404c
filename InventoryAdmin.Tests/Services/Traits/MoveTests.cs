using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Tests.Support.Domain;
using InventoryAdmin.Tests.Support.Stock;
using static InventoryAdmin.Tests.Support.Stock.StockTestBed;

namespace InventoryAdmin.Tests.Services.Traits;

/// <summary>
/// Moving units of one segment between storage locations of a location (null = outside any): one transaction, a
/// movement out and a movement in, On Hand unchanged, Locked following the target's traits; refused moves change nothing.
/// </summary>
public class MoveTests : TraitTestBase
{
    public MoveTests()
        : this(null)
    {
    }

    /// <summary>The same tests on another engine (see the PostgreSQL subclass).</summary>
    protected MoveTests(InventoryTestStore? store)
        : base(store)
    {
    }

    private static StockMove Move(string? from, string? to, int quantity, params (string Tag, string Value)[] tags) =>
        new(Shirt, Store, tags.ToDictionary(t => t.Tag, t => t.Value), from, to, quantity);

    private Task<StockChangeResult> MoveAsync(StockMove move) => _bed.Stock.MoveAsync(move, Manager);

    /// <summary>Quantity per storage location (null = none) of the shirt's rows in one segment.</summary>
    private async Task<Dictionary<string, int>> QuantitiesAsync(string segment) =>
        (await CheckedLocationAsync(Shirt)).Stock!.Where(s => $"{s.Tags["Channel"]}/{s.Tags["OrderType"]}" == segment)
            .ToDictionary(s => s.StorageLocation ?? "-", s => s.Quantity);

    [Fact]
    public async Task Move_BetweenStorageLocations_MovesTheUnitsWithTwoMovements()
    {
        await SeedStoreAsync();
        var figures = SegmentFigures(await CheckedLocationAsync(Shirt));
        var before = await MovementCountAsync();

        var result = await MoveAsync(Move("A1", "B2", 4, KiboSth));

        Assert.Equal(new StockChangeResult(1, 2), result);
        Assert.Equal(new Dictionary<string, int> { ["-"] = 5, ["A1"] = 2, ["B2"] = 8 }, await QuantitiesAsync("Kibo/STH"));
        Assert.Equal(figures, SegmentFigures(await CheckedLocationAsync(Shirt)));
        var movements = await MovementsAfterAsync(before);
        Assert.Equal([(6, -4, 2, 0), (4, 4, 8, 0)], movements.Select(m => (m.Before, m.Delta, m.After, m.LockedDelta)));
        Assert.All(movements, m => Assert.Equal("Moved A1 → B2", m.Reason));
        Assert.NotEqual(movements[0].StorageLocationId, movements[1].StorageLocationId);
        await AssertLedgerConsistentAsync();
    }

    [Fact]
    public async Task Move_AllUnitsOutOfAStorageLocationToNone_DeletesTheEmptiedRow()
    {
        await SeedStoreAsync();

        await MoveAsync(Move("A1", null, 6, KiboSth));

        Assert.Equal(new Dictionary<string, int> { ["-"] = 11, ["B2"] = 4 }, await QuantitiesAsync("Kibo/STH"));
        Assert.Equal(0, (await StorageAsync("A1")).StockRows);
        Assert.Equal(18, (await CheckedLocationAsync(Shirt)).OnHand);
        await AssertLedgerConsistentAsync();
    }

    [Fact]
    public async Task Move_FromNoStorageLocationIntoASegmentNotYetThere_CreatesTheRow()
    {
        await SeedStoreAsync();
        await RefreshAsync(Line(Shirt, Store, 2, AmazonBopis));

        await MoveAsync(Move(null, "A1", 2, AmazonBopis));

        Assert.Equal(new Dictionary<string, int> { ["A1"] = 2, ["B2"] = 3 }, await QuantitiesAsync("Amazon/BOPIS"));
        Assert.Equal([("Kibo/STH", 15, 0, 15), ("Amazon/BOPIS", 5, 0, 5)], SegmentFigures(await CheckedLocationAsync(Shirt)));
        await AssertLedgerConsistentAsync();
    }

    [Fact]
    public async Task Move_IntoLockedStorageLocation_UnitsBecomeLocked()
    {
        await SeedStoreAsync();
        await LockStorageAsync("B2");
        var before = await MovementCountAsync();

        await MoveAsync(Move("A1", "B2", 4, KiboSth));

        Assert.Equal([(-4, 0), (4, 4)], (await MovementsAfterAsync(before)).Select(m => (m.Delta, m.LockedDelta)));
        var location = await CheckedLocationAsync(Shirt);
        Assert.Equal([("Kibo/STH", 15, 8, 7), ("Amazon/BOPIS", 3, 3, 0)], SegmentFigures(location));
        var grid = await GridRowAsync(Shirt);
        Assert.Equal((18, 11, 7), (grid.OnHand, grid.Locked, grid.Available));
        var b2 = await StorageAsync("B2");
        Assert.Equal((2, 11, 11), (b2.StockRows, b2.Units, b2.LockedUnits));
        await AssertLedgerConsistentAsync();
    }

    [Fact]
    public async Task Move_OutOfLockedStorageLocation_UnitsBecomeAvailable()
    {
        await SeedStoreAsync();
        await LockStorageAsync("A1");
        var before = await MovementCountAsync();

        await MoveAsync(Move("A1", null, 6, KiboSth));

        Assert.Equal([(-6, -6), (6, 0)], (await MovementsAfterAsync(before)).Select(m => (m.Delta, m.LockedDelta)));
        var location = await CheckedLocationAsync(Shirt);
        Assert.Equal((18, 0, 18), (location.OnHand, location.Locked, location.Available));
        Assert.Equal(18, (await GridRowAsync(Shirt)).Available);
        await AssertLedgerConsistentAsync();
    }

    [Fact]
    public async Task Move_TooManyUnits_IsRefusedAndChangesNothing()
    {
        await SeedStoreAsync();
        var before = await StateAsync();

        var exception = await Assert.ThrowsAsync<InventoryRuleException>(() => MoveAsync(Move("A1", "B2", 7, KiboSth)));

        Assert.Equal(RuleViolationKind.Invalid, exception.Kind);
        Assert.Contains("quantity", exception.Errors.Keys);
        Assert.Equal(before, await StateAsync());
    }

    [Fact]
    public async Task Move_SegmentTheSourceDoesNotHold_IsRefusedAndChangesNothing()
    {
        await SeedStoreAsync();
        var before = await StateAsync();

        var exception = await Assert.ThrowsAsync<InventoryRuleException>(() => MoveAsync(Move("A1", "B2", 1, AmazonBopis)));

        Assert.Equal(RuleViolationKind.Invalid, exception.Kind);
        Assert.Equal(before, await StateAsync());
    }

    [Theory]
    [InlineData("A1", "A1")]
    [InlineData("A1", " a1 ")]
    [InlineData(null, null)]
    [InlineData(null, "")]
    public async Task Move_SameSourceAndTarget_IsRefusedAndChangesNothing(string? from, string? to)
    {
        await SeedStoreAsync();
        var before = await StateAsync();

        var exception = await Assert.ThrowsAsync<InventoryRuleException>(() => MoveAsync(Move(from, to, 1, KiboSth)));

        Assert.Equal(RuleViolationKind.Invalid, exception.Kind);
        Assert.Contains("toStorageLocation", exception.Errors.Keys);
        Assert.Equal(before, await StateAsync());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public async Task Move_NoUnits_IsRefusedAndChangesNothing(int quantity)
    {
        await SeedStoreAsync();
        var before = await StateAsync();

        var exception = await Assert.ThrowsAsync<InventoryRuleException>(() => MoveAsync(Move("A1", "B2", quantity, KiboSth)));

        Assert.Contains("quantity", exception.Errors.Keys);
        Assert.Equal(before, await StateAsync());
    }

    [Theory]
    [InlineData("Z9", "B2")]
    [InlineData("A1", "Z9")]
    [InlineData(null, "Z9")]
    public async Task Move_UnknownStorageLocation_IsNotFoundAndChangesNothing(string? from, string? to)
    {
        await SeedStoreAsync();
        var before = await StateAsync();

        var exception = await Assert.ThrowsAsync<InventoryRuleException>(() => MoveAsync(Move(from, to, 1, KiboSth)));

        Assert.Equal(RuleViolationKind.NotFound, exception.Kind);
        var key = Assert.Single(exception.Errors.Keys);
        Assert.Matches(@"^(items\[\d\]\.)?storageLocation$", key);
        Assert.Contains("Z9", exception.Errors[key][0]);
        Assert.Equal(before, await StateAsync());
    }

    [Fact]
    public async Task Move_StorageLocationOfAnotherLocation_IsNotFound()
    {
        await SeedStoreAsync();
        await _bed.Traits.PutStorageLocationAsync(Dc, "D1", null, null, Manager);
        var before = await StateAsync();

        var exception = await Assert.ThrowsAsync<InventoryRuleException>(() => MoveAsync(Move("A1", "D1", 1, KiboSth)));

        Assert.Equal(RuleViolationKind.NotFound, exception.Kind);
        Assert.Equal(before, await StateAsync());
    }

    [Fact]
    public async Task Move_InsideLockedLocation_UnitsStayLocked()
    {
        await SeedStoreAsync();
        await LockLocationAsync();
        var before = await MovementCountAsync();

        await MoveAsync(Move("A1", "B2", 4, KiboSth));

        Assert.Equal([(-4, -4), (4, 4)], (await MovementsAfterAsync(before)).Select(m => (m.Delta, m.LockedDelta)));
        Assert.Equal((18, 18, 0), ((await GridRowAsync(Shirt)).OnHand, (await GridRowAsync(Shirt)).Locked, (await GridRowAsync(Shirt)).Available));
        await AssertLedgerConsistentAsync();
    }

    [Fact]
    public async Task Move_KeepOnZeroSource_EmptiedRowStaysAtZero()
    {
        await SeedStoreAsync();
        await PutStorageAsync("A1", ("KEEP_ON_ZERO", true));

        await MoveAsync(Move("A1", "B2", 6, KiboSth));

        Assert.Equal(new Dictionary<string, int> { ["-"] = 5, ["A1"] = 0, ["B2"] = 10 }, await QuantitiesAsync("Kibo/STH"));
        await AssertLedgerConsistentAsync();
    }
}
