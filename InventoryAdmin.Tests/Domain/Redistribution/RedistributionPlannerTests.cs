using InventoryAdmin.Domain.Model.Redistribution;

namespace InventoryAdmin.Tests.Domain.Redistribution;

public class RedistributionPlannerTests
{
    private static RedistributionPlan Plan(RedistributionRow[] rows, Dictionary<string, int> targets, Dictionary<string, int>? allocated = null,
        Func<string, int, bool>? canReceive = null) =>
        RedistributionPlanner.Plan(rows, allocated ?? [], targets, canReceive ?? ((_, _) => true), StringComparer.Ordinal);

    [Fact]
    public void Plan_DonorAboveTarget_GivesToEveryReceiverBelowIt()
    {
        var plan = Plan([new("|b|", 0, 5, true)], new() { ["|a|"] = 3, ["|b|"] = 1, ["|c|"] = 1 });

        Assert.Equal([new SegmentMove("|b|", "|a|", 3), new SegmentMove("|b|", "|c|", 1)], plan.Moves);
        Assert.Empty(plan.Residuals);
    }

    [Fact]
    public void Plan_AllocatedAndLockedUnitsStay_AndBothSidesAreResiduals()
    {
        var plan = Plan([new("|b|", 0, 6, true), new("|b|", 1, 4, false)], new() { ["|a|"] = 8, ["|b|"] = 2 }, new() { ["|b|"] = 5 });

        // 6 sellable − 5 allocated = 1 free unit; the 4 locked ones never move.
        Assert.Equal([new SegmentMove("|b|", "|a|", 1)], plan.Moves);
        Assert.Equal([new Residual("|a|", 8, 1), new Residual("|b|", 2, 9)], plan.Residuals);
    }

    [Fact]
    public void Plan_ARowThatRefusesUnits_IsSkipped_ForAnotherStorageLocation()
    {
        var plan = Plan([new("|b|", 1, 3, true), new("|b|", 2, 3, true)], new() { ["|a|"] = 4, ["|b|"] = 2 },
            canReceive: (segment, storage) => !(segment == "|a|" && storage == 1));

        Assert.Equal([new RowMove("|b|", "|a|", 2, 3)], plan.RowMoves);
        Assert.Equal([new Residual("|a|", 4, 3), new Residual("|b|", 2, 3)], plan.Residuals);
    }

    [Fact]
    public void Plan_WithoutTargets_MovesNothing()
    {
        var plan = RedistributionPlanner.Plan([new("|b|", 0, 5, true)], new Dictionary<string, int>(), null, (_, _) => true, StringComparer.Ordinal);

        Assert.Same(RedistributionPlan.Nothing, plan);
    }
}
