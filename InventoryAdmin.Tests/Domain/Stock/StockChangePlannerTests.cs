using InventoryAdmin.Domain.Model.Stock;
using static InventoryAdmin.Tests.Support.Stock.PlannerCases;

namespace InventoryAdmin.Tests.Domain.Stock;

/// <summary>The planner (SPEC §3) for one named segment, and for a refresh or a positive delta spread over the record.</summary>
public class StockChangePlannerTests
{
    // One segment named

    [Fact]
    public void Plan_RefreshOfNamedSegment_SetsThatSegmentOnly()
    {
        SegmentState[] segments = [Segment("|1|", 5), Segment("|2|", 3)];

        var plan = StockChangePlanner.Plan(segments, StockChangeKind.Refresh, 9, "|1|", NoSplit);

        Assert.False(plan.IsRefused);
        Assert.Equal(Map(("|1|", 9)), plan.NewOnHand);
    }

    [Fact]
    public void Plan_RefreshOfNamedSegmentNotStockedYet_CreatesIt()
    {
        SegmentState[] segments = [Segment("|1|", 5)];

        var plan = StockChangePlanner.Plan(segments, StockChangeKind.Refresh, 4, "|2|", NoSplit);

        Assert.Equal(Map(("|2|", 4)), plan.NewOnHand);
    }

    [Fact]
    public void Plan_RefreshOfNamedSegmentToZero_SetsItToZero()
    {
        SegmentState[] segments = [Segment("|1|", 5), Segment("|2|", 3)];

        var plan = StockChangePlanner.Plan(segments, StockChangeKind.Refresh, 0, "|2|", NoSplit);

        Assert.Equal(Map(("|2|", 0)), plan.NewOnHand);
    }

    [Fact]
    public void Plan_RefreshOfNamedSegmentToItsCount_ChangesNothing()
    {
        SegmentState[] segments = [Segment("|1|", 5)];

        var plan = StockChangePlanner.Plan(segments, StockChangeKind.Refresh, 5, "|1|", NoSplit);

        Assert.False(plan.IsRefused);
        Assert.Empty(plan.NewOnHand);
    }

    [Fact]
    public void Plan_AdjustOfNamedSegment_AddsTheSignedDelta()
    {
        SegmentState[] segments = [Segment("|1|", 5, locked: 1, allocated: 2), Segment("|2|", 3)];

        var down = StockChangePlanner.Plan(segments, StockChangeKind.Adjust, -4, "|1|", NoSplit);
        var up = StockChangePlanner.Plan(segments, StockChangeKind.Adjust, 7, "|2|", NoSplit);

        Assert.Equal(Map(("|1|", 1)), down.NewOnHand);
        Assert.Equal(Map(("|2|", 10)), up.NewOnHand);
    }

    [Fact]
    public void Plan_AdjustOfNamedSegmentToExactlyZero_IsAccepted()
    {
        SegmentState[] segments = [Segment("|1|", 5)];

        var plan = StockChangePlanner.Plan(segments, StockChangeKind.Adjust, -5, "|1|", NoSplit);

        Assert.False(plan.IsRefused);
        Assert.Equal(Map(("|1|", 0)), plan.NewOnHand);
    }

    [Fact]
    public void Plan_AdjustOfNamedSegmentBelowZero_IsRefusedWithMessage()
    {
        // The other segment's units do not count: only the named segment is changed.
        SegmentState[] segments = [Segment("|1|", 5), Segment("|2|", 100)];

        var plan = StockChangePlanner.Plan(segments, StockChangeKind.Adjust, -6, "|1|", NoSplit);

        Assert.True(plan.IsRefused);
        Assert.Equal("The segment has 5 on hand; it cannot go below 0 (delta -6).", plan.Error);
        Assert.Empty(plan.NewOnHand);
    }

    [Fact]
    public void Plan_AdjustOfNamedSegmentAboveIntRange_IsRefused()
    {
        SegmentState[] segments = [Segment("|1|", int.MaxValue - 1)];

        var plan = StockChangePlanner.Plan(segments, StockChangeKind.Adjust, 2, "|1|", NoSplit);

        Assert.True(plan.IsRefused);
        Assert.Equal("The quantity is too large.", plan.Error);
    }

    [Fact]
    public void Plan_NegativeRefreshOfNamedSegment_IsRefused()
    {
        SegmentState[] segments = [Segment("|1|", 5)];

        var plan = StockChangePlanner.Plan(segments, StockChangeKind.Refresh, -1, "|1|", NoSplit);

        Assert.True(plan.IsRefused);
        Assert.Equal("A counted quantity cannot be negative.", plan.Error);
        Assert.Empty(plan.NewOnHand);
    }

