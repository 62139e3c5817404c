using InventoryAdmin.Domain.Model.Stock;
using static InventoryAdmin.Tests.Support.Stock.PlannerCases;

namespace InventoryAdmin.Tests.Domain.Stock;

/// <summary>The planner (SPEC §3) taking a negative delta from a record: free units first, in proportion, then held ones.</summary>
public class StockChangePlannerTakeTests
{
    // Spread over the record: negative delta

    [Fact]
    public void Plan_SpreadNegativeAdjust_TakesFromFreeUnitsInProportionToThem()
    {
        // Free = On Hand − Locked − Allocated: 10 − 2 − 3 = 5, 10 − 0 − 0 = 10, 8 − 0 − 8 = 0.
        SegmentState[] segments =
        [
            Segment("|1|", 10, locked: 2, allocated: 3),
            Segment("|2|", 10),
            Segment("|3|", 8, allocated: 8),
        ];

        var plan = StockChangePlanner.Plan(segments, StockChangeKind.Adjust, -6, null, NoSplit);

        // 6 taken in the ratio 5 : 10 : 0; the fully allocated segment keeps everything.
        Assert.Equal(Map(("|1|", 8), ("|2|", 6)), plan.NewOnHand);
    }

    [Fact]
    public void Plan_SpreadNegativeAdjust_ProportionToFreeNotToOnHand()
    {
        // Same On Hand, but the first segment has only 2 free units and the second 8.
        SegmentState[] segments = [Segment("|1|", 10, locked: 8), Segment("|2|", 10, allocated: 2)];

        var plan = StockChangePlanner.Plan(segments, StockChangeKind.Adjust, -5, null, NoSplit);

        Assert.Equal(Map(("|1|", 9), ("|2|", 6)), plan.NewOnHand);
    }

    [Fact]
    public void Plan_SpreadNegativeAdjustOfAllFreeUnits_LeavesHeldUnitsAlone()
    {
        SegmentState[] segments = [Segment("|1|", 10, allocated: 6), Segment("|2|", 6, locked: 2)];

        var plan = StockChangePlanner.Plan(segments, StockChangeKind.Adjust, -8, null, NoSplit);

        Assert.Equal(Map(("|1|", 6), ("|2|", 2)), plan.NewOnHand);
    }

    [Fact]
    public void Plan_SpreadNegativeAdjustBeyondFreeUnits_TakesHeldUnitsOnlyForTheRest()
    {
        // Free 4 + 4 = 8; the 9th unit must come from held units (6 left in |1|, 2 in |2|, 5 in |3|).
        SegmentState[] segments = [Segment("|1|", 10, allocated: 6), Segment("|2|", 6, locked: 2), Segment("|3|", 5, locked: 5)];

        var plan = StockChangePlanner.Plan(segments, StockChangeKind.Adjust, -9, null, NoSplit);

        Assert.False(plan.IsRefused);
        var after = plan.NewOnHand;
        Assert.Equal(21 - 9, after.GetValueOrDefault("|1|", 10) + after.GetValueOrDefault("|2|", 6) + after.GetValueOrDefault("|3|", 5));
        Assert.True(after["|1|"] <= 6, $"|1| kept {after["|1|"]} of its free units");
        Assert.True(after["|2|"] <= 2, $"|2| kept {after["|2|"]} of its free units");
        Assert.Equal(Map(("|1|", 5), ("|2|", 2)), plan.NewOnHand);
    }

    [Fact]
    public void Plan_SpreadNegativeAdjustWithNoFreeUnits_TakesHeldUnitsInProportionToThem()
    {
        SegmentState[] segments = [Segment("|1|", 6, allocated: 6), Segment("|2|", 3, locked: 2, allocated: 5)];

        var plan = StockChangePlanner.Plan(segments, StockChangeKind.Adjust, -3, null, NoSplit);

        Assert.Equal(Map(("|1|", 4), ("|2|", 2)), plan.NewOnHand);
    }

    [Fact]
    public void Plan_SpreadNegativeAdjustOfEverything_EmptiesEverySegment()
    {
        SegmentState[] segments = [Segment("|1|", 10, allocated: 6), Segment("|2|", 6, locked: 2)];

        var plan = StockChangePlanner.Plan(segments, StockChangeKind.Adjust, -16, null, NoSplit);

        Assert.Equal(Map(("|1|", 0), ("|2|", 0)), plan.NewOnHand);
    }

    [Fact]
    public void Plan_SpreadNegativeAdjustOfMoreThanOnHand_IsRefusedWithMessage()
    {
        SegmentState[] segments = [Segment("|1|", 10), Segment("|2|", 5)];

        var plan = StockChangePlanner.Plan(segments, StockChangeKind.Adjust, -16, null, NoSplit);

        Assert.True(plan.IsRefused);
        Assert.Equal("Only 15 on hand; cannot take 16.", plan.Error);
        Assert.Empty(plan.NewOnHand);
    }

    [Fact]
    public void Plan_SpreadNegativeAdjustOfEmptyRecord_IsRefused()
    {
        var plan = StockChangePlanner.Plan([], StockChangeKind.Adjust, -1, null, NoSplit);

        Assert.True(plan.IsRefused);
        Assert.Equal("Only 0 on hand; cannot take 1.", plan.Error);
    }

    [Fact]
    public void Plan_SpreadPositiveAdjustAboveIntRange_IsRefused()
    {
        SegmentState[] segments = [Segment("|1|", int.MaxValue - 5)];

        var plan = StockChangePlanner.Plan(segments, StockChangeKind.Adjust, 6, null, NoSplit);

        Assert.True(plan.IsRefused);
        Assert.Equal("The quantity is too large.", plan.Error);
    }
}
