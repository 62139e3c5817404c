namespace InventoryAdmin.Domain.Model.Redistribution;

/// <summary>
/// SPEC §5 for one record: free units move from segments above their target to segments below it; allocated and
/// locked units never move; a segment that cannot reach its target is a residual. Pure: the caller supplies the
/// stock rows, the allocations, the targets and which rows may receive units.
/// </summary>
/// <remarks>
/// Units are relabelled where they lie: a move takes units from a sellable row of the donor segment and puts them
/// on the receiving segment's row in the same storage location, so nothing physically moves and a unit never
/// becomes locked by being relabelled. Running the plan's result through the planner again moves nothing: either
/// every donor gave all it could (no free surplus left) or every receiver reached its target, and the targets
/// depend only on the record's total On Hand, which a move does not change.
/// </remarks>
public static class RedistributionPlanner
{
    /// <param name="rows">The record's stock rows (a segment may have one row per storage location).</param>
    /// <param name="allocated">Open allocations per segment key.</param>
    /// <param name="targets">Target On Hand per segment key; null = nothing to redistribute (tags off or all discrete).</param>
    /// <param name="canReceive">Whether the row of a segment at a storage location may take units (exists and sellable, or would be).</param>
    /// <param name="order">Orders segment keys for a deterministic plan (display order).</param>
    public static RedistributionPlan Plan(IReadOnlyList<RedistributionRow> rows, IReadOnlyDictionary<string, int> allocated,
        IReadOnlyDictionary<string, int>? targets, Func<string, int, bool> canReceive, IComparer<string> order)
    {
        if (targets is null) return RedistributionPlan.Nothing;

        var onHand = new Dictionary<string, int>(StringComparer.Ordinal);
        var sellable = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            onHand[row.Segment] = onHand.GetValueOrDefault(row.Segment) + row.Quantity;
            if (row.Sellable) sellable[row.Segment] = sellable.GetValueOrDefault(row.Segment) + row.Quantity;
        }

        var keys = onHand.Keys.Concat(targets.Keys).Distinct(StringComparer.Ordinal).Order(order).ToList();
        var give = keys.ToDictionary(k => k, k => Math.Max(0, Math.Min(onHand.GetValueOrDefault(k) - targets.GetValueOrDefault(k),
            sellable.GetValueOrDefault(k) - allocated.GetValueOrDefault(k))), StringComparer.Ordinal);
        var need = keys.ToDictionary(k => k, k => Math.Max(0, targets.GetValueOrDefault(k) - onHand.GetValueOrDefault(k)), StringComparer.Ordinal);

        // What each sellable row can still give; rows outside storage locations first, then by storage location.
        var rowLeft = rows.Where(r => r.Sellable && r.Quantity > 0)
            .OrderBy(r => r.Storage).ToList()
            .Select(r => new RowLeft(r.Segment, r.Storage, r.Quantity)).ToList();

        var rowMoves = new List<RowMove>();
        foreach (var from in keys.Where(k => give[k] > 0))
        {
            foreach (var to in keys.Where(k => need[k] > 0 && k != from))
            {
                foreach (var source in rowLeft.Where(r => r.Segment == from && r.Left > 0))
                {
                    var quantity = Math.Min(Math.Min(give[from], need[to]), source.Left);
                    if (quantity == 0) break;
                    if (!canReceive(to, source.Storage)) continue;
                    rowMoves.Add(new RowMove(from, to, source.Storage, quantity));
                    source.Left -= quantity;
                    give[from] -= quantity;
                    need[to] -= quantity;
                }

                if (give[from] == 0) break;
            }
        }

        var moves = rowMoves.GroupBy(m => (m.From, m.To))
            .Select(g => new SegmentMove(g.Key.From, g.Key.To, g.Sum(m => m.Quantity))).ToList();
        var after = new Dictionary<string, int>(onHand, StringComparer.Ordinal);
        foreach (var move in moves)
        {
            after[move.From] -= move.Quantity;
            after[move.To] = after.GetValueOrDefault(move.To) + move.Quantity;
        }

        var residuals = keys.Where(k => after.GetValueOrDefault(k) != targets.GetValueOrDefault(k))
            .Select(k => new Residual(k, targets.GetValueOrDefault(k), after.GetValueOrDefault(k))).ToList();
        return new RedistributionPlan(moves, rowMoves, residuals);
    }

    private sealed class RowLeft(string segment, int storage, int left)
    {
        public string Segment { get; } = segment;

        public int Storage { get; } = storage;

        public int Left { get; set; } = left;
    }
}
