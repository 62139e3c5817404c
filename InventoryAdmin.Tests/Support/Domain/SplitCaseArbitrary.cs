using FsCheck;
using FsCheck.Fluent;
using InventoryAdmin.Domain.Model.Tags;

namespace InventoryAdmin.Tests.Support.Domain;

/// <summary>
/// FsCheck generators of valid <see cref="SplitCase"/>s: 1–3 tags of 1–6 values whose percentages (in basis
/// points) either all sum to 10000, or leave some blank with the given ones summing to at most 10000, or are
/// all blank (discrete); T in 0..100000, often small so rounding matters.
/// </summary>
public class SplitCaseArbitrary
{
    private enum PercentMode
    {
        AllGiven,
        SomeBlank,
        NoneGiven,
    }

    public static Arbitrary<SplitCase> SplitCase() =>
        Arb.From(
            from total in Gen.Frequency((1, Gen.Choose(0, 20)), (3, Gen.Choose(0, 100_000)))
            from tagCount in Gen.Choose(1, 3)
            from drafts in Gen.CollectToList(Enumerable.Range(0, tagCount).Select(TagDraft))
            select new SplitCase(total, drafts));

    private static Gen<TagDraft> TagDraft(int tagIndex) =>
        from valueCount in Gen.Choose(1, 6)
        from mode in Gen.Elements(PercentMode.AllGiven, PercentMode.SomeBlank, PercentMode.NoneGiven)
        from basisPoints in BasisPoints(valueCount, valueCount == 1 && mode == PercentMode.SomeBlank ? PercentMode.AllGiven : mode)
        from defaultIndex in Gen.Choose(0, valueCount - 1)
        select new TagDraft(
            $"Tag{tagIndex}",
            basisPoints.Select((bp, i) => new TagValueDraft($"V{i}", bp is { } b ? Percent.FromBasisPoints(b) : null)).ToList(),
            $"V{defaultIndex}");

    private static Gen<int?[]> BasisPoints(int count, PercentMode mode) => mode switch
    {
        // Every value at least 1 bp (0.01 %), all together exactly 10000.
        PercentMode.AllGiven => Gen.Piles(count, Percent.Whole - count).Select(piles => piles.Select(p => (int?)(p + 1)).ToArray()),
        // 1..count-1 values given, at random positions; the extra pile is the unassigned slack (may be 0).
        PercentMode.SomeBlank =>
            from given in Gen.Choose(1, count - 1)
            from piles in Gen.Piles(given + 1, Percent.Whole - given)
            from positions in Gen.Shuffle(Enumerable.Range(0, count))
            select Enumerable.Range(0, count)
                .Select(i => Array.IndexOf(positions, i) is var k && k < given ? (int?)(piles[k] + 1) : null)
                .ToArray(),
        _ => Gen.Constant(new int?[count]),
    };
}
