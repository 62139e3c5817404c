using FsCheck;
using FsCheck.Fluent;
using InventoryAdmin.Domain.Model.Stock;

namespace InventoryAdmin.Tests.Support.Stock;

/// <summary>
/// FsCheck generators of <see cref="PlanCase"/>s: 1–8 segments with On Hand 0..1000, Locked and Allocated
/// usually within On Hand but sometimes beyond it (short segments); refreshes and adjusts, spread or on one
/// segment (possibly one not stocked yet), with amounts that often hit the boundaries (take exactly the
/// free units, one more, everything, one more than everything).
/// </summary>
public class PlanCaseArbitrary
{
    private const string NewKey = "|99|";

    public static Arbitrary<PlanCase> PlanCase() =>
        Arb.From(
            from count in Gen.Choose(1, 8)
            from segments in Gen.CollectToList(Enumerable.Range(1, count), Segment)
            from kind in Gen.Elements(StockChangeKind.Refresh, StockChangeKind.Adjust)
            from key in Gen.Frequency(
                (3, Gen.Constant<string?>(null)),
                (1, Gen.Elements(segments.Select(s => (string?)s.Key).Append(NewKey).ToArray())))
            from amount in Amount(segments, kind, key)
            from split in SplitWeights(segments)
            select new PlanCase(segments, kind, amount, key, split));

    private static Gen<SegmentState> Segment(int id) =>
        from onHand in Gen.Frequency((1, Gen.Constant(0)), (2, Gen.Choose(0, 10)), (5, Gen.Choose(0, 1000)))
        from withinOnHand in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
        from locked in withinOnHand
            ? Gen.Frequency((1, Gen.Constant(0)), (2, Gen.Choose(0, onHand)))
            : Gen.Choose(0, 1000)
        from allocated in withinOnHand
            ? Gen.Frequency((1, Gen.Constant(0)), (2, Gen.Choose(0, onHand - locked)))
            : Gen.Choose(0, 1000)
        select new SegmentState($"|{id}|", new Figures(onHand, locked, allocated));

    private static Gen<int> Amount(IReadOnlyList<SegmentState> segments, StockChangeKind kind, string? key)
    {
        var total = segments.Sum(s => s.Figures.OnHand);
        var free = segments.Sum(s => s.Free);
        var current = key is null ? total : segments.FirstOrDefault(s => s.Key == key)?.Figures.OnHand ?? 0;
        return kind == StockChangeKind.Refresh
            ? Gen.Frequency(
                (6, Gen.Choose(0, current + 1000)),
                (1, Gen.Choose(-5, -1)),
                (1, Gen.Elements(0, current, Math.Max(0, total - free), Math.Max(0, total - free - 1))))
            : Gen.Frequency(
                (6, Gen.Choose(-current - 20, 1000)),
                (2, Gen.Elements(0, -current, -current - 1, -free, -free - 1, 1)));
    }

    /// <summary>Weights over some of the existing keys and maybe keys not stocked yet; at least one positive.</summary>
    private static Gen<IReadOnlyList<KeyValuePair<string, int>>> SplitWeights(IReadOnlyList<SegmentState> segments) =>
        from keys in Gen.SubListOf(segments.Select(s => s.Key).Concat(["|50|", "|51|"]))
        from weights in Gen.ListOf(Gen.Choose(1, 100), Math.Max(1, keys.Count))
        select (IReadOnlyList<KeyValuePair<string, int>>)(keys.Count == 0 ? ["|50|"] : keys)
            .Select((k, i) => new KeyValuePair<string, int>(k, weights[i])).ToList();
}
