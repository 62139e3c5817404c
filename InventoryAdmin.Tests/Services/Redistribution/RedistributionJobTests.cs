using InventoryAdmin.Domain.Model;
using InventoryAdmin.Tests.Support.Redistribution;
using static InventoryAdmin.Tests.Support.Stock.StockTestBed;

namespace InventoryAdmin.Tests.Services.Redistribution;

/// <summary>SPEC §5 through the service and the job runner over a real SQLite file: drift is undone with free units only.</summary>
public class RedistributionJobTests : RedistributionTestBase
{
    public RedistributionJobTests()
        : this(null)
    {
    }

    /// <summary>The same tests on another engine (see the PostgreSQL subclass).</summary>
    protected RedistributionJobTests(InventoryAdmin.Tests.Support.Domain.InventoryTestStore? store)
        : base(store: store)
    {
    }

    private static readonly Dictionary<string, int> SpecTargetsOfTen = new() { ["Kibo/STH"] = 6, ["Kibo/BOPIS"] = 2, ["Amazon/STH"] = 1, ["Walmart/STH"] = 1 };

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await _bed.UseSpecTagsAsync();
        await LocationAsync(Dc);
        await LocationAsync(Store);
    }

    [Fact]
    public async Task RunNow_DriftedRecord_ReachesTheSpecSplitOfItsOnHand_WithOneMovementPerChangedRow()
    {
        await StockAsync(Shirt, Dc, 10, Seg("Amazon", "STH"));

        var job = await RunNowAsync();

        Assert.Equal(SpecTargetsOfTen, await OnHandAsync(Shirt, Dc));
        Assert.Equal(("completed", 1.0, 1, 1, 9L, 0), (job.Status, job.Progress, job.RecordsTotal, job.RecordsDone, job.UnitsMoved, job.ResidualCount));
        var movements = await JobMovementsAsync(job.Id);
        Assert.Equal(4, movements.Count);
        Assert.Equal(0, movements.Sum(m => m.Delta));
        Assert.All(movements, m => Assert.Equal(("Redistribution", "admin@example.com"), (m.Reason, m.Actor)));
        await AssertLedgerConsistentAsync();
    }

    [Fact]
    public async Task RunNow_AllocatedUnitsDoNotMove_AndTheSegmentsThatCannotReachTheirTargetAreResiduals()
    {
        await StockAsync(Shirt, Dc, 10, Seg("Amazon", "STH"));
        await PlaceAsync("AMZ-1", Item(Shirt, 8, Dc, Seg("Amazon", "STH")));

        var job = await RunNowAsync();

        // Amazon/STH holds 10 for a target of 1, but 8 are allocated: only 2 are free to move, and they go to Kibo/STH first.
        Assert.Equal(new Dictionary<string, int> { ["Kibo/STH"] = 2, ["Amazon/STH"] = 8 }, await OnHandAsync(Shirt, Dc));
        Assert.Equal(2, job.UnitsMoved);
        var residuals = job.Residuals.Select(r => ($"{r.Tags["Channel"]}/{r.Tags["OrderType"]}", r.Target, r.Actual)).ToList();
        Assert.Equal([("Kibo/STH", 6, 2), ("Kibo/BOPIS", 2, 0), ("Amazon/STH", 1, 8), ("Walmart/STH", 1, 0)], residuals);
        Assert.All(job.Residuals, r => Assert.Equal((Shirt, Dc), (r.Sku, r.LocationCode)));
        Assert.Equal(8, (await FiguresAsync(Shirt, Dc)).Allocated);
        await AssertLedgerConsistentAsync();
    }

    [Fact]
    public async Task RunNow_LockedUnitsDoNotMove()
    {
        await StockInAsync("Damaged", Shirt, Dc, 10, Seg("Walmart", "STH"));
        await _bed.Traits.SetLocationLockAsync(Dc, "Damaged", locked: true, "Water damage", Manager);

        var job = await RunNowAsync();

        Assert.Equal(new Dictionary<string, int> { ["Walmart/STH"] = 10 }, await OnHandAsync(Shirt, Dc));
        Assert.Equal((0L, 4), (job.UnitsMoved, job.ResidualCount));
        Assert.Empty(await JobMovementsAsync(job.Id));
        await AssertLedgerConsistentAsync();
    }

    [Fact]
    public async Task RunNow_UnitsAreRelabelledWhereTheyLie_InTheirOwnStorageLocation()
    {
        await StockInAsync("A-01", Shirt, Dc, 10, Seg("Amazon", "STH"));

        await RunNowAsync();

        var rows = (await _bed.StockRowsAsync()).Where(r => r.Quantity > 0).ToList();
        Assert.Equal(4, rows.Count);
        Assert.All(rows, r => Assert.NotEqual(0, r.StorageLocationId));
        Assert.Equal(SpecTargetsOfTen, await OnHandAsync(Shirt, Dc));
    }

    [Fact]
    public async Task RunNowTwice_TheSecondRunMovesNothing()
    {
        await StockAsync(Shirt, Dc, 37, Seg("Walmart", "BOPIS"));
        await StockAsync(Shirt, Store, 5, Seg("Kibo", "STH"));
        await StockAsync(Jeans, Dc, 11, Seg("Amazon", "STH"));
        await PlaceAsync("W-1", Item(Shirt, 30, Dc, Seg("Walmart", "BOPIS")));
        await RunNowAsync();
        var before = await StateAsync();

        var second = await RunNowAsync();

        Assert.Equal((0L, 0, 3), (second.UnitsMoved, second.RecordsTouched, second.RecordsDone));
        Assert.Empty(await JobMovementsAsync(second.Id));
        Assert.Equal(before, await StateAsync());
    }

    [Fact]
    public async Task DryRun_ListsTheMovesTheJobMakes_AndChangesNothing()
    {
        await StockAsync(Shirt, Dc, 10, Seg("Amazon", "STH"));
        var before = await StateAsync();

        var preview = await _redistribution.StartAsync(Request(dryRun: true), Admin);

        Assert.Equal(before, await StateAsync());
        Assert.True(preview.DryRun);
        Assert.Equal((9L, 1, 3), (preview.UnitsMoved, preview.RecordsTouched, preview.MoveCount));
        var moves = preview.Moves!.Select(m => ($"{m.FromTags["Channel"]}/{m.FromTags["OrderType"]}", $"{m.ToTags["Channel"]}/{m.ToTags["OrderType"]}", m.Quantity)).ToList();
        Assert.Equal([("Amazon/STH", "Kibo/STH", 6), ("Amazon/STH", "Kibo/BOPIS", 2), ("Amazon/STH", "Walmart/STH", 1)], moves);

        var job = await RunNowAsync();
        Assert.Equal(preview.UnitsMoved, job.UnitsMoved);
    }

    [Fact]
    public async Task Scope_OnlyTheNamedSkusAtTheNamedLocationsMove()
    {
        await StockAsync(Shirt, Dc, 10, Seg("Amazon", "STH"));
        await StockAsync(Shirt, Store, 10, Seg("Amazon", "STH"));
        await StockAsync(Jeans, Dc, 10, Seg("Amazon", "STH"));

        var job = await RunNowAsync(Request(skus: [Shirt], locations: [Dc]));

        Assert.Equal((1, 9L), (job.RecordsTotal, job.UnitsMoved));
        Assert.Equal(SpecTargetsOfTen, await OnHandAsync(Shirt, Dc));
        Assert.Equal(new Dictionary<string, int> { ["Amazon/STH"] = 10 }, await OnHandAsync(Shirt, Store));
        Assert.Equal(new Dictionary<string, int> { ["Amazon/STH"] = 10 }, await OnHandAsync(Jeans, Dc));
    }

    [Fact]
    public async Task Scope_SkuAndLocationCodeInAnotherCase_AreFound()
    {
        await StockAsync(Shirt, Dc, 10, Seg("Amazon", "STH"));

        var job = await RunNowAsync(Request(skus: [Shirt.ToLowerInvariant()], locations: [Dc.ToLowerInvariant()]));

        Assert.Equal((1, 9L), (job.RecordsTotal, job.UnitsMoved));
        Assert.Equal(SpecTargetsOfTen, await OnHandAsync(Shirt, Dc));
    }

    [Fact]
    public async Task Start_UnknownSkuOrLocation_IsRefusedWithTheNames_AndNoJobIsCreated()
    {
        var error = await Assert.ThrowsAsync<InventoryRuleException>(() => _redistribution.StartAsync(Request(skus: [Shirt, "NOPE-1"], locations: ["Mars"]), Admin));

        Assert.Equal(RuleViolationKind.NotFound, error.Kind);
        Assert.Contains("NOPE-1", error.Errors["skus"][0]);
        Assert.Contains("Mars", error.Errors["locationCodes"][0]);
        Assert.Empty(await _redistribution.HistoryAsync());
    }

    [Theory]
    [InlineData(null, "Choose a mode")]
    [InlineData("later", "'later' is not a mode")]
    public async Task Start_WithoutAValidMode_IsRefused(string? mode, string message)
    {
        var error = await Assert.ThrowsAsync<InventoryRuleException>(() => _redistribution.StartAsync(Request(mode: mode!), Admin));

        Assert.Contains(message, error.Errors["mode"][0]);
    }
}
