namespace InventoryAdmin.Domain.Model.Tags;

/// <summary>
/// The percentage split of SPEC §3: largest remainder, ties by display order, blank values taking the
/// leftover, hierarchical over several tags in display order; discrete tags take the given value or default.
/// </summary>
public static class PercentageSplit
{
    /// <summary>Splits <paramref name="total"/> units over every segment the tags define.</summary>
    /// <param name="given">Values named by the input for discrete tags (tag name → value name).</param>
    public static IReadOnlyList<SegmentShare> Split(int total, IEnumerable<Tag> tags, IReadOnlyDictionary<string, string>? given = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        var chosenValues = given is null ? null : new Dictionary<string, string>(given, StringComparer.OrdinalIgnoreCase);
        var shares = new List<SegmentShare> { new(SegmentKey.Empty, total) };
        foreach (var tag in tags.OrderBy(t => t.DisplayOrder).ThenBy(t => t.Id))
        {
            var values = tag.Values;
            if (tag.Mode == TagMode.Discrete)
            {
                var chosen = chosenValues is not null && chosenValues.TryGetValue(tag.Name, out var name)
                    ? tag.FindValue(name) ?? tag.DefaultValue
                    : tag.DefaultValue;
                shares = shares.Select(s => s with { Key = s.Key.With(tag.Name, chosen.Name) }).ToList();
                continue;
            }

            var defaultIndex = values.ToList().FindIndex(v => v.IsDefault);
            var percents = values.Select(v => v.BasisPoints).ToList();
            shares = shares
                .SelectMany(s => SplitOne(s.Units, percents, defaultIndex)
                    .Select((units, i) => new SegmentShare(s.Key.With(tag.Name, values[i].Name), units)))
                .ToList();
        }

        return shares;
    }

    /// <summary>Splits units over one tag's values; <paramref name="basisPoints"/> null = blank.</summary>
    public static int[] SplitOne(int total, IReadOnlyList<int?> basisPoints, int defaultIndex)
    {
        var parts = new int[basisPoints.Count];
        var remainders = new long[basisPoints.Count];
        var assigned = 0;
        for (var i = 0; i < parts.Length; i++)
        {
            if (basisPoints[i] is not { } bp) continue;
            var exact = (long)total * bp;
            parts[i] = (int)(exact / Percent.Whole);
            remainders[i] = exact % Percent.Whole;
            assigned += parts[i];
        }

        var leftover = total - assigned;
        var blanks = Enumerable.Range(0, parts.Length).Where(i => basisPoints[i] is null).ToList();
        if (blanks.Count == 0)
        {
            // Largest fractional part first; OrderBy is stable, so ties keep display order.
            foreach (var i in Enumerable.Range(0, parts.Length).OrderByDescending(i => remainders[i]).Take(leftover))
                parts[i]++;
        }
        else if (basisPoints[defaultIndex] is null)
        {
            parts[defaultIndex] += leftover;
        }
        else
        {
            for (var k = 0; k < blanks.Count; k++)
                parts[blanks[k]] += leftover / blanks.Count + (k < leftover % blanks.Count ? 1 : 0);
        }

        return parts;
    }
}
