using InventoryAdmin.Tests.Support.Orders;

namespace InventoryAdmin.Tests.Services.Orders;

/// <summary>SPEC §2: a segment with more allocated than can be picked is short, shown and never hidden, and the figures still add up.</summary>
public class ShortSegmentTests : OrderServiceTestBase
{
    public ShortSegmentTests()
        : this(null)
    {
    }

    /// <summary>The same tests on another engine (see the PostgreSQL subclass).</summary>
    protected ShortSegmentTests(InventoryAdmin.Tests.Support.Domain.InventoryTestStore? store)
        : base(store)
    {
    }

    [Fact]
    public async Task LockingStockThatIsAllocated_MakesTheSegmentShort_WithAvailableZero()
    {
        await LocationAsync(Dc);
        await StockInAsync("A-01", Shirt, Dc, 10);
        await PlaceAsync("S-1", Item(Shirt, 6, Dc));

        await _bed.Traits.SetLocationLockAsync(Dc, "A-01", locked: true, "Water damage", Channel);

        var location = Assert.Single((await _bed.Query.GetRecordAsync(Shirt, Dc)).Locations);
        var segment = Assert.Single(location.Segments);
        Assert.Equal((10, 10, 6, 0, true), (segment.OnHand, segment.Locked, segment.Allocated, segment.Available, segment.Short));
        Assert.Equal((10, 10, 6, 0), (location.OnHand, location.Locked, location.Allocated, location.Available));
        var row = Assert.Single((await _bed.Query.GridAsync(new(Search: Shirt, LocationCode: Dc))).Items);
        Assert.Equal((10, 10, 6, 0), (row.OnHand, row.Locked, row.Allocated, row.Available));
        Assert.True((await _bed.Replay.ReplayAsync()).Consistent);
    }
}
