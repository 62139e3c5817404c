using InventoryAdmin.Domain.Model.Redistribution;

namespace InventoryAdmin.Tests.Support.Redistribution;

/// <summary>
/// A random record for <see cref="RedistributionPlanner"/>: stock rows (segment, storage location, units, sellable),
/// allocations per segment (sometimes beyond what is sellable: short), targets that add up to the record's On Hand,
/// and storage locations whose rows of some segments refuse units (as a locked row does, like the service's).
/// </summary>
public sealed record RedistributionCase(
    IReadOnlyList<RedistributionRow> Rows,
    IReadOnlyDictionary<string, int> Allocated,
    IReadOnlyDictionary<string, int> Targets,
    IReadOnlySet<(string Segment, int Storage)> Refusing)
{
    public RedistributionPlan Plan() => Plan(Rows);

    public RedistributionPlan Plan(IReadOnlyList<RedistributionRow> rows) =>
        RedistributionPlanner.Plan(rows, Allocated, Targets,
            (segment, storage) => !Refusing.Contains((segment, storage)) && !rows.Any(r => (r.Segment, r.Storage) == (segment, storage) && !r.Sellable),
            StringComparer.Ordinal);

    /// <summary>The rows after the plan's row moves (the planner's caller does the same on the stored rows).</summary>
    public IReadOnlyList<RedistributionRow> After(RedistributionPlan plan)
    {
        var rows = Rows.ToDictionary(r => (r.Segment, r.Storage), r => r);
        foreach (var move in plan.RowMoves)
        {
            var source = rows[(move.From, move.Storage)];
            rows[(move.From, move.Storage)] = source with { Quantity = source.Quantity - move.Quantity };
            rows[(move.To, move.Storage)] = rows.TryGetValue((move.To, move.Storage), out var to)
                ? to with { Quantity = to.Quantity + move.Quantity }
                : new RedistributionRow(move.To, move.Storage, move.Quantity, Sellable: true);
        }

        return rows.Values.ToList();
    }

    public static int OnHand(IEnumerable<RedistributionRow> rows, string segment) => rows.Where(r => r.Segment == segment).Sum(r => r.Quantity);

    public int Free(string segment) =>
        Math.Max(0, Rows.Where(r => r.Segment == segment && r.Sellable).Sum(r => r.Quantity) - Allocated.GetValueOrDefault(segment));

    public override string ToString() =>
        $"rows [{string.Join(", ", Rows)}] allocated [{string.Join(", ", Allocated)}] targets [{string.Join(", ", Targets)}] refusing [{string.Join(", ", Refusing)}]";
}
