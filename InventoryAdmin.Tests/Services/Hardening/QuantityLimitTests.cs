using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Model.Stock;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Tests.Support.Domain;
using InventoryAdmin.Tests.Support.Orders;
using static InventoryAdmin.Tests.Support.Stock.StockTestBed;

namespace InventoryAdmin.Tests.Services.Hardening;

/// <summary>
/// Issue 18 item 10: a product's On Hand over all its locations is at most 1,000,000,000 units
/// (<see cref="Quantities.MaxUnitsPerProduct"/>), so its totals always fit; a change that would pass it is refused (422)
/// naming the line, instead of being stored and then failing every read of the record with a 500 (overflow).
/// </summary>
public class QuantityLimitTests : OrderServiceTestBase
{
    public QuantityLimitTests()
        : this(null)
    {
    }

    /// <summary>The same tests on another engine (see the PostgreSQL subclass).</summary>
    protected QuantityLimitTests(InventoryTestStore? store)
        : base(store: store)
    {
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await LocationAsync(Store);
        await LocationAsync(Dc);
    }

    [Fact]
    public async Task RefreshOverTwoLocationsPastTheCeiling_IsRefusedNamingTheProductAndChangesNothing()
    {
        var before = await StateAsync();

        var refused = await Assert.ThrowsAsync<InventoryRuleException>(() =>
            _bed.Stock.RefreshAsync([Line(Shirt, Store, 600_000_000), Line(Jeans, Store, 5), Line(Shirt, Dc, 600_000_000)], Manager));

        Assert.Equal(RuleViolationKind.Invalid, refused.Kind);
        Assert.Contains("1,200,000,000 units", Assert.Single(refused.Errors, e => e.Key == "items[0].quantity").Value[0]);
        Assert.Single(refused.Errors);
        Assert.Equal(before, await StateAsync());
    }

    [Fact]
    public async Task AdjustPastTheCeilingWithStockAtAnotherLocation_IsRefused_TheRecordStillReads()
    {
        await StockAsync(Shirt, Store, 999_999_990);
        var before = await StateAsync();

        var refused = await Assert.ThrowsAsync<InventoryRuleException>(() => _bed.Stock.AdjustAsync([Line(Shirt, Dc, 11)], Manager));

        Assert.Contains("1,000,000,001 units", refused.Errors["items[0].delta"][0]);
        Assert.Equal(before, await StateAsync());
        Assert.Equal(999_999_990, (await _bed.Query.GetRecordAsync(Shirt)).Totals.OnHand);
    }

    [Fact]
    public async Task UpToTheCeiling_IsAcceptedAndTotalsAddUp()
    {
        await _bed.Stock.RefreshAsync([Line(Shirt, Store, 600_000_000), Line(Shirt, Dc, 400_000_000)], Manager);

        var record = await _bed.Query.GetRecordAsync(Shirt);

        Assert.Equal(Quantities.MaxUnitsPerProduct, record.Totals.OnHand);
        Assert.Equal(Quantities.MaxUnitsPerProduct, record.Totals.Available);
    }

    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(1_000_000_001)]
    public async Task OneLineOverTheCeiling_IsRefusedUnderItsAmount(int amount)
    {
        var count = await Assert.ThrowsAsync<InventoryRuleException>(() => _bed.Stock.RefreshAsync([Line(Shirt, Store, amount)], Manager));
        var take = await Assert.ThrowsAsync<InventoryRuleException>(() => _bed.Stock.AdjustAsync([Line(Shirt, Store, -amount)], Manager));
        var order = await Assert.ThrowsAsync<InventoryRuleException>(() => _orders.CreateAsync(new OrderRequest("HUGE-1", null, false, [Item(Shirt, amount)]), Channel));

        Assert.Contains("at most 1,000,000,000 units", count.Errors["items[0].quantity"][0]);
        Assert.Contains("at most 1,000,000,000 units", take.Errors["items[0].delta"][0]);
        Assert.Contains("at most 1,000,000,000 units", order.Errors["items[0].quantity"][0]);
    }

    [Fact]
    public async Task OrderWhoseItemsAddUpPastTheCeiling_IsRefused()
    {
        var refused = await RefusedAsync(() => _orders.CreateAsync(new OrderRequest("HUGE-2", null, false,
            [Item(Shirt, 700_000_000), Item(Jeans, 700_000_000)]), Channel), RuleViolationKind.Invalid);

        Assert.Contains("1,400,000,000", refused.Errors["items"][0]);
    }

    [Fact]
    public async Task RestockingAReturnPastTheCeiling_IsRefusedNamingTheLineAndChangesNothing()
    {
        await StockAsync(Shirt, Store, 10);
        await PlaceAsync("RET-1", Item(Shirt, 5));
        await _orders.FulfilAsync("RET-1", null, null, Channel);
        // 5 left at the store; the DC is counted up to 2 below the ceiling, so a return of 3 restocked would pass it.
        await StockAsync(Shirt, Dc, Quantities.MaxUnitsPerProduct - 7);

        var refused = await RefusedAsync(() => _orders.ReturnAsync("RET-1", null, [new ReturnLine(Shirt, 3, true, Store)], Channel),
            RuleViolationKind.Invalid);

        Assert.Contains("1,000,000,001 units", refused.Errors["items[0].quantity"][0]);
        Assert.Contains("restock: false", refused.Errors["items[0].quantity"][0]);
        Assert.Equal(0, SingleAllocation(await _orders.GetAsync("RET-1")).Returned);

        // Up to the ceiling is fine, and so is the same return not restocked.
        await _orders.ReturnAsync("RET-1", null, [new ReturnLine(Shirt, 2, true, Store)], Channel);
        await _orders.ReturnAsync("RET-1", null, [new ReturnLine(Shirt, 3, false, null)], Channel);
        Assert.Equal(Quantities.MaxUnitsPerProduct, (await _bed.Query.GetRecordAsync(Shirt)).Totals.OnHand);
    }
}
