using FsCheck;
using FsCheck.Fluent;
using InventoryAdmin.Domain.Model.Redistribution;
using InventoryAdmin.Domain.Model.Stock;

namespace InventoryAdmin.Tests.Support.Redistribution;

/// <summary>FsCheck generators of <see cref="RedistributionCase"/>s: 1–6 segments over up to 3 storage locations.</summary>
public class RedistributionCaseArbitrary
{
    public static Arbitrary<RedistributionCase> RedistributionCase() =>
        Arb.From(
            from segmentCount in Gen.Choose(1, 6)
            let segments = Enumerable.Range(1, segmentCount).Select(i => $"|{i}|").ToList()
            from rows in Gen.CollectToList(segments.SelectMany(s => new[] { (s, 0), (s, 1), (s, 2) }), Row)
            let stocked = rows.Where(r => r is not null).Select(r => r!).ToList()
            from allocated in Gen.CollectToList(segments, s => Allocation(stocked, s))
            from weights in Gen.ListOf(Gen.Frequency((1, Gen.Constant(0L)), (3, Gen.Choose(1, 100).Select(w => (long)w))), segmentCount)
            from refusing in Gen.SubListOf(segments.SelectMany(s => new[] { (s, 0), (s, 1), (s, 2) }))
            let total = stocked.Sum(r => r.Quantity)
            let parts = Apportion.ByWeight(total, weights.Sum() == 0 ? [.. weights.Select(_ => 1L)] : weights)
            select new RedistributionCase(stocked,
                segments.Select((s, i) => (s, allocated[i])).Where(x => x.Item2 > 0).ToDictionary(x => x.s, x => x.Item2),
                segments.Select((s, i) => (s, parts[i])).ToDictionary(x => x.s, x => x.Item2),
                refusing.ToHashSet()));

    private static Gen<RedistributionRow?> Row((string Segment, int Storage) at) =>
        from present in Gen.Frequency((1, Gen.Constant(false)), (2, Gen.Constant(true)))
        from quantity in Gen.Frequency((1, Gen.Choose(0, 5)), (3, Gen.Choose(0, 200)))
        from sellable in Gen.Frequency((1, Gen.Constant(false)), (4, Gen.Constant(true)))
        select present ? new RedistributionRow(at.Segment, at.Storage, quantity, sellable) : null;

    private static Gen<int> Allocation(IReadOnlyList<RedistributionRow> rows, string segment)
    {
        var sellable = rows.Where(r => r.Segment == segment && r.Sellable).Sum(r => r.Quantity);
        return Gen.Frequency((2, Gen.Constant(0)), (3, Gen.Choose(0, sellable)), (1, Gen.Choose(0, sellable + 50)));
    }
}
