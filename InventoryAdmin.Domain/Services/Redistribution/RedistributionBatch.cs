using InventoryAdmin.Domain.Model.Redistribution;
using InventoryAdmin.Domain.Model.Tags;
using InventoryAdmin.Domain.Services.Stock;
using InventoryAdmin.Domain.Store;

namespace InventoryAdmin.Domain.Services.Redistribution;

/// <summary>Plans a batch of whole records; with <c>apply</c> also turns the plans into row changes on the loaded records.</summary>
internal sealed class RedistributionBatch
{
    private RedistributionBatch()
    {
    }

    public List<RowChange> Changes { get; } = [];

    /// <summary>Records to write back: those with moves, and pending ones (their mark is cleared).</summary>
    public List<RecordState> Written { get; } = [];

    public List<(RecordState Record, RedistributionPlan Plan)> Plans { get; } = [];

    public int RecordsTouched => Plans.Count(p => p.Plan.Moves.Count > 0);

    public long UnitsMoved => Plans.Sum(p => (long)p.Plan.UnitsMoved);

    public int ResidualCount => Plans.Sum(p => p.Plan.Residuals.Count);

    public static async Task<RedistributionBatch> PlanAsync(InventoryDbContext db, TagCatalogue catalogue, IReadOnlyList<(int ProductId, int LocationId)> keys,
        bool apply, string? reference, CancellationToken ct)
    {
        var batch = new RedistributionBatch();
        var records = await StockService.LoadRecordsAsync(db, keys, ct);
        foreach (var key in keys)
        {
            var record = records[key];
            var plan = RecordRedistribution.Plan(record, catalogue);
            batch.Plans.Add((record, plan));
            if (!apply || (plan.RowMoves.Count == 0 && !record.Pending)) continue;
            RecordRedistribution.Apply(record, plan, RedistributionReasons.Now, reference, batch.Changes);
            batch.Written.Add(record);
        }

        return batch;
    }

    public IEnumerable<RedistributionResidual> Residuals(long jobId) =>
        Plans.SelectMany(p => p.Plan.Residuals.Select(r => new RedistributionResidual(jobId, p.Record.ProductId, p.Record.LocationId, r.SegmentKey, r.Target, r.Actual)));
}
