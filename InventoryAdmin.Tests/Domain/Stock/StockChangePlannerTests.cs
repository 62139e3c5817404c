using InventoryAdmin.Domain.Model.Stock;

namespace InventoryAdmin.Tests.Domain.Stock;

public class StockChangePlannerTests
{
    private static SegmentState Segment(string key, int onHand, int locked = 0, int allocated = 0) =>
        new(key, new Figures(onHand, locked, allocated));

    private static Func<int, IReadOnlyList<KeyValuePair<string, int>>> NoSplit =>
        units => throw new InvalidOperationException($"The split must not be asked for ({units} units).");

    private static Func<int, IReadOnlyList<KeyValuePair<string, int>>> SplitInto(params (string Key, int Units)[] shares) =>
        _ => shares.Select(s => new KeyValuePair<string, int>(s.Key, s.Units)).ToList();

    private static Dictionary<string, int> Map(params (string Key, int OnHand)[] entries) => entries.ToDictionary(e => e.Key, e => e.OnHand);

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
