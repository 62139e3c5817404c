using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Model.Availability;

namespace InventoryAdmin.Tests.Domain.Availability;

public sealed class StockRuleBookTests
{
    private const string Amazon = "|2|4|";
    private const string Kibo = "|1|4|";
    private const int Shirt = 7, Jeans = 8, Store = 3, Dc = 4;
    private static readonly DateTime At = new(2026, 3, 14, 9, 30, 0, DateTimeKind.Utc);

    private static StockRule Rule(string key, int location, int product, int? safety, int? low) => new(key, location, product, safety, low, At);

    [Fact]
    public void Resolve_TakesTheMostSpecificRule_SkuAndLocationThenSkuThenLocationThenSegment()
    {
        var book = new StockRuleBook([
            Rule(Amazon, StockRule.AnyLocation, StockRule.AnyProduct, 1, null),
            Rule(Amazon, Store, StockRule.AnyProduct, 2, null),
            Rule(Amazon, StockRule.AnyLocation, Shirt, 3, null),
            Rule(Amazon, Store, Shirt, 4, null),
        ]);

        Assert.Equal(4, book.Resolve(Shirt, Store, Amazon).SafetyStock);
        Assert.Equal(3, book.Resolve(Shirt, Dc, Amazon).SafetyStock);
        Assert.Equal(2, book.Resolve(Jeans, Store, Amazon).SafetyStock);
        Assert.Equal(1, book.Resolve(Jeans, Dc, Amazon).SafetyStock);
        Assert.Equal(StockLevels.None, book.Resolve(Shirt, Store, Kibo));
    }

    [Fact]
    public void Resolve_AFigureTheSpecificRuleLeavesUnset_ComesFromTheNextRule()
    {
        var book = new StockRuleBook([Rule(Amazon, StockRule.AnyLocation, StockRule.AnyProduct, 5, 2), Rule(Amazon, Store, Shirt, 1, null)]);

        Assert.Equal(new StockLevels(1, 2), book.Resolve(Shirt, Store, Amazon));
    }

    [Theory]
    [InlineData(10, 3, 7, false)]
    [InlineData(5, 3, 2, true)]
    [InlineData(2, 3, 0, true)]
    public void Promisable_IsAvailableLessSafetyStock_NeverBelowZero_LowAtOrBelowTheThreshold(int available, int safety, int promisable, bool low)
    {
        var levels = new StockLevels(safety, 2);

        Assert.Equal((promisable, low), (levels.Promisable(available), levels.IsLow(available)));
    }

    [Fact]
    public void NoThreshold_IsNeverLow()
    {
        Assert.False(new StockLevels(3, null).IsLow(0));
    }

    [Fact]
    public void NegativeFigure_IsRefused()
    {
        var e = Assert.Throws<InventoryRuleException>(() => Rule(Amazon, 0, 0, -1, null));
        Assert.Contains("safetyStock", e.Errors.Keys);
    }
}
