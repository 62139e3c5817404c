using InventoryAdmin.Domain.Model.Stock;

namespace InventoryAdmin.Tests.Support.Stock;

/// <summary>
/// A random input of <see cref="StockChangePlanner.Plan"/>: a record's segments, a refresh or adjust, the one
/// segment it names (null = spread over the record) and the weights of a stand-in percentage split.
/// </summary>
public sealed record PlanCase(
    IReadOnlyList<SegmentState> Segments,
    StockChangeKind Kind,
    int Amount,
    string? SegmentKey,
    IReadOnlyList<KeyValuePair<string, int>> SplitWeights)
{
    public long Total => Segments.Sum(s => (long)s.Figures.OnHand);

    public long FreeTotal => Segments.Sum(s => (long)s.Free);

    public int CurrentOf(string key) => Segments.FirstOrDefault(s => s.Key == key)?.Figures.OnHand ?? 0;

    /// <summary>The signed change of the record's total the request asks for.</summary>
    public long RequestedDelta => (Kind, SegmentKey) switch
    {
        (StockChangeKind.Adjust, _) => Amount,
        (StockChangeKind.Refresh, null) => Amount - Total,
        (StockChangeKind.Refresh, { } key) => Amount - CurrentOf(key),
        _ => throw new InvalidOperationException($"Unknown kind {Kind}."),
    };

    /// <summary>
    /// A stand-in for the percentage split, independent of the code under test: floor of each weight's share,
    /// the leftover to the first key. Always sums to <paramref name="units"/>.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, int>> Split(int units)
    {
        var sum = SplitWeights.Sum(w => (long)w.Value);
        var parts = SplitWeights.Select(w => (int)((long)units * w.Value / sum)).ToArray();
        parts[0] += units - parts.Sum();
        return SplitWeights.Select((w, i) => new KeyValuePair<string, int>(w.Key, parts[i])).ToList();
    }

    /// <summary>On Hand per key after applying a plan's changes to the current segments.</summary>
    public Dictionary<string, int> After(StockChangePlan plan)
    {
        var result = Segments.ToDictionary(s => s.Key, s => s.Figures.OnHand);
        foreach (var (key, onHand) in plan.NewOnHand) result[key] = onHand;
        return result;
    }

    public override string ToString() =>
        $"{Kind} {Amount} {(SegmentKey is null ? "spread" : $"segment {SegmentKey}")}; segments: " +
        string.Join(", ", Segments.Select(s => $"{s.Key}(on {s.Figures.OnHand}, locked {s.Figures.Locked}, alloc {s.Figures.Allocated})")) +
        "; split: " + string.Join(", ", SplitWeights.Select(w => $"{w.Key}:{w.Value}"));
}
