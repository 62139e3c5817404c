using InventoryAdmin.Tests.Support.Redistribution;
using static InventoryAdmin.Tests.Support.Stock.StockTestBed;

namespace InventoryAdmin.Tests.Services.Redistribution;

/// <summary>SPEC §5: scope by UPC, and targets that never move units across the values of a discrete tag.</summary>
public class RedistributionTargetTests : RedistributionTestBase
{
    public RedistributionTargetTests()
        : this(null)
    {
    }

    /// <summary>The same tests on another engine (see the PostgreSQL subclass).</summary>
    protected RedistributionTargetTests(InventoryAdmin.Tests.Support.Domain.InventoryTestStore? store)
        : base(store: store)
    {
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await _bed.UseSpecTagsAsync();
        await LocationAsync(Dc);
    }

    [Fact]
    public async Task Scope_ByUpc_RedistributesOnlyThatProduct()
    {
        await _bed.Catalogue.PutProductAsync("UPC-1", "Scanned product", "0012345678905", null);
        await StockAsync("UPC-1", Dc, 10, Seg("Amazon", "STH"));
        await StockAsync(Shirt, Dc, 10, Seg("Amazon", "STH"));

        var job = await RunNowAsync(Request(upcs: ["0012345678905"]));

        Assert.Equal((1, 9L), (job.RecordsTotal, job.UnitsMoved));
        Assert.Equal(4, (await OnHandAsync("UPC-1", Dc)).Count);
        Assert.Equal(new Dictionary<string, int> { ["Amazon/STH"] = 10 }, await OnHandAsync(Shirt, Dc));
    }

    [Fact]
    public async Task ADiscreteTag_SplitsEachOfItsValuesOnItsOwn_UnitsNeverChangeItsValue()
    {
        await _bed.Tags.CreateAsync(Draft("Condition", "New", ("New", null), ("Damaged", null)), Manager);
        await _bed.Stock.RefreshAsync([Line(Shirt, Dc, 10, ("Channel", "Amazon"), ("OrderType", "STH"), ("Condition", "New"))], Manager);
        await _bed.Stock.RefreshAsync([Line(Shirt, Dc, 10, ("Channel", "Walmart"), ("OrderType", "BOPIS"), ("Condition", "Damaged"))], Manager);

        var job = await RunNowAsync();

        var segments = (await FiguresAsync(Shirt, Dc)).Segments.Where(s => s.OnHand > 0).ToList();
        // Each condition keeps its 10 units, split 6 / 2 / 1 / 1 by Channel and OrderType.
        foreach (var condition in new[] { "New", "Damaged" })
        {
            var part = segments.Where(s => s.Tags["Condition"] == condition).ToDictionary(Name, s => s.OnHand);
            Assert.Equal(new Dictionary<string, int> { ["Kibo/STH"] = 6, ["Kibo/BOPIS"] = 2, ["Amazon/STH"] = 1, ["Walmart/STH"] = 1 }, part);
        }

        // New: 9 leave Amazon/STH (target 1); Damaged: all 10 leave Walmart/BOPIS (target 0).
        Assert.Equal((19L, 0), (job.UnitsMoved, job.ResidualCount));
        await AssertLedgerConsistentAsync();
    }
}
