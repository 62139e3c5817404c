using InventoryAdmin.Domain.Services.Availability;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Tests.Support.Availability;
using InventoryAdmin.Tests.Support.Domain;
using InventoryAdmin.Tests.Support.Stock;
using static InventoryAdmin.Tests.Support.Stock.StockTestBed;

namespace InventoryAdmin.Tests.Services.Availability;

/// <summary>The low-stock list kept from the segment changes, over a real database.</summary>
public class LowStockTrackerTests : StockServiceTestBase
{
    private readonly StockRuleService _rules;
    private readonly LowStockTracker _tracker;
    private readonly AlertService _alerts;

    public LowStockTrackerTests()
        : this(null)
    {
    }

    protected LowStockTrackerTests(InventoryTestStore? store)
        : base(store)
    {
        _rules = new StockRuleService(_bed.Store.Factory, _bed.Changes, new FixedTimeProvider(Now));
        _tracker = new LowStockTracker(_bed.Store.Factory, _bed.Changes);
        _alerts = new AlertService(_bed.Store.Factory);
    }

    private async Task<PagedResult<LowStockAlertDto>> CaughtUpAsync(string? location = null, int page = 1, int pageSize = 50)
    {
        await LowStockCatchUp.RunAsync(_bed.Store.Factory, _tracker);
        return await _alerts.LowStockAsync(location, page, pageSize);
    }

    [Fact]
    public async Task SegmentFallingToItsThreshold_IsListed_AndRisingAboveTakesItOff()
    {
        await _rules.PutAsync([new StockRuleLine(null, null, null, 1, 2)]);
        await RefreshAsync(Line(Shirt, Store, 5));
        Assert.Empty((await CaughtUpAsync()).Items);

        await AdjustAsync(Line(Shirt, Store, -2));
        var alert = Assert.Single((await CaughtUpAsync()).Items);
        Assert.Equal((Shirt, Store, 3, 2, 2, 1), (alert.Sku, alert.LocationCode, alert.Available, alert.Promisable, alert.LowStockAt, alert.SafetyStock));
        Assert.Equal(DateTimeKind.Utc, alert.Since.Kind);

        await AdjustAsync(Line(Shirt, Store, -1));
        Assert.Equal(alert.Since, Assert.Single((await CaughtUpAsync()).Items).Since);

        await AdjustAsync(Line(Shirt, Store, 5));
        Assert.Empty((await CaughtUpAsync()).Items);
    }

    [Fact]
    public async Task ARuleRaisingTheThreshold_ListsSegmentsAlreadyBelowIt()
    {
        await RefreshAsync(Line(Shirt, Store, 3), Line(Shirt, Dc, 3), Line(Jeans, Store, 30));
        Assert.Empty((await CaughtUpAsync()).Items);

        await _rules.PutAsync([new StockRuleLine(null, null, null, null, 5)]);

        Assert.Equal(2, (await CaughtUpAsync()).Total);
        var atStore = await _alerts.LowStockAsync(Store, 1, 50);
        Assert.Equal((1, Shirt), (atStore.Total, Assert.Single(atStore.Items).Sku));
        var secondPage = await _alerts.LowStockAsync(null, 2, 1);
        Assert.Equal(2, secondPage.Total);
        Assert.Single(secondPage.Items);
    }

    [Fact]
    public async Task WithoutAThreshold_ASoldOutSegmentIsNotAnAlert()
    {
        await _rules.PutAsync([new StockRuleLine(null, null, null, 3, null)]);
        await RefreshAsync(Line(Shirt, Store, 0), Line(Jeans, Store, 2));

        Assert.Empty((await CaughtUpAsync()).Items);
    }
}
