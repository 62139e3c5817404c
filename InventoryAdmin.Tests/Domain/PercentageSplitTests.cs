using InventoryAdmin.Domain.Model.Tags;

namespace InventoryAdmin.Tests.Domain;

public class PercentageSplitTests
{
    private static Tag Tag(string name, int displayOrder, string defaultValue, params (string Name, decimal? Percent)[] values) =>
        new(new TagDraft(name, values.Select(v => new TagValueDraft(v.Name, v.Percent)).ToList(), defaultValue), displayOrder);

    private static Tag Channel(int displayOrder = 0) =>
        Tag("Channel", displayOrder, "Kibo", ("Kibo", 80m), ("Amazon", 10m), ("Walmart", 10m));

    private static Tag OrderType(int displayOrder = 1) =>
        Tag("OrderType", displayOrder, "STH", ("STH", 70m), ("BOPIS", 30m));

    private static Dictionary<string, int> ByKey(IEnumerable<SegmentShare> shares) =>
        shares.ToDictionary(s => s.Key.ToString(), s => s.Units);

    private static int[] Units(IEnumerable<SegmentShare> shares) => shares.Select(s => s.Units).ToArray();

    [Fact]
    public void Split_SpecExampleChannelThenOrderType_GivesSpecShares()
    {
        var result = PercentageSplit.Split(10, [Channel(), OrderType()]);

        Assert.Equal(
            new Dictionary<string, int>
            {
                ["Channel=Kibo, OrderType=STH"] = 6,
                ["Channel=Kibo, OrderType=BOPIS"] = 2,
                ["Channel=Amazon, OrderType=STH"] = 1,
                ["Channel=Amazon, OrderType=BOPIS"] = 0,
                ["Channel=Walmart, OrderType=STH"] = 1,
                ["Channel=Walmart, OrderType=BOPIS"] = 0,
            },
            ByKey(result));
    }

    [Fact]
    public void Split_TagsPassedOutOfDisplayOrder_SplitsInDisplayOrder()
    {
        var result = PercentageSplit.Split(10, [OrderType(displayOrder: 1), Channel(displayOrder: 0)]);

        var shares = ByKey(result);
        Assert.Equal(6, shares["Channel=Kibo, OrderType=STH"]);
        Assert.Equal(2, shares["Channel=Kibo, OrderType=BOPIS"]);
        Assert.Equal("Channel=Kibo, OrderType=STH", result[0].Key.ToString());
    }

    [Fact]
    public void Split_OrderTypeDisplayedFirst_SplitsByOrderTypeFirst()
    {
        // STH 7 → Kibo 5, Amazon 1, Walmart 1; BOPIS 3 → Kibo 3: the hierarchy follows display order.
        var result = PercentageSplit.Split(10, [OrderType(displayOrder: 0), Channel(displayOrder: 1)]);

        var shares = ByKey(result);
        Assert.Equal(5, shares["OrderType=STH, Channel=Kibo"]);
        Assert.Equal(1, shares["OrderType=STH, Channel=Amazon"]);
        Assert.Equal(1, shares["OrderType=STH, Channel=Walmart"]);
        Assert.Equal(3, shares["OrderType=BOPIS, Channel=Kibo"]);
        Assert.Equal(0, shares["OrderType=BOPIS, Channel=Amazon"]);
        Assert.Equal(0, shares["OrderType=BOPIS, Channel=Walmart"]);
    }

    [Fact]
    public void Split_SegmentKeys_NameEveryTagInDisplayOrder()
    {
        var result = PercentageSplit.Split(10, [Channel(), OrderType()]);

        Assert.All(result, s => Assert.Equal(["Channel", "OrderType"], s.Key.Parts.Select(p => p.Key)));
        Assert.Equal(
            ["Kibo/STH", "Kibo/BOPIS", "Amazon/STH", "Amazon/BOPIS", "Walmart/STH", "Walmart/BOPIS"],
            result.Select(s => $"{s.Key["Channel"]}/{s.Key["OrderType"]}"));
    }

    [Theory]
    [InlineData(1, new[] { 0, 0, 1 })]
    [InlineData(2, new[] { 1, 0, 1 })]
    [InlineData(3, new[] { 1, 1, 1 })]
    [InlineData(100, new[] { 33, 33, 34 })]
    public void Split_ThirdsWithLargestRemainderLast_GivesLeftoverByRemainderThenDisplayOrder(int total, int[] expected)
    {
        var tag = Tag("Channel", 0, "A", ("A", 33.33m), ("B", 33.33m), ("C", 33.34m));

        var result = PercentageSplit.Split(total, [tag]);

        Assert.Equal(expected, Units(result));
    }

    [Theory]
    [InlineData(1, new[] { 1, 0, 0, 0 })]
    [InlineData(2, new[] { 1, 1, 0, 0 })]
    [InlineData(3, new[] { 1, 1, 1, 0 })]
    [InlineData(5, new[] { 2, 1, 1, 1 })]
    public void Split_EqualRemainders_GivesLeftoverInDisplayOrder(int total, int[] expected)
    {
        var tag = Tag("Channel", 0, "D", ("A", 25m), ("B", 25m), ("C", 25m), ("D", 25m));

        var result = PercentageSplit.Split(total, [tag]);

        Assert.Equal(expected, Units(result));
    }

    [Fact]
    public void Split_EqualRemainders_FollowsDisplayOrderNotAlphabet()
    {
        var tag = Tag("Channel", 0, "Amazon", ("Walmart", 50m), ("Amazon", 50m));

        var result = PercentageSplit.Split(1, [tag]);

        Assert.Equal(1, ByKey(result)["Channel=Walmart"]);
        Assert.Equal(0, ByKey(result)["Channel=Amazon"]);
    }

