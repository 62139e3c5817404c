using FsCheck;
using FsCheck.Fluent;

namespace InventoryAdmin.Tests.Support.Stock;

/// <summary>
/// FsCheck generators of <see cref="ApportionCase"/>s: 1–10 weights in 0..1000 (zeros and equal weights are
/// frequent, so ties and empty parts occur), and a total mostly within 0..Σ weights, sometimes above it.
/// </summary>
public class ApportionCaseArbitrary
{
    public static Arbitrary<ApportionCase> ApportionCase() =>
        Arb.From(
            from count in Gen.Choose(1, 10)
            from weights in Gen.ListOf(Weight(), count)
            from total in Total(weights.Sum())
            select new ApportionCase(total, weights.ToList()));

    private static Gen<long> Weight() =>
        Gen.Frequency(
            (1, Gen.Constant(0L)),
            (2, Gen.Choose(1, 5).Select(w => (long)w)),
            (4, Gen.Choose(0, 1000).Select(w => (long)w)));

    private static Gen<int> Total(long weightSum) =>
        Gen.Frequency(
            (6, Gen.Choose(0, (int)weightSum)),
            (1, Gen.Constant((int)weightSum)),
            (1, Gen.Choose((int)weightSum, (int)weightSum + 5000)));
}
