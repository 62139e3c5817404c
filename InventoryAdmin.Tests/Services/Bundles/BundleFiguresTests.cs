using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Tests.Support.Bundles;
using InventoryAdmin.Tests.Support.Domain;
using static InventoryAdmin.Tests.Support.Stock.StockTestBed;

namespace InventoryAdmin.Tests.Services.Bundles;

/// <summary>SPEC §7 figures through the record, grid and availability reads: prepackaged plus what the components build.</summary>
public class BundleFiguresTests : BundleTestBase
{
    public BundleFiguresTests()
        : this(null)
    {
    }

    /// <summary>The same tests on another engine (see the PostgreSQL subclass).</summary>
    protected BundleFiguresTests(InventoryTestStore? store)
        : base(store: store)
    {
    }

    [Fact]
    public async Task Record_SeedExample_DefIsTheBottleneckWith50_BundleHas50OnHandAnd50Available()
    {
        await AlphabetAsync();
        await SeedComponentsAsync();

        var at = await BundleAtAsync();

        Assert.Equal((50, 0, 0, 50), Four(at));
        Assert.NotNull(at.Bundle);
        Assert.True(at.Bundle.UseComponentInventory);
        Assert.Equal((0, 0, 0, 0), Four(at.Bundle.Prepackaged));
        Assert.Equal((50, 0, 0, 50), Four(at.Bundle.Components));
        Assert.Equal(Def, at.Bundle.BottleneckSku);
    }

    [Fact]
    public async Task Record_UseComponentInventoryOff_CountsOnlyThe8Prepackaged_AndOnAgainAddsThe50()
    {
        await AlphabetAsync();
        await SeedComponentsAsync();
        await StockAsync(Bundle, Fba, 8);

        await UseComponentInventoryAsync(false);
        var off = await BundleAtAsync();
        await UseComponentInventoryAsync(true);
        var on = await BundleAtAsync();

        Assert.Equal((8, 0, 0, 8), Four(off));
        Assert.False(off.Bundle!.UseComponentInventory);
        Assert.Equal((50, 0, 0, 50), Four(off.Bundle.Components));
        Assert.Equal((58, 0, 0, 58), Four(on));
        var record = await _bed.Query.GetRecordAsync(Bundle, null);
        Assert.Equal(record.Locations.Sum(l => l.Available), record.Totals.Available);
    }

    [Fact]
    public async Task Record_SeveralUnitsPerBundle_DividesAndRoundsDown()
    {
        await AlphabetAsync(abcPerBundle: 3, defPerBundle: 2);
        await StockAsync(Abc, Fba, 120);
        await StockAsync(Def, Fba, 51);
        await StockAsync(Ghi, Fba, 75);

        var at = await BundleAtAsync();

        Assert.Equal((25, 0, 0, 25), Four(at));
        Assert.Equal(Def, at.Bundle!.BottleneckSku);
    }

    [Fact]
    public async Task Record_AComponentOutOfStock_ComponentPartIsZero_OnlyPrepackagedSells()
    {
        await AlphabetAsync();
        await StockAsync(Abc, Fba, 120);
        await StockAsync(Ghi, Fba, 75);
        await StockAsync(Bundle, Fba, 8);

        var at = await BundleAtAsync();

        Assert.Equal((0, 0, 0, 0), Four(at.Bundle!.Components));
        Assert.Equal((8, 0, 0, 8), Four(at));
        Assert.Equal(Def, at.Bundle.BottleneckSku);
    }

    [Fact]
    public async Task Record_LockedComponentUnits_ShowAsLockedBundles_AvailableFollowsTheUnlockedUnits()
    {
        await AlphabetAsync();
        await SeedComponentsWithDefPartlyLockedAsync();

        var at = await BundleAtAsync();

        // On Hand min(120, 50, 75) = 50, Available min(120, 20, 75) = 20; the 30 between them are DEF's locked units.
        Assert.Equal((50, 30, 0, 20), Four(at));
        Assert.Equal(Def, at.Bundle!.BottleneckSku);
    }

    [Fact]
    public async Task Record_AllocatedComponentUnits_LowerTheBundlesAvailable()
    {
        await AlphabetAsync();
        await SeedComponentsAsync();
        await PlaceAsync("O-DEF", Item(Def, 45, Fba));

        var at = await BundleAtAsync();

        Assert.Equal((50, 0, 45, 5), Four(at));
    }

    [Fact]
    public async Task Record_PerSegment_MinimumIsTakenInEachSegment_AndSegmentsAddUp()
    {
        await _bed.UseSpecTagsAsync();
        await AlphabetAsync();
        (string, string)[] amazon = [("Channel", "Amazon"), ("OrderType", "STH")];
        (string, string)[] kibo = [("Channel", "Kibo"), ("OrderType", "STH")];
        await StockAsync(Abc, Fba, 10, amazon);
        await StockAsync(Def, Fba, 4, amazon);
        await StockAsync(Ghi, Fba, 6, amazon);
        await StockAsync(Abc, Fba, 3, kibo);
        await StockAsync(Def, Fba, 9, kibo);
        await StockAsync(Ghi, Fba, 9, kibo);

        var at = await BundleAtAsync();

        Assert.Equal([("Kibo/STH", 3), ("Amazon/STH", 4)], at.Segments.Select(s => ($"{s.Tags["Channel"]}/{s.Tags["OrderType"]}", s.OnHand)).ToList());
        Assert.Equal(7, at.Available);
    }

    [Fact]
    public async Task Grid_BundleRow_HasThePartsAndTheBottleneck_AtEveryLocation()
    {
        await AlphabetAsync();
        await LocationAsync(Dc);
        await SeedComponentsAsync();
        await StockAsync(Bundle, Dc, 4);

        var rows = (await _bed.Query.GridAsync(new GridQuery(Search: Bundle))).Items;

        Assert.Equal([(Dc, 4), (Fba, 50)], rows.Select(r => (r.LocationCode, r.Available)).ToList());
        var fba = rows.Single(r => r.LocationCode == Fba);
        Assert.Equal(Def, fba.Bundle!.BottleneckSku);
        Assert.Equal((50, 0, 0, 50), Four(fba.Bundle.Components));
        var detail = await _bed.Query.BundleAsync(fba.ProductId, fba.LocationId);
        Assert.Equal([(Abc, 120, false), (Def, 50, true), (Ghi, 75, false)], detail!.Components.Select(c => (c.Sku, c.Bundles, c.Bottleneck)).ToList());
        var segments = await _bed.Query.SegmentsAsync(fba.ProductId, fba.LocationId);
        Assert.Equal(50, Assert.Single(segments).Available);
    }

    [Fact]
    public async Task Availability_IncludesBundles_PerLocationAndSummed()
    {
        await AlphabetAsync();
        await LocationAsync(Dc);
        await SeedComponentsAsync();
        await StockAsync(Bundle, Dc, 4);
        await StockAsync(Bundle, Fba, 8);
        await UseComponentInventoryAsync(false, Dc);

        var summed = Assert.Single(await _monitor.AvailabilityAsync([Bundle], null, null));
        var fba = Assert.Single(await _monitor.AvailabilityAsync([Bundle], null, Fba));

        Assert.Equal(4 + 8 + 50, summed.Available);
        Assert.Equal(58, fba.Available);
    }
}
