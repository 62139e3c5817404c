using FsCheck.Xunit;
using InventoryAdmin.Domain.Model.Tags;
using InventoryAdmin.Tests.Support.Domain;

namespace InventoryAdmin.Tests.Domain;

public class PercentageSplitPropertyTests
{
    [Property(Arbitrary = [typeof(SplitCaseArbitrary)], MaxTest = 300)]
    public void Split_AnyValidTags_SharesSumToTotal(SplitCase input)
    {
        var shares = PercentageSplit.Split(input.Total, input.BuildTags());

        Assert.Equal(input.Total, shares.Sum(s => (long)s.Units));
    }

    [Property(Arbitrary = [typeof(SplitCaseArbitrary)], MaxTest = 300)]
    public void Split_AnyValidTags_NoShareIsNegative(SplitCase input)
    {
        var shares = PercentageSplit.Split(input.Total, input.BuildTags());

        Assert.All(shares, s => Assert.True(s.Units >= 0, $"{s.Key} got {s.Units}"));
    }

    [Property(Arbitrary = [typeof(SplitCaseArbitrary)], MaxTest = 300)]
    public void Split_SameInputTwiceInAnyListOrder_GivesSameShares(SplitCase input)
    {
        var first = PercentageSplit.Split(input.Total, input.BuildTags());
        var second = PercentageSplit.Split(input.Total, input.BuildTags().Reverse());

        Assert.Equal(
            first.Select(s => (s.Key.ToString(), s.Units)),
            second.Select(s => (s.Key.ToString(), s.Units)));
    }

    [Property(Arbitrary = [typeof(SplitCaseArbitrary)], MaxTest = 300)]
    public void Split_AnyValidTags_OneSharePerCombinationOfPercentageTagValues(SplitCase input)
    {
        var tags = input.BuildTags();
        var expected = tags.Where(t => t.Mode == TagMode.Percentage).Aggregate(1, (n, t) => n * t.Values.Count);

        var shares = PercentageSplit.Split(input.Total, tags);

        Assert.Equal(expected, shares.Count);
        Assert.Equal(shares.Count, shares.Select(s => s.Key).Distinct().Count());
    }

    [Property(Arbitrary = [typeof(SplitCaseArbitrary)], MaxTest = 300)]
    public void Split_FirstPercentageTag_GivenValuesGetTheirQuotaRoundedByLargestRemainder(SplitCase input)
    {
        var tags = input.BuildTags();
        var first = tags[0];
        var shares = PercentageSplit.Split(input.Total, tags);

        var allGiven = first.Values.All(v => v.BasisPoints is not null);
        foreach (var value in first.Values.Where(v => v.BasisPoints is not null))
        {
            var units = shares.Where(s => s.Key[first.Name] == value.Name).Sum(s => s.Units);
            var floor = (int)((long)input.Total * value.BasisPoints!.Value / Percent.Whole);
            // All given: floor or floor + 1 (largest remainder). Some blank: exactly floor, the blanks take the rest.
            Assert.InRange(units, floor, allGiven ? floor + 1 : floor);
        }
    }
}
