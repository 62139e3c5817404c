using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Model.Redistribution;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Domain.Services.Redistribution;
using InventoryAdmin.Domain.Store;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Domain.Services;

/// <summary>
/// Redistribution (SPEC §5): a dry run that plans and changes nothing, a job that moves the units now (run by the
/// background loop through <see cref="RedistributionRunner"/>), or records marked to be redistributed with their next
/// refresh or adjust. Jobs, their progress and residuals live in the database.
/// </summary>
public sealed class RedistributionService(IDbContextFactory<InventoryDbContext> dbFactory, InventoryChanges changes, TimeProvider clock,
    RedistributionSignal signal)
{
    private const int PreviewBatch = 1000;

    public async Task<RedistributionJobDto> StartAsync(RedistributionRequest request, Actor actor, CancellationToken ct = default)
    {
        var mode = ParseMode(request.Mode);
        var scope = new RedistributionScope(request.Skus, request.Upcs, request.LocationCodes);
        if (request.DryRun == true) return await PreviewAsync(scope, mode, actor, ct);

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var resolved = await ResolvedScope.ResolveAsync(db, scope, strict: true, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var job = new RedistributionJob(mode, scope, actor.Name, now);
        db.RedistributionJobs.Add(job);
        if (mode == RedistributionMode.NextUpdate)
            job.MarkedPending(await resolved.Records(db).ExecuteUpdateAsync(s => s.SetProperty(r => r.PendingRedistribution, true), ct), now);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);

        changes.Publish(new InventoryChange(InventoryChangeArea.Redistribution, job.Id.ToString()));
        if (mode == RedistributionMode.NextUpdate) changes.Publish(new InventoryChange(InventoryChangeArea.Stock));
        else signal.Notify();
        return await RedistributionJobs.ToDtoAsync(db, job, withResiduals: false, ct);
    }

    /// <summary>Plans every record in scope as a job would and changes nothing; the moves are listed up to a limit.</summary>
    public async Task<RedistributionJobDto> PreviewAsync(RedistributionScope scope, RedistributionMode mode, Actor actor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var resolved = await ResolvedScope.ResolveAsync(db, scope, strict: true, ct);
        var catalogue = await StockService.LoadCatalogueAsync(db, ct);
        var summary = new RedistributionPreview(catalogue);
        long cursor = 0;
        while (true)
        {
            var next = await resolved.Records(db).Where(r => r.Id > cursor).OrderBy(r => r.Id).Take(PreviewBatch)
                .Select(r => new { r.Id, r.ProductId, r.LocationId }).ToListAsync(ct);
            if (next.Count == 0) break;
            cursor = next[^1].Id;
            summary.Add(await RedistributionBatch.PlanAsync(db, catalogue, next.Select(r => (r.ProductId, r.LocationId)).ToList(), apply: false, null, ct));
        }

        return await summary.ToDtoAsync(db, mode, scope, actor, clock.GetUtcNow().UtcDateTime, ct);
    }

    public async Task<RedistributionJobDto> GetAsync(long id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var job = await db.RedistributionJobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == id, ct) ?? throw NotFound(id);
        return await RedistributionJobs.ToDtoAsync(db, job, withResiduals: true, ct);
    }

    /// <summary>Past and current jobs, newest first.</summary>
    public async Task<IReadOnlyList<RedistributionJobDto>> HistoryAsync(int take = 50, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var jobs = await db.RedistributionJobs.AsNoTracking().OrderByDescending(j => j.Id).Take(Math.Clamp(take, 1, 500)).ToListAsync(ct);
        var result = new List<RedistributionJobDto>();
        foreach (var job in jobs) result.Add(await RedistributionJobs.ToDtoAsync(db, job, withResiduals: false, ct));
        return result;
    }

    /// <summary>A queued job is cancelled at once; a running one stops after the batch of records it is on.</summary>
    public async Task<RedistributionJobDto> CancelAsync(long id, Actor actor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var job = await db.RedistributionJobs.FirstOrDefaultAsync(j => j.Id == id, ct) ?? throw NotFound(id);
        job.RequestCancel(actor.Name, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        changes.Publish(new InventoryChange(InventoryChangeArea.Redistribution, id.ToString()));
        return await RedistributionJobs.ToDtoAsync(db, job, withResiduals: true, ct);
    }

    private static RedistributionMode ParseMode(string? mode) => mode?.Trim() switch
    {
        null or "" => throw new InventoryRuleException("mode", "Choose a mode: \"now\" or \"nextUpdate\"."),
        var m when m.Equals("now", StringComparison.OrdinalIgnoreCase) => RedistributionMode.Now,
        var m when m.Equals("nextUpdate", StringComparison.OrdinalIgnoreCase) => RedistributionMode.NextUpdate,
        var m => throw new InventoryRuleException("mode", $"'{m}' is not a mode; use \"now\" or \"nextUpdate\"."),
    };

    private static InventoryRuleException NotFound(long id) => InventoryRuleException.NotFound("id", $"There is no redistribution job {id}.");
}
