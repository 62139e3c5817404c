using InventoryAdmin.Domain.Model.Stock;

namespace InventoryAdmin.Tests.Support.Stock;

/// <summary>Building blocks for the stock change planner tests: segments, splits and expected On Hand.</summary>
internal static class PlannerCases
{
    public static SegmentState Segment(string key, int onHand, int locked = 0, int allocated = 0) =>
        new(key, new Figures(onHand, locked, allocated));

    public static Func<int, IReadOnlyList<KeyValuePair<string, int>>> NoSplit =>
        units => throw new InvalidOperationException($"The split must not be asked for ({units} units).");

    public static Func<int, IReadOnlyList<KeyValuePair<string, int>>> SplitInto(params (string Key, int Units)[] shares) =>
        _ => shares.Select(s => new KeyValuePair<string, int>(s.Key, s.Units)).ToList();

    public static Dictionary<string, int> Map(params (string Key, int OnHand)[] entries) => entries.ToDictionary(e => e.Key, e => e.OnHand);
}
