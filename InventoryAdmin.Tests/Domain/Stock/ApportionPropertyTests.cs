using FsCheck.Xunit;
using InventoryAdmin.Domain.Model.Stock;
using InventoryAdmin.Tests.Support.Stock;

namespace InventoryAdmin.Tests.Domain.Stock;

public class ApportionPropertyTests
{
    [Property(Arbitrary = [typeof(ApportionCaseArbitrary)], MaxTest = 500)]
    public void ByWeight_AnyPositiveWeights_PartsSumToTotal(ApportionCase input)
    {
        if (input.WeightSum == 0) return;

        var parts = Apportion.ByWeight(input.Total, input.Weights);

        Assert.Equal(input.Total, parts.Sum(p => (long)p));
    }

    [Property(Arbitrary = [typeof(ApportionCaseArbitrary)], MaxTest = 500)]
    public void ByWeight_TotalWithinWeightSum_NoPartExceedsItsWeightOrIsNegative(ApportionCase input)
    {
        if (input.Total > input.WeightSum) return;

        var parts = Apportion.ByWeight(input.Total, input.Weights);

        for (var i = 0; i < parts.Length; i++)
            Assert.InRange(parts[i], 0, input.Weights[i]);
    }

    [Property(Arbitrary = [typeof(ApportionCaseArbitrary)], MaxTest = 500)]
    public void ByWeight_AnyInput_EachPartIsItsExactShareRoundedDownOrUp(ApportionCase input)
    {
        if (input.WeightSum == 0) return;

        var parts = Apportion.ByWeight(input.Total, input.Weights);

        for (var i = 0; i < parts.Length; i++)
        {
            var floor = (long)input.Total * input.Weights[i] / input.WeightSum;
            Assert.InRange(parts[i], floor, floor + 1);
        }
    }

    [Property(Arbitrary = [typeof(ApportionCaseArbitrary)], MaxTest = 500)]
    public void ByWeight_AnyInput_LargerOrEarlierEqualWeightNeverGetsLess(ApportionCase input)
    {
        var parts = Apportion.ByWeight(input.Total, input.Weights);

        for (var i = 0; i < parts.Length; i++)
            for (var j = i + 1; j < parts.Length; j++)
            {
                // Equal weights: ties by position, the earlier one first. Otherwise the heavier one never gets less.
                if (input.Weights[i] >= input.Weights[j]) Assert.True(parts[i] >= parts[j], $"part {i} = {parts[i]} < part {j} = {parts[j]}");
                else Assert.True(parts[i] <= parts[j], $"part {i} = {parts[i]} > part {j} = {parts[j]}");
            }
    }
}
