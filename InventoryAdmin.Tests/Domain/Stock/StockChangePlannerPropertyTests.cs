using FsCheck.Xunit;
using InventoryAdmin.Domain.Model.Stock;
using InventoryAdmin.Tests.Support.Stock;

namespace InventoryAdmin.Tests.Domain.Stock;

public class StockChangePlannerPropertyTests
{
    private static StockChangePlan Plan(PlanCase input) =>
        StockChangePlanner.Plan(input.Segments, input.Kind, input.Amount, input.SegmentKey, input.Split);

    /// <summary>Units a spread decrease takes from each segment, or null when the case is not one.</summary>
    private static Dictionary<string, long>? TakenBySpread(PlanCase input, StockChangePlan plan)
    {
        if (input.SegmentKey is not null || input.RequestedDelta >= 0 || plan.IsRefused) return null;
        var after = input.After(plan);
        return input.Segments.ToDictionary(s => s.Key, s => (long)s.Figures.OnHand - after[s.Key]);
    }

    [Property(Arbitrary = [typeof(PlanCaseArbitrary)], MaxTest = 500)]
    public void Plan_AnyAcceptedChange_NewTotalIsOldTotalPlusDelta(PlanCase input)
    {
        var plan = Plan(input);
        if (plan.IsRefused) return;

        var after = input.After(plan);

        Assert.Equal(input.Total + input.RequestedDelta, after.Values.Sum(v => (long)v));
    }

    [Property(Arbitrary = [typeof(PlanCaseArbitrary)], MaxTest = 500)]
    public void Plan_AnyChange_NoSegmentGoesNegative(PlanCase input)
    {
        var plan = Plan(input);

        Assert.All(plan.NewOnHand, entry => Assert.True(entry.Value >= 0, $"{entry.Key} would hold {entry.Value}"));
    }

    [Property(Arbitrary = [typeof(PlanCaseArbitrary)], MaxTest = 500)]
    public void Plan_AnyChange_ListsOnlySegmentsWhoseOnHandChanges(PlanCase input)
    {
        var plan = Plan(input);

        Assert.All(plan.NewOnHand, entry => Assert.NotEqual(input.CurrentOf(entry.Key), entry.Value));
    }

    [Property(Arbitrary = [typeof(PlanCaseArbitrary)], MaxTest = 500)]
    public void Plan_NamedSegment_ChangesNoOtherSegment(PlanCase input)
    {
        if (input.SegmentKey is null) return;

        var plan = Plan(input);

        Assert.All(plan.NewOnHand.Keys, key => Assert.Equal(input.SegmentKey, key));
    }

    [Property(Arbitrary = [typeof(PlanCaseArbitrary)], MaxTest = 500)]
    public void Plan_AnyChange_RefusedExactlyWhenTheResultWouldBeNegative(PlanCase input)
    {
        var plan = Plan(input);

        // Spread: the record's total + delta; one segment: that segment's On Hand + delta; a refresh: the count itself.
        var current = input.SegmentKey is null ? input.Total : input.CurrentOf(input.SegmentKey);
        var refusedExpected = input.Kind == StockChangeKind.Refresh ? input.Amount < 0 : current + input.Amount < 0;
        Assert.Equal(refusedExpected, plan.IsRefused);
        if (plan.IsRefused)
        {
            Assert.False(string.IsNullOrWhiteSpace(plan.Error));
            Assert.Empty(plan.NewOnHand);
        }
    }

    [Property(Arbitrary = [typeof(PlanCaseArbitrary)], MaxTest = 500)]
    public void Plan_SpreadIncrease_EachSegmentGainsWhatTheSplitGivesIt(PlanCase input)
    {
        if (input.SegmentKey is not null || input.RequestedDelta <= 0 || input.Amount < 0) return;

        var plan = Plan(input);
        var after = input.After(plan);

        var shares = input.Split((int)input.RequestedDelta).ToDictionary(s => s.Key, s => s.Value);
        foreach (var key in after.Keys.Union(shares.Keys))
            Assert.Equal(input.CurrentOf(key) + shares.GetValueOrDefault(key), after.GetValueOrDefault(key));
    }

    [Property(Arbitrary = [typeof(PlanCaseArbitrary)], MaxTest = 500)]
    public void Plan_SpreadDecreaseWithinFreeUnits_NoSegmentFallsBelowAllocatedThatWasNotBefore(PlanCase input)
    {
        var plan = Plan(input);
        if (TakenBySpread(input, plan) is not { } taken || taken.Values.Sum() > input.FreeTotal) return;

        var after = input.After(plan);
        foreach (var s in input.Segments)
        {
            var coveredBefore = s.Figures.OnHand - s.Figures.Locked >= s.Figures.Allocated;
            var coveredAfter = after[s.Key] - s.Figures.Locked >= s.Figures.Allocated;
            Assert.True(!coveredBefore || coveredAfter,
                $"{s.Key}: {s.Figures.OnHand} → {after[s.Key]} on hand with {s.Figures.Locked} locked and {s.Figures.Allocated} allocated");
        }
    }

    [Property(Arbitrary = [typeof(PlanCaseArbitrary)], MaxTest = 500)]
    public void Plan_SpreadDecreaseWithinFreeUnits_TakesFromEachInProportionToItsFreeUnits(PlanCase input)
    {
        var plan = Plan(input);
        if (TakenBySpread(input, plan) is not { } taken || taken.Values.Sum() > input.FreeTotal) return;

        var units = taken.Values.Sum();
        foreach (var s in input.Segments)
        {
            // Within one unit of units · free / Σ free (largest remainder never moves a part by a whole unit).
            var exactTimesFree = (double)units * s.Free / input.FreeTotal;
            Assert.InRange(taken[s.Key], Math.Floor(exactTimesFree), Math.Ceiling(exactTimesFree));
        }
    }

    [Property(Arbitrary = [typeof(PlanCaseArbitrary)], MaxTest = 500)]
    public void Plan_SpreadDecreaseBeyondFreeUnits_TakesEveryFreeUnitBeforeAnyHeldOne(PlanCase input)
    {
        var plan = Plan(input);
        if (TakenBySpread(input, plan) is not { } taken || taken.Values.Sum() <= input.FreeTotal) return;

        foreach (var s in input.Segments)
            Assert.True(taken[s.Key] >= s.Free, $"{s.Key} gave {taken[s.Key]} but had {s.Free} free units");
    }
}
