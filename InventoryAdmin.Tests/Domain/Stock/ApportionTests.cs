using InventoryAdmin.Domain.Model.Stock;

namespace InventoryAdmin.Tests.Domain.Stock;

public class ApportionTests
{
    [Fact]
    public void ByWeight_TotalEqualToWeightSum_GivesEachItsWeight()
    {
        var parts = Apportion.ByWeight(10, [6, 2, 1, 1]);

        Assert.Equal([6, 2, 1, 1], parts);
    }

    [Fact]
    public void ByWeight_ExactShares_GivesThemWithoutRounding()
    {
        var parts = Apportion.ByWeight(50, [60, 20, 20]);

        Assert.Equal([30, 10, 10], parts);
    }

    [Fact]
    public void ByWeight_Leftover_GoesToLargestFractionalParts()
    {
        // Exact shares 3.5, 2.1, 1.4: floors 3, 2, 1 leave one unit, which goes to the .5.
        var parts = Apportion.ByWeight(7, [5, 3, 2]);

        Assert.Equal([4, 2, 1], parts);
    }

    [Fact]
    public void ByWeight_LeftoverOfSeveralUnits_GoesOneEachInRemainderOrder()
    {
        // Exact shares 5.6, 2.4, 0.7, 0.3, 0.7, 0.3: floors give 7, three left for .7, .7 and .6.
        var parts = Apportion.ByWeight(10, [56, 24, 7, 3, 7, 3]);

        Assert.Equal([6, 2, 1, 0, 1, 0], parts);
    }

    [Fact]
    public void ByWeight_EqualWeights_TiesGoToEarlierPositions()
    {
        var parts = Apportion.ByWeight(2, [1, 1, 1]);

        Assert.Equal([1, 1, 0], parts);
    }

    [Fact]
    public void ByWeight_EqualRemaindersAfterALargerOne_TieBrokenByPosition()
    {
        // Exact shares 2.5, 0.5, 0.5, 1.5: remainders all .5, two units left go to the first two positions.
        var parts = Apportion.ByWeight(5, [5, 1, 1, 3]);

        Assert.Equal([3, 1, 0, 1], parts);
    }

    [Fact]
    public void ByWeight_ZeroWeights_GetNothing()
    {
        var parts = Apportion.ByWeight(5, [0, 3, 0, 2]);

        Assert.Equal([0, 3, 0, 2], parts);
    }

    [Fact]
    public void ByWeight_TotalZero_GivesAllZeros()
    {
        var parts = Apportion.ByWeight(0, [4, 5]);

        Assert.Equal([0, 0], parts);
    }

    [Fact]
    public void ByWeight_AllWeightsZero_GivesAllZeros()
    {
        var parts = Apportion.ByWeight(3, [0, 0]);

        Assert.Equal([0, 0], parts);
    }

    [Fact]
    public void ByWeight_NoWeights_GivesNoParts()
    {
        var parts = Apportion.ByWeight(0, []);

        Assert.Empty(parts);
    }

    [Fact]
    public void ByWeight_TotalAboveWeightSum_StillSumsToTotalInProportion()
    {
        var parts = Apportion.ByWeight(100, [3, 1]);

        Assert.Equal([75, 25], parts);
    }

    [Fact]
    public void ByWeight_LargeTotalAndWeights_DoesNotOverflow()
    {
        var parts = Apportion.ByWeight(int.MaxValue, [3_000_000_000_000L, 1_000_000_000_000L]);

        Assert.Equal(int.MaxValue, parts.Sum(p => (long)p));
        Assert.Equal([1_610_612_735, 536_870_912], parts);
    }
}
