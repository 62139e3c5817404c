using System.Text;
using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Services.Availability;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Tests.Support.Domain;
using InventoryAdmin.Tests.Support.Stock;
using static InventoryAdmin.Tests.Support.Stock.StockTestBed;

namespace InventoryAdmin.Tests.Services.Availability;

public class StockRuleCsvTests : StockServiceTestBase
{
    private readonly StockRuleService _rules;
    private readonly StockRuleCsv _csv;

    public StockRuleCsvTests()
        : this(null)
    {
    }

    /// <summary>The same tests on another engine (see the PostgreSQL subclass).</summary>
    protected StockRuleCsvTests(InventoryTestStore? store)
        : base(store)
    {
        _rules = new StockRuleService(_bed.Store.Factory, _bed.Changes, new FixedTimeProvider(Now));
        _csv = new StockRuleCsv(_rules, _bed.Tags);
    }

    [Fact]
    public async Task Export_ThenImportIntoAnEmptyStore_GivesTheSameRules()
    {
        await _bed.UseSpecTagsAsync();
        await _rules.PutAsync([new StockRuleLine(new() { ["Channel"] = "Amazon" }, Store, Shirt, 3, 1), new StockRuleLine(null, null, null, null, 2)]);
        var before = await _rules.ListAsync();
        using var file = new MemoryStream();
        await _csv.WriteAsync(file);
        Assert.StartsWith("locationCode,sku,safetyStock,lowStockAt,Channel,OrderType", Encoding.UTF8.GetString(file.ToArray()));
        foreach (var rule in before) await _rules.PutAsync([new StockRuleLine(rule.Tags.ToDictionary(), rule.LocationCode, rule.Sku, null, null)]);
        Assert.Empty(await _rules.ListAsync());

        file.Position = 0;
        var applied = await _csv.ImportAsync(file);

        Assert.Equal(2, applied.Applied);
        Assert.Equal(before, await _rules.ListAsync(), new RuleComparer());
    }

    [Fact]
    public async Task BadLine_IsNamedByFileLine_AndNothingIsApplied()
    {
        await _bed.UseSpecTagsAsync();
        var text = "locationCode,sku,safetyStock,lowStockAt,Channel\nRetailer2,,2,,Amazon\n,NO-SUCH,1,,\n,,x,,Kibo\n";

        var e = await Assert.ThrowsAsync<InventoryRuleException>(() => _csv.ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(text))));
        Assert.Contains("line 4, safetyStock", e.Errors.Keys);

        var unknown = await Assert.ThrowsAsync<InventoryRuleException>(() =>
            _csv.ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes("locationCode,sku,safetyStock,lowStockAt,Channel\nRetailer2,,2,,Amazon\n,NO-SUCH,1,,\n"))));
        Assert.Equal(["line 3, sku"], unknown.Errors.Keys);
        Assert.Empty(await _rules.ListAsync());
    }

    private sealed class RuleComparer : IEqualityComparer<StockRuleDto>
    {
        public bool Equals(StockRuleDto? a, StockRuleDto? b) => a is not null && b is not null && a.LocationCode == b.LocationCode && a.Sku == b.Sku
            && a.SafetyStock == b.SafetyStock && a.LowStockAt == b.LowStockAt && a.Tags.OrderBy(t => t.Key).SequenceEqual(b.Tags.OrderBy(t => t.Key));

        public int GetHashCode(StockRuleDto r) => HashCode.Combine(r.LocationCode, r.Sku, r.SafetyStock);
    }
}
