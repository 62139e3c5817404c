using InventoryAdmin.Domain.Model.Redistribution;
using InventoryAdmin.Domain.Model.Tags;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Domain.Store;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Domain.Services.Redistribution;

/// <summary>Adds up a dry run batch by batch, keeping the first moves and residuals to list.</summary>
internal sealed class RedistributionPreview(TagCatalogue catalogue)
{
    private readonly List<(int ProductId, int LocationId, SegmentMove Move)> moves = [];
    private readonly List<(int ProductId, int LocationId, Residual Residual)> residuals = [];
    private int records;
    private int touched;
    private long units;
    private int moveCount;
    private int residualCount;

    public void Add(RedistributionBatch batch)
    {
        records += batch.Plans.Count;
        touched += batch.RecordsTouched;
        units += batch.UnitsMoved;
        foreach (var (record, plan) in batch.Plans)
        {
            moveCount += plan.Moves.Count;
            residualCount += plan.Residuals.Count;
            moves.AddRange(plan.Moves.Take(RedistributionJobDto.MaxListed - moves.Count).Select(m => (record.ProductId, record.LocationId, m)));
            residuals.AddRange(plan.Residuals.Take(RedistributionJobDto.MaxListed - residuals.Count).Select(r => (record.ProductId, record.LocationId, r)));
        }
    }

    public async Task<RedistributionJobDto> ToDtoAsync(InventoryDbContext db, RedistributionMode mode, RedistributionScope scope, Actor actor, DateTime now,
        CancellationToken ct)
    {
        var productIds = moves.Select(m => m.ProductId).Concat(residuals.Select(r => r.ProductId)).Distinct().ToList();
        var skus = new Dictionary<int, string>();
        foreach (var chunk in productIds.Chunk(500))
            foreach (var p in await db.Products.AsNoTracking().Where(p => chunk.Contains(p.Id)).Select(p => new { p.Id, p.Sku }).ToListAsync(ct))
                skus[p.Id] = p.Sku;
        var codes = await db.Locations.AsNoTracking().ToDictionaryAsync(l => l.Id, l => l.Code, ct);

        var listedMoves = moves.Select(m => new RedistributionMoveDto(skus[m.ProductId], codes[m.LocationId], catalogue.Decode(m.Move.From),
            catalogue.Decode(m.Move.To), m.Move.Quantity)).ToList();
        var listedResiduals = residuals.Select(r => new RedistributionResidualDto(skus[r.ProductId], codes[r.LocationId], catalogue.Decode(r.Residual.SegmentKey),
            r.Residual.Target, r.Residual.Actual)).ToList();
        return RedistributionJobs.Describe(new RedistributionJobDto(0, RedistributionJobs.Mode(mode), RedistributionJobs.Status(RedistributionStatus.Completed), 1,
            records, records, units, listedResiduals, listedMoves)
        {
            DryRun = true,
            RecordsTouched = touched,
            ResidualCount = residualCount,
            MoveCount = moveCount,
            CreatedBy = actor.Name,
            CreatedAt = now,
            StartedAt = now,
            FinishedAt = now,
        }, scope);
    }
}
