using InventoryAdmin.Domain.Services.Availability;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Tests.Support.Availability;
using InventoryAdmin.Tests.Support.Bundles;
using InventoryAdmin.Tests.Support.Domain;
using static InventoryAdmin.Tests.Support.Stock.StockTestBed;

namespace InventoryAdmin.Tests.Services.Bundles;

/// <summary>
/// A bundle in the channel availability features (SPEC §7 with §10): the delta feed and the low-stock list speak of what
/// a bundle sells (prepackaged plus what its components build), and a component's change is a change of the bundle.
/// </summary>
public class BundleChannelAvailabilityTests : BundleTestBase
{
    private readonly AvailabilityChangeService _feed;
    private readonly StockRuleService _rules;
    private readonly LowStockTracker _tracker;
    private readonly AlertService _alerts;

    public BundleChannelAvailabilityTests()
        : this(null)
    {
    }

    /// <summary>The same tests on another engine (see the PostgreSQL subclass).</summary>
    protected BundleChannelAvailabilityTests(InventoryTestStore? store)
        : base(store: store)
    {
        _feed = new AvailabilityChangeService(_bed.Store.Factory);
        _rules = new StockRuleService(_bed.Store.Factory, _bed.Changes, new FixedTimeProvider(Now));
        _tracker = new LowStockTracker(_bed.Store.Factory, _bed.Changes);
        _alerts = new AlertService(_bed.Store.Factory);
    }

    /// <summary>
    /// Follows the feed from <paramref name="after"/> until what was read holds <paramref name="done"/> and a page is empty
    /// (on PostgreSQL a neighbouring test's open transaction can hold the feed back for a moment, so it polls).
    /// </summary>
    private async Task<(List<AvailabilityChangeDto> Items, string Next)> FeedUntilAsync(string? after, Func<List<AvailabilityChangeDto>, bool> done)
    {
        var items = new List<AvailabilityChangeDto>();
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var page = await _feed.ChangesAsync(after, 1000, null, null);
            after = page.Next;
            items.AddRange(page.Items);
            if (page.Items.Count > 0) continue;
            if (done(items)) return (items, after);
            Assert.True(DateTime.UtcNow < deadline, "the feed did not hand out the expected changes within 15 s");
            await Task.Delay(50);
        }
    }

    private static int? LastAvailable(List<AvailabilityChangeDto> items, string sku) => items.LastOrDefault(i => i.Sku == sku && i.LocationCode == Fba)?.Available;

    private async Task<IReadOnlyList<LowStockAlertDto>> AlertsAsync()
    {
        await LowStockCatchUp.RunAsync(_bed.Store.Factory, _tracker);
        return (await _alerts.LowStockAsync(null, 1, 50)).Items;
    }

    [Fact]
    public async Task AComponentsChange_PutsTheBundleInTheDeltaFeed_WithWhatItSells()
    {
        await AlphabetAsync();
        await SeedComponentsAsync();
        await StockAsync(Bundle, Fba, 8);
        var (first, next) = await FeedUntilAsync(null, items => LastAvailable(items, Bundle) is not null && LastAvailable(items, Ghi) is not null);
        Assert.Equal(58, LastAvailable(first, Bundle));

        await StockAsync(Def, Fba, 20);

        var (fresh, _) = await FeedUntilAsync(next, items => LastAvailable(items, Def) is not null && LastAvailable(items, Bundle) is not null);
        Assert.Equal(20, LastAvailable(fresh, Def));
        Assert.Equal(28, LastAvailable(fresh, Bundle));
        Assert.DoesNotContain(fresh, i => i.Sku is Abc or Ghi);
    }

    [Fact]
    public async Task ABundleIsLowOnWhatItSells_AComponentRunningShortListsIt_AndRestockingTakesItOff()
    {
        await AlphabetAsync();
        await _rules.PutAsync([new StockRuleLine(null, Fba, Bundle, null, 30)]);
        await SeedComponentsAsync();
        Assert.DoesNotContain(await AlertsAsync(), a => a.Sku == Bundle);

        await StockAsync(Def, Fba, 25);
        var alert = Assert.Single(await AlertsAsync(), a => a.Sku == Bundle);
        Assert.Equal((Fba, 25, 30), (alert.LocationCode, alert.Available, alert.LowStockAt));

        await StockAsync(Def, Fba, 60);
        Assert.DoesNotContain(await AlertsAsync(), a => a.Sku == Bundle);
    }
}
