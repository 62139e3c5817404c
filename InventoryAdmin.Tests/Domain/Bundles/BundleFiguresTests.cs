using InventoryAdmin.Domain.Model.Bundles;
using InventoryAdmin.Domain.Model.Stock;

namespace InventoryAdmin.Tests.Domain.Bundles;

public sealed class BundleFiguresTests
{
    private static ComponentFigures C(string sku, int perBundle, int onHand, int locked = 0, int allocated = 0) =>
        new(0, sku, perBundle, new Figures(onHand, locked, allocated));

    private static (int, int, int, int) Four(Figures f) => (f.OnHand, f.Locked, f.Allocated, f.Available);

    [Fact]
    public void Of_SeedExample_DefIsTheBottleneck_50Bundles_AndOffLeavesThe8Prepackaged()
    {
        var components = new[] { C("ABC", 1, 120), C("DEF", 1, 50), C("GHI", 1, 75) };

        var on = BundleFigures.Of(true, new Figures(8, 0, 0), components);
        var off = BundleFigures.Of(false, new Figures(8, 0, 0), components);

        Assert.Equal((50, 0, 0, 50), Four(on.Components));
        Assert.Equal("DEF", on.BottleneckSku);
        Assert.Equal((58, 0, 0, 58), Four(on.Total));
        Assert.Equal((8, 0, 0, 8), Four(off.Total));
    }

    [Fact]
    public void ComponentPart_NoComponentsOrOneOut_IsZero()
    {
        Assert.Equal(Figures.Zero, BundleFigures.ComponentPart([]));
        Assert.Equal((0, 0, 0, 0), Four(BundleFigures.ComponentPart([C("ABC", 1, 10), C("DEF", 1, 0)])));
    }

    [Theory]
    [InlineData(10, 0, 10, 10, 10, 0)]   // ABC all allocated, DEF all locked: the bottleneck (ABC, by SKU) says why
    [InlineData(40, 8, 2, 30, 0, 27)]
    [InlineData(7, 7, 0, 100, 50, 50)]
    public void ComponentPart_LockedAndAllocatedInDifferentComponents_FiguresStillAddUp(int abcOnHand, int abcLocked, int abcAllocated,
        int defOnHand, int defLocked, int defAllocated)
    {
        var part = BundleFigures.ComponentPart([C("ABC", 1, abcOnHand, abcLocked, abcAllocated), C("DEF", 2, defOnHand, defLocked, defAllocated)]);

        Assert.Equal(Math.Min(abcOnHand, defOnHand / 2), part.OnHand);
        Assert.Equal(part.OnHand - part.Locked - part.Allocated, part.Available);
        Assert.True(part.Locked >= 0 && part.Allocated >= 0 && !part.IsShort);
    }

    [Fact]
    public void Total_PrepackagedShort_IsCoveredByWhatTheComponentsBuild()
    {
        var bundle = BundleFigures.Of(true, new Figures(2, 2, 3), [C("ABC", 1, 10)]);

        Assert.Equal((12, 2, 3, 7), Four(bundle.Total));
    }
}
