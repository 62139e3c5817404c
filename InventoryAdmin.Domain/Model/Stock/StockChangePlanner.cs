namespace InventoryAdmin.Domain.Model.Stock;

/// <summary>
/// The update rules of SPEC §3 for one record: what On Hand each segment gets from a refresh or an adjust.
/// Pure: the caller supplies the current segments and, for positive deltas, the percentage split.
/// </summary>
public static class StockChangePlanner
{
    /// <param name="segments">The record's segments now (any order; keys unique).</param>
    /// <param name="amount">Refresh: the new On Hand (≥ 0). Adjust: the signed delta.</param>
    /// <param name="segmentKey">The one segment to change, or null to spread the change over the record.</param>
    /// <param name="split">Splits a positive number of units over segment keys (the percentage split).</param>
    /// <returns>New On Hand per segment key, for the segments whose On Hand changes.</returns>
    public static StockChangePlan Plan(IReadOnlyList<SegmentState> segments, StockChangeKind kind, int amount, string? segmentKey,
        Func<int, IReadOnlyList<KeyValuePair<string, int>>> split)
    {
        if (kind == StockChangeKind.Refresh && amount < 0)
            return StockChangePlan.Refused("A counted quantity cannot be negative.");

        if (segmentKey is not null)
        {
            var current = segments.FirstOrDefault(s => s.Key == segmentKey)?.Figures.OnHand ?? 0;
            var next = kind == StockChangeKind.Refresh ? amount : (long)current + amount;
            if (next < 0) return StockChangePlan.Refused($"The segment has {current} on hand; it cannot go below 0 (delta {amount}).");
            var recordTotal = segments.Sum(s => (long)s.Figures.OnHand) - current + next;
            if (recordTotal > int.MaxValue) return StockChangePlan.Refused("The quantity is too large.");
            return next == current ? StockChangePlan.None : new StockChangePlan(new Dictionary<string, int> { [segmentKey] = (int)next }, null);
        }

        var total = segments.Sum(s => (long)s.Figures.OnHand);
        var delta = kind == StockChangeKind.Refresh ? amount - total : amount;
        if (delta == 0) return StockChangePlan.None;
        if (total + delta > int.MaxValue) return StockChangePlan.Refused("The quantity is too large.");
        if (delta > 0) return Add(segments, split((int)delta));
        if (-delta > total) return StockChangePlan.Refused($"Only {total} on hand; cannot take {-delta}.");
        return Take(segments, (int)-delta);
    }

    private static StockChangePlan Add(IReadOnlyList<SegmentState> segments, IReadOnlyList<KeyValuePair<string, int>> shares)
    {
        var result = new Dictionary<string, int>();
        foreach (var (key, units) in shares.Where(s => s.Value > 0))
        {
            var current = result.TryGetValue(key, out var sofar) ? sofar : segments.FirstOrDefault(s => s.Key == key)?.Figures.OnHand ?? 0;
            result[key] = current + units;
        }

        return new StockChangePlan(result, null);
    }

    /// <summary>Free units first, in proportion to them; only then units that are allocated or locked.</summary>
    private static StockChangePlan Take(IReadOnlyList<SegmentState> segments, int units)
    {
        var ordered = segments.OrderBy(s => s.Key, StringComparer.Ordinal).ToList();
        var free = ordered.Select(s => (long)s.Free).ToList();
        var fromFree = Apportion.ByWeight((int)Math.Min(units, free.Sum()), free);
        var rest = units - fromFree.Sum();
        var fromHeld = Apportion.ByWeight(rest, ordered.Select((s, i) => (long)s.Figures.OnHand - fromFree[i]).ToList());

        var result = new Dictionary<string, int>();
        for (var i = 0; i < ordered.Count; i++)
        {
            var taken = fromFree[i] + fromHeld[i];
            if (taken > 0) result[ordered[i].Key] = ordered[i].Figures.OnHand - taken;
        }

        return new StockChangePlan(result, null);
    }
}
