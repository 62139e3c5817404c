using InventoryAdmin.Domain.Model.Redistribution;
using InventoryAdmin.Domain.Model.Tags;
using InventoryAdmin.Domain.Services.Stock;

namespace InventoryAdmin.Domain.Services.Redistribution;

/// <summary>
/// Plans the redistribution of one record loaded in a write transaction and turns its moves into stock row changes
/// on that record, ready for the stock writer (one movement per changed row). Used by the job (mode now) and by a
/// refresh or adjust of a record marked pending (mode next update), so both move units by the same rules.
/// </summary>
internal static class RecordRedistribution
{
    public static RedistributionPlan Plan(RecordState record, TagCatalogue catalogue)
    {
        var rows = record.Rows.Select(r => new RedistributionRow(r.Key.Segment, r.Key.Storage, r.Value.Quantity, !r.Value.Locked)).ToList();
        var onHand = rows.GroupBy(r => r.Segment).ToDictionary(g => g.Key, g => g.Sum(r => r.Quantity), StringComparer.Ordinal);
        return RedistributionPlanner.Plan(rows, record.Allocated, catalogue.Targets(onHand),
            (segment, storage) => !record.Row(segment, storage).Locked, catalogue.KeyOrder);
    }

    /// <summary>Applies a plan to the record's state and adds the row changes; the record is no longer pending.</summary>
    public static void Apply(RecordState record, RedistributionPlan plan, string reason, string? reference, List<RowChange> changes)
    {
        // One movement per changed row: a donor row that gives to three segments changes once.
        var net = new List<((string Segment, int Storage) Row, int Delta)>();
        void Add(string segment, int storage, int delta)
        {
            var i = net.FindIndex(n => n.Row == (segment, storage));
            if (i < 0) net.Add(((segment, storage), delta));
            else net[i] = (net[i].Row, net[i].Delta + delta);
        }

        foreach (var move in plan.RowMoves)
        {
            Add(move.From, move.Storage, -move.Quantity);
            Add(move.To, move.Storage, move.Quantity);
        }

        foreach (var ((segment, storage), delta) in net.Where(n => n.Delta != 0))
            Change(record, segment, storage, delta, reason, reference, changes);

        record.Pending = false;
    }

    private static void Change(RecordState record, string segment, int storage, int delta, string reason, string? reference, List<RowChange> changes)
    {
        var row = record.Row(segment, storage);
        var after = row.Quantity + delta;
        changes.Add(new RowChange(record.ProductId, record.LocationId, segment, row.Quantity, after, reason, reference, storage, row.Locked, row.KeepOnZero));
        record.Set(segment, storage, after, row);
    }
}
