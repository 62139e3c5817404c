using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Model.Stock;
using InventoryAdmin.Domain.Model.Tags;
using InventoryAdmin.Domain.Model.Traits;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Domain.Services.Redistribution;
using InventoryAdmin.Domain.Services.Stock;
using InventoryAdmin.Domain.Store;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Domain.Services;

/// <summary>A stock batch being planned (see <see cref="StockService"/>).</summary>
public sealed partial class StockService
{
    /// <summary>
    /// A batch being planned: each line's row changes (planned against the stock as earlier lines of its record left
    /// it), the records as the lines leave them, and the refusals. Records are independent of each other, so the
    /// lines of some records can be planned again from fresh figures (<see cref="Replan"/>) while the rest stand.
    /// </summary>
    private sealed class Draft(StockChangeKind kind, TagCatalogue catalogue, IReadOnlyList<ResolvedLine> resolved,
        IReadOnlyList<(int ProductId, int LocationId)> keys, Dictionary<(int, int), RecordState> records, StorageTraits storage)
    {
        private readonly List<RowChange>[] perLine = new List<RowChange>[resolved.Count];
        private readonly Dictionary<string, string[]> errors = new();

        public TagCatalogue Catalogue => catalogue;

        public StorageTraits Storage => storage;

        public IReadOnlyList<(int ProductId, int LocationId)> Keys => keys;

        public IReadOnlyList<int> LocationIds { get; } = keys.Select(k => k.LocationId).Distinct().ToList();

        /// <summary>Plans the lines of <paramref name="only"/> these records (null: every line).</summary>
        public void Plan(IReadOnlySet<(int, int)>? only)
        {
            for (var i = 0; i < resolved.Count; i++)
            {
                var line = resolved[i];
                if (only is not null && !only.Contains((line.ProductId, line.LocationId))) continue;
                var rowChanges = perLine[i] = [];
                var record = records[(line.ProductId, line.LocationId)];
                var field = $"items[{line.Index}].{(kind == StockChangeKind.Refresh ? "quantity" : "delta")}";
                var plan = StockChangePlanner.Plan(record.Scope(line.StorageLocationId, leaveOutInMotion: kind == StockChangeKind.Refresh),
                    kind, line.Amount, line.SegmentKey, catalogue.Split);
                if (plan.IsRefused)
                {
                    errors[field] = [plan.Error!];
                    continue;
                }

                // A count never changes a row in motion (it is left out of the count); name it rather than skip units silently.
                if (kind == StockChangeKind.Refresh && plan.NewOnHand.Keys.FirstOrDefault(k => record.Row(k, line.StorageLocationId).InMotion) is { } moving)
                {
                    errors[field] = [$"The stock of segment {catalogue.Describe(moving)} here is in motion (IN_MOTION) and is left out of counts; adjust it instead, or count it once it has arrived."];
                    continue;
                }

                foreach (var (key, after) in plan.NewOnHand)
                {
                    var row = record.Row(key, line.StorageLocationId);
                    var before = record.OnHand(key, line.StorageLocationId);
                    if (before == after) continue;
                    rowChanges.Add(new RowChange(line.ProductId, line.LocationId, key, before, after, line.Reason, line.Reference,
                        line.StorageLocationId, row.Locked, row.KeepOnZero));
                    record.Set(key, line.StorageLocationId, after, row);
                }
            }
        }

        /// <summary>Takes fresh figures of records another transaction changed and plans their lines again from them.</summary>
        public void Replan(Dictionary<(int, int), RecordState> fresh)
        {
            foreach (var (key, record) in fresh) records[key] = record;
            errors.Clear(); // the other records' lines were planned without a refusal
            Plan(fresh.Keys.ToHashSet());
        }

        public Task CheckTotalsAsync(InventoryDbContext db, IReadOnlyList<StockLine> lines, CancellationToken ct) =>
            errors.Count > 0 ? Task.CompletedTask : ProductTotals.CheckAsync(db, kind, lines, resolved, records, errors, ct);

        public void ThrowIfRefused(IReadOnlyList<StockLine> lines)
        {
            if (errors.Count == 0) return;
            // In line order, whichever records were planned when.
            var ordered = errors.OrderBy(e => LineOf(e.Key)).ToList();
            errors.Clear();
            foreach (var (field, messages) in ordered) errors[field] = messages;
            throw new InventoryRuleException($"{errors.Count} line(s) cannot be applied; nothing was changed. First: {errors.First().Value[0]}", errors);
        }

        private static int LineOf(string field) => int.TryParse(field.AsSpan(6, field.IndexOf(']') - 6), out var line) ? line : int.MaxValue;

        /// <summary>Checks the product totals against the stock as it is, then adds the pending redistributions (SPEC §3).</summary>
        public async Task<BatchPlan> FinishAsync(InventoryDbContext db, IReadOnlyList<StockLine> lines, CancellationToken ct)
        {
            await CheckTotalsAsync(db, lines, ct);
            ThrowIfRefused(lines);
            var rowChanges = perLine.SelectMany(l => l).ToList();
            // SPEC §3: an update to a record with a pending redistribution applies it in the same transaction, after the update.
            foreach (var record in records.Values.Where(r => r.Pending))
                RecordRedistribution.Apply(record, RecordRedistribution.Plan(record, catalogue), RedistributionReasons.AtNextUpdate, null, rowChanges);
            return new BatchPlan(resolved.Count, rowChanges, records.Values);
        }
    }
}
