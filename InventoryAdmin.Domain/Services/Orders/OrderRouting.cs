namespace InventoryAdmin.Domain.Services.Orders;

/// <summary>
/// SPEC §6 routing: a given location, or among the locations whose Available covers the quantity the highest
/// Priority, then the most Available, then the code; with split, every location with units in that order.
/// </summary>
internal static class OrderRouting
{
    public sealed record Candidate(int LocationId, string Code, int Priority, int Available);

    public static IReadOnlyList<Candidate> Order(IEnumerable<Candidate> candidates) =>
        candidates.OrderByDescending(c => c.Priority).ThenByDescending(c => c.Available).ThenBy(c => c.Code, StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>The (location, units) to try, best first: whole quantity only, or with split as much as each has.</summary>
    public static IEnumerable<(Candidate Location, int Units)> Plan(IReadOnlyList<Candidate> ordered, int quantity, bool split)
    {
        if (!split)
        {
            foreach (var c in ordered.Where(c => c.Available >= quantity)) yield return (c, quantity);
            yield break;
        }

        foreach (var c in ordered.Where(c => c.Available > 0)) yield return (c, Math.Min(quantity, c.Available));
    }
}
