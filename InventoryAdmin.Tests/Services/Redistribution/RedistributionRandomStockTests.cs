using InventoryAdmin.Tests.Support.Domain;
using InventoryAdmin.Tests.Support.Redistribution;
using static InventoryAdmin.Tests.Support.Stock.StockTestBed;

namespace InventoryAdmin.Tests.Services.Redistribution;

/// <summary>
/// Idempotency as a property over random stock in a real database: random segment counts in and outside storage
/// locations, a locked storage location, random orders; redistributing twice changes nothing the second time, and
/// allocations, locked units and the ledger stay consistent.
/// </summary>
public class RedistributionRandomStockTests : RedistributionTestBase
{
    public RedistributionRandomStockTests()
        : this(null)
    {
    }

    /// <summary>The same tests on another engine (see the PostgreSQL subclass).</summary>
    protected RedistributionRandomStockTests(InventoryTestStore? store)
        : base(store: store)
    {
    }

    private static readonly string[] Channels = ["Kibo", "Amazon", "Walmart"];
    private static readonly string[] OrderTypes = ["STH", "BOPIS"];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await _bed.UseSpecTagsAsync();
        await LocationAsync(Dc);
        await LocationAsync(Store);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public async Task RedistributingRandomStockTwice_TheSecondRunChangesNothing(int seed)
    {
        var random = new Random(seed);
        foreach (var location in new[] { Dc, Store })
        {
            await _bed.Traits.PutStorageLocationAsync(location, "Bin", null, null, Manager);
            foreach (var sku in new[] { Shirt, Jeans })
                for (var i = random.Next(1, 5); i > 0; i--)
                {
                    var segment = Seg(Channels[random.Next(3)], OrderTypes[random.Next(2)]);
                    var line = Line(sku, location, random.Next(0, 60), segment);
                    await _bed.Stock.RefreshAsync([random.Next(3) == 0 ? line with { StorageLocation = "Bin" } : line], Manager);
                }
        }

        if (random.Next(2) == 0) await _bed.Traits.SetLocationLockAsync(Dc, "Bin", locked: true, "Cycle count", Manager);
        for (var i = 0; i < 4; i++)
            await PlaceAsync($"R-{i}", Item(random.Next(2) == 0 ? Shirt : Jeans, random.Next(1, 15), random.Next(2) == 0 ? Dc : Store,
                Seg(Channels[random.Next(3)], OrderTypes[random.Next(2)])));
        var allocatedBefore = (await FiguresAsync(Shirt, Dc)).Allocated + (await FiguresAsync(Jeans, Store)).Allocated;
        var lockedBefore = (await FiguresAsync(Shirt, Dc)).Locked + (await FiguresAsync(Jeans, Dc)).Locked;

        var first = await RunNowAsync();
        var afterFirst = await StateAsync();
        var second = await RunNowAsync();

        Assert.Equal("completed", first.Status);
        Assert.Equal((0L, 0), (second.UnitsMoved, second.RecordsTouched));
        Assert.Equal(afterFirst, await StateAsync());
        Assert.Equal(first.ResidualCount, second.ResidualCount);
        Assert.Equal(allocatedBefore, (await FiguresAsync(Shirt, Dc)).Allocated + (await FiguresAsync(Jeans, Store)).Allocated);
        Assert.Equal(lockedBefore, (await FiguresAsync(Shirt, Dc)).Locked + (await FiguresAsync(Jeans, Dc)).Locked);
        await AssertLedgerConsistentAsync();
    }
}
