using InventoryAdmin.Domain.Model.Redistribution;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Domain.Store;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Domain.Services.Redistribution;

/// <summary>Jobs as the API and the page show them (API.md `Job`).</summary>
internal static class RedistributionJobs
{
    public static async Task<RedistributionJobDto> ToDtoAsync(InventoryDbContext db, RedistributionJob job, bool withResiduals, CancellationToken ct)
    {
        IReadOnlyList<RedistributionResidualDto> residuals = [];
        if (withResiduals && job.ResidualCount > 0)
        {
            var catalogue = await StockService.LoadCatalogueAsync(db, ct);
            var rows = await db.RedistributionResiduals.AsNoTracking().Where(r => r.JobId == job.Id).OrderBy(r => r.Id).Take(RedistributionJobDto.MaxListed)
                .Join(db.Products, r => r.ProductId, p => p.Id, (r, p) => new { r.LocationId, r.SegmentKey, r.Target, r.Actual, p.Sku })
                .Join(db.Locations, x => x.LocationId, l => l.Id, (x, l) => new { x.Sku, l.Code, x.SegmentKey, x.Target, x.Actual })
                .ToListAsync(ct);
            residuals = rows.Select(x => new RedistributionResidualDto(x.Sku, x.Code, catalogue.Decode(x.SegmentKey), x.Target, x.Actual)).ToList();
        }

        return Describe(new RedistributionJobDto(job.Id, Mode(job.Mode), Status(job.Status), job.Progress, job.RecordsTotal, job.RecordsDone,
            job.UnitsMoved, residuals, null)
        {
            RecordsTouched = job.RecordsTouched,
            ResidualCount = job.ResidualCount,
            CreatedBy = job.CreatedBy,
            CreatedAt = job.CreatedAtUtc,
            StartedAt = job.StartedAtUtc,
            FinishedAt = job.FinishedAtUtc,
            CancelRequested = job.CancelRequested,
            CancelledBy = job.CancelledBy,
            Error = job.Error,
        }, job.Scope);
    }

    public static RedistributionJobDto Describe(RedistributionJobDto dto, RedistributionScope scope) => dto with
    {
        Scope = scope.Describe(),
        Skus = scope.Skus,
        Upcs = scope.Upcs,
        LocationCodes = scope.LocationCodes,
    };

    public static string Mode(RedistributionMode mode) => mode == RedistributionMode.Now ? "now" : "nextUpdate";

    public static string Status(RedistributionStatus status) => status.ToString().ToLowerInvariant();
}
