using FsCheck.Xunit;
using InventoryAdmin.Tests.Support.Redistribution;
using static InventoryAdmin.Tests.Support.Redistribution.RedistributionCase;

namespace InventoryAdmin.Tests.Domain.Redistribution;

/// <summary>SPEC §5 as properties over random records: idempotent, conserving, free units only, residuals exactly where targets are missed.</summary>
public class RedistributionPlannerPropertyTests
{
    [Property(Arbitrary = [typeof(RedistributionCaseArbitrary)], MaxTest = 1000)]
    public void PlanningTheResultAgain_MovesNothing(RedistributionCase c)
    {
        var first = c.Plan();
        var second = (c with { Rows = c.After(first) }).Plan();

        Assert.Empty(second.Moves);
        Assert.Equal(first.Residuals, second.Residuals);
    }

    [Property(Arbitrary = [typeof(RedistributionCaseArbitrary)], MaxTest = 1000)]
    public void OnlyFreeUnitsMove_FromAboveTargetToBelowIt_AndTheTotalIsKept(RedistributionCase c)
    {
        var plan = c.Plan();
        var after = c.After(plan);

        Assert.Equal(c.Rows.Sum(r => r.Quantity), after.Sum(r => r.Quantity));
        Assert.All(plan.Moves, m => Assert.True(m.Quantity > 0));
        foreach (var segment in c.Targets.Keys)
        {
            var given = plan.Moves.Where(m => m.From == segment).Sum(m => m.Quantity);
            var taken = plan.Moves.Where(m => m.To == segment).Sum(m => m.Quantity);
            Assert.False(given > 0 && taken > 0, $"{segment} both gives and takes");
            Assert.True(given <= c.Free(segment), $"{segment} gave {given} of {c.Free(segment)} free");
            Assert.True(given <= Math.Max(0, OnHand(c.Rows, segment) - c.Targets[segment]), $"{segment} went below its target");
            Assert.True(taken <= Math.Max(0, c.Targets[segment] - OnHand(c.Rows, segment)), $"{segment} went above its target");
        }

        // Locked rows and the rows that refuse units keep what they had.
        Assert.All(c.Rows.Where(r => !r.Sellable), r => Assert.Equal(r.Quantity, after.Single(a => (a.Segment, a.Storage) == (r.Segment, r.Storage)).Quantity));
        Assert.All(plan.RowMoves, m => Assert.DoesNotContain((m.To, m.Storage), c.Refusing));
    }

    [Property(Arbitrary = [typeof(RedistributionCaseArbitrary)], MaxTest = 1000)]
    public void Residuals_AreExactlyTheSegmentsOffTheirTarget(RedistributionCase c)
    {
        var plan = c.Plan();
        var after = c.After(plan);

        var off = c.Targets.Keys.Concat(c.Rows.Select(r => r.Segment)).Distinct()
            .Where(s => OnHand(after, s) != c.Targets.GetValueOrDefault(s)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(off, plan.Residuals.Select(r => r.SegmentKey).ToList());
        Assert.All(plan.Residuals, r => Assert.Equal(OnHand(after, r.SegmentKey), r.Actual));
    }
}