    // Spread over the record: refresh

    [Fact]
    public void Plan_SpreadRefreshAboveTotal_SplitsTheDifferenceTargetMinusCurrent()
    {
        SegmentState[] segments = [Segment("|1|", 4), Segment("|2|", 2)];
        var asked = new List<int>();

        var plan = StockChangePlanner.Plan(segments, StockChangeKind.Refresh, 10, null, units =>
        {
            asked.Add(units);
            return [new("|1|", 3), new("|2|", 1)];
        });

        Assert.Equal([4], asked);
        Assert.Equal(Map(("|1|", 7), ("|2|", 3)), plan.NewOnHand);
    }

    [Fact]
    public void Plan_SpreadRefreshBelowTotal_TakesTheDifferenceFromFreeUnits()
    {
        SegmentState[] segments = [Segment("|1|", 6), Segment("|2|", 4)];

        var plan = StockChangePlanner.Plan(segments, StockChangeKind.Refresh, 5, null, NoSplit);

        Assert.Equal(Map(("|1|", 3), ("|2|", 2)), plan.NewOnHand);
    }

    [Fact]
    public void Plan_SpreadRefreshToCurrentTotal_ChangesNothing()
    {
        SegmentState[] segments = [Segment("|1|", 6), Segment("|2|", 4)];

        var plan = StockChangePlanner.Plan(segments, StockChangeKind.Refresh, 10, null, NoSplit);

        Assert.False(plan.IsRefused);
        Assert.Empty(plan.NewOnHand);
    }

    [Fact]
    public void Plan_SpreadRefreshToZero_EmptiesEveryStockedSegment()
    {
        SegmentState[] segments = [Segment("|1|", 6, allocated: 2), Segment("|2|", 4, locked: 4), Segment("|3|", 0)];

        var plan = StockChangePlanner.Plan(segments, StockChangeKind.Refresh, 0, null, NoSplit);

        Assert.Equal(Map(("|1|", 0), ("|2|", 0)), plan.NewOnHand);
    }

    [Fact]
    public void Plan_SpreadRefreshOfNegativeCount_IsRefused()
    {
        SegmentState[] segments = [Segment("|1|", 6)];

        var plan = StockChangePlanner.Plan(segments, StockChangeKind.Refresh, -3, null, NoSplit);

        Assert.True(plan.IsRefused);
        Assert.Equal("A counted quantity cannot be negative.", plan.Error);
    }

    [Fact]
    public void Plan_SpreadRefreshOfEmptyRecord_SplitsTheWholeCount()
    {
        var plan = StockChangePlanner.Plan([], StockChangeKind.Refresh, 10, null, SplitInto(("|1|", 8), ("|2|", 2)));

        Assert.Equal(Map(("|1|", 8), ("|2|", 2)), plan.NewOnHand);
    }

    // Spread over the record: positive delta

    [Fact]
    public void Plan_SpreadPositiveAdjust_AddsWhatTheSplitGivesEachSegment()
    {
        SegmentState[] segments = [Segment("|1|", 10, locked: 3, allocated: 5), Segment("|2|", 1)];

        var plan = StockChangePlanner.Plan(segments, StockChangeKind.Adjust, 10, null, SplitInto(("|1|", 6), ("|2|", 3), ("|3|", 1)));

        Assert.Equal(Map(("|1|", 16), ("|2|", 4), ("|3|", 1)), plan.NewOnHand);
    }

    [Fact]
    public void Plan_SpreadPositiveAdjust_LeavesSegmentsTheSplitGivesNothingOut()
    {
        SegmentState[] segments = [Segment("|1|", 10), Segment("|2|", 1)];

        var plan = StockChangePlanner.Plan(segments, StockChangeKind.Adjust, 1, null, SplitInto(("|1|", 1), ("|2|", 0), ("|3|", 0)));

        Assert.Equal(Map(("|1|", 11)), plan.NewOnHand);
    }

    [Fact]
    public void Plan_SpreadAdjustOfZero_ChangesNothing()
    {
        SegmentState[] segments = [Segment("|1|", 10)];

        var plan = StockChangePlanner.Plan(segments, StockChangeKind.Adjust, 0, null, NoSplit);

        Assert.False(plan.IsRefused);
        Assert.Empty(plan.NewOnHand);
    }
}
