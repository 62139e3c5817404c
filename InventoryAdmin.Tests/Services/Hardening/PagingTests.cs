using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Tests.Support.Domain;
using InventoryAdmin.Tests.Support.Orders;
using static InventoryAdmin.Tests.Support.Stock.StockTestBed;

namespace InventoryAdmin.Tests.Services.Hardening;

/// <summary>
/// Issue 18 item 4: a page past the end is empty, never another page's rows. Before, page 2,147,483,647 overflowed the
/// offset (page − 1) × size and answered with page 1. Page numbers below the first and page sizes outside 1–500 are
/// malformed (HTTP 400).
/// </summary>
public class PagingTests : OrderServiceTestBase
{
    public PagingTests()
        : this(null)
    {
    }

    /// <summary>The same tests on another engine (see the PostgreSQL subclass).</summary>
    protected PagingTests(InventoryTestStore? store)
        : base(store: store)
    {
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await LocationAsync(Store);
        await StockAsync(Shirt, Store, 10);
        await StockAsync(Jeans, Store, 10);
        await PlaceAsync("P-1", Item(Shirt, 1));
    }

    public static TheoryData<string> Lists() => ["inventory", "products", "movements", "orders", "grid"];

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task LastPossiblePage_IsEmptyWithTheTrueTotal(string list)
    {
        var (items, total) = await PageAsync(list, int.MaxValue, 50);

        Assert.Equal(0, items);
        Assert.True(total > 0, $"{list}: total {total}");
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task PageJustPastTheEnd_IsEmpty_FirstPageIsNot(string list)
    {
        var (first, total) = await PageAsync(list, list == "grid" ? 0 : 1, 1);
        var (beyond, _) = await PageAsync(list, (list == "grid" ? 0 : 1) + total, 1);

        Assert.Equal(1, first);
        Assert.Equal(0, beyond);
    }

    [Theory]
    [InlineData("inventory", 0, 50, "page")]
    [InlineData("products", -1, 50, "page")]
    [InlineData("movements", int.MinValue, 50, "page")]
    [InlineData("orders", 1, 0, "pageSize")]
    [InlineData("inventory", 1, 501, "pageSize")]
    [InlineData("grid", -1, 50, "page")]
    [InlineData("grid", 0, int.MaxValue, "pageSize")]
    public async Task PageOrSizeOutOfRange_IsMalformedNamingTheParameter(string list, int page, int pageSize, string field)
    {
        var refused = await Assert.ThrowsAsync<InventoryRuleException>(() => PageAsync(list, page, pageSize));

        Assert.Equal(RuleViolationKind.Malformed, refused.Kind);
        Assert.Equal(field, Assert.Single(refused.Errors).Key);
    }

    private async Task<(int Items, int Total)> PageAsync(string list, int page, int pageSize)
    {
        switch (list)
        {
            case "inventory":
                var records = await _bed.Query.ListAsync(null, null, page, pageSize);
                return (records.Items.Count, records.Total);
            case "products":
                var products = await _bed.Catalogue.ProductsAsync(null, page, pageSize);
                return (products.Items.Count, products.Total);
            case "movements":
                var movements = await _bed.Query.MovementsAsync(Shirt, null, page, pageSize);
                return (movements.Items.Count, movements.Total);
            case "orders":
                var orders = await _orders.ListAsync(null, null, page, pageSize);
                return (orders.Items.Count, orders.Total);
            default:
                var grid = await _bed.Query.GridAsync(new GridQuery(Page: page, PageSize: pageSize));
                return (grid.Items.Count, grid.Total);
        }
    }
}