    [Fact]
    public void Split_BlankDefault_TakesAllLeftoverIncludingFractions()
    {
        // Amazon 1.5 → 1, Walmart 1.5 → 1, blank default Kibo takes the other 13.
        var tag = Tag("Channel", 0, "Kibo", ("Kibo", null), ("Amazon", 10m), ("Walmart", 10m));

        var result = PercentageSplit.Split(15, [tag]);

        Assert.Equal([13, 1, 1], Units(result));
    }

    [Fact]
    public void Split_BlankDefaultWithGivenSumHundred_GetsOnlyTheRoundingLeftover()
    {
        var tag = Tag("Channel", 0, "Kibo", ("Amazon", 50m), ("Kibo", null), ("Walmart", 50m));

        var result = PercentageSplit.Split(3, [tag]);

        Assert.Equal([1, 1, 1], Units(result));
    }

    [Fact]
    public void Split_BlankDefaultWithOtherBlanks_LeftoverGoesOnlyToDefault()
    {
        var tag = Tag("Channel", 0, "Kibo", ("Amazon", 20m), ("Walmart", null), ("Kibo", null));

        var result = PercentageSplit.Split(10, [tag]);

        Assert.Equal([2, 0, 8], Units(result));
    }

    [Theory]
    [InlineData(10, new[] { 5, 3, 2 })]
    [InlineData(11, new[] { 5, 3, 3 })]
    [InlineData(1, new[] { 0, 1, 0 })]
    public void Split_BlankNonDefaultValues_SplitLeftoverEvenlyFirstInDisplayOrderGettingExtra(int total, int[] expected)
    {
        var tag = Tag("Channel", 0, "Kibo", ("Kibo", 50m), ("Amazon", null), ("Walmart", null));

        var result = PercentageSplit.Split(total, [tag]);

        Assert.Equal(expected, Units(result));
    }

    [Fact]
    public void Split_BlankNonDefaultValuesInOtherOrder_ExtraGoesToFirstDisplayed()
    {
        var tag = Tag("Channel", 0, "Kibo", ("Walmart", null), ("Kibo", 50m), ("Amazon", null));

        var result = PercentageSplit.Split(10, [tag]);

        Assert.Equal(3, ByKey(result)["Channel=Walmart"]);
        Assert.Equal(5, ByKey(result)["Channel=Kibo"]);
        Assert.Equal(2, ByKey(result)["Channel=Amazon"]);
    }

    [Fact]
    public void Split_DiscreteTagWithoutGivenValue_UsesDefaultForEveryShare()
    {
        var condition = Tag("Condition", 2, "Good", ("Damaged", null), ("Good", null));

        var result = PercentageSplit.Split(10, [Channel(), OrderType(), condition]);

        Assert.Equal(6, result.Count);
        Assert.All(result, s => Assert.Equal("Good", s.Key["Condition"]));
        Assert.Equal(6, ByKey(result)["Channel=Kibo, OrderType=STH, Condition=Good"]);
    }

    [Fact]
    public void Split_DiscreteTagWithGivenValue_UsesGivenValueWithItsStoredSpelling()
    {
        var condition = Tag("Condition", 0, "Good", ("Good", null), ("Damaged", null));
        var given = new Dictionary<string, string> { ["Condition"] = " damaged " };

        var result = PercentageSplit.Split(10, [condition, Channel(displayOrder: 1)], given);

        Assert.Equal(3, result.Count);
        Assert.Equal(
            new Dictionary<string, int>
            {
                ["Condition=Damaged, Channel=Kibo"] = 8,
                ["Condition=Damaged, Channel=Amazon"] = 1,
                ["Condition=Damaged, Channel=Walmart"] = 1,
            },
            ByKey(result));
    }

    [Fact]
    public void Split_DiscreteTagNamedInOtherCase_UsesTheGivenValue()
    {
        var condition = Tag("Condition", 0, "Good", ("Good", null), ("Damaged", null));
        var given = new Dictionary<string, string> { ["condition"] = "Damaged" };

        var share = Assert.Single(PercentageSplit.Split(4, [condition], given));

        Assert.Equal("Condition=Damaged", share.Key.ToString());
        Assert.Equal(4, share.Units);
    }

    [Fact]
    public void Split_DiscreteTagWithUnknownGivenValue_FallsBackToDefault()
    {
        var condition = Tag("Condition", 0, "Good", ("Good", null), ("Damaged", null));
        var given = new Dictionary<string, string> { ["Condition"] = "Refurbished" };

        var result = PercentageSplit.Split(7, [condition], given);

        var share = Assert.Single(result);
        Assert.Equal("Condition=Good", share.Key.ToString());
        Assert.Equal(7, share.Units);
    }

    [Fact]
    public void Split_ZeroTotal_GivesEverySegmentZero()
    {
        var result = PercentageSplit.Split(0, [Channel(), OrderType()]);

        Assert.Equal(6, result.Count);
        Assert.All(result, s => Assert.Equal(0, s.Units));
    }

    [Fact]
    public void Split_NoTags_GivesTheWholeTotalToTheEmptySegment()
    {
        var result = PercentageSplit.Split(42, []);

        var share = Assert.Single(result);
        Assert.Equal(SegmentKey.Empty, share.Key);
        Assert.Equal(42, share.Units);
    }

    [Fact]
    public void Split_NegativeTotal_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PercentageSplit.Split(-1, [Channel()]));
    }

    [Fact]
    public void SplitOne_LargeTotal_DoesNotOverflow()
    {
        var result = PercentageSplit.SplitOne(int.MaxValue, [3333, 3333, 3334], defaultIndex: 0);

        Assert.Equal((long)int.MaxValue, result.Sum(x => (long)x));
        Assert.Equal([715_756_300, 715_756_299, 715_971_048], result);
    }
}
