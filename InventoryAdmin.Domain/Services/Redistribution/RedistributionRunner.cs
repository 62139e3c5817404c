using System.Collections.Concurrent;
using InventoryAdmin.Domain.Model.Ledger;
using InventoryAdmin.Domain.Model.Redistribution;
using InventoryAdmin.Domain.Model.Tags;
using InventoryAdmin.Domain.Services.Stock;
using InventoryAdmin.Domain.Store;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Domain.Services.Redistribution;

/// <summary>
/// Runs "now" jobs batch by batch for the background loop. Each batch is one transaction holding whole records: their
/// row changes and ledger movements, their residuals and the job's progress and cursor, so a restarted app goes on
/// exactly after the last committed record, and counters always match the ledger.
/// </summary>
public sealed class RedistributionRunner(IDbContextFactory<InventoryDbContext> dbFactory, InventoryChanges changes, TimeProvider clock,
    RedistributionOptions options)
{
    private static readonly TimeSpan StockNoticeInterval = TimeSpan.FromMilliseconds(500);
    private readonly ConcurrentDictionary<long, ResolvedScope> scopes = new();
    private long lastStockNotice;
    private TagCatalogue? lastCatalogue;

    /// <summary>The job to work on: one interrupted by a restart first, then the oldest queued.</summary>
    public async Task<long?> NextJobAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var running = await db.RedistributionJobs.AsNoTracking().Where(j => j.Status == RedistributionStatus.Running)
            .OrderBy(j => j.Id).Select(j => (long?)j.Id).FirstOrDefaultAsync(ct);
        return running ?? await db.RedistributionJobs.AsNoTracking().Where(j => j.Status == RedistributionStatus.Queued)
            .OrderBy(j => j.Id).Select(j => (long?)j.Id).FirstOrDefaultAsync(ct);
    }

    /// <summary>Redistributes the next batch of the job's records; false once the job is finished (completed or cancelled).</summary>
    public async Task<bool> RunBatchAsync(long jobId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var job = await db.RedistributionJobs.FirstAsync(j => j.Id == jobId, ct);
        if (job.IsFinished) return false;

        var now = clock.GetUtcNow().UtcDateTime;
        if (job.CancelRequested) return await FinishAsync(db, tx, job, RedistributionStatus.Cancelled, now, ct);

        if (!scopes.TryGetValue(jobId, out var scope))
            scopes[jobId] = scope = await ResolvedScope.ResolveAsync(db, job.Scope, strict: false, ct);
        if (job.Status == RedistributionStatus.Queued) job.Start(await scope.Records(db).CountAsync(ct), now);

        var cursor = job.Cursor;
        var next = await scope.Records(db).Where(r => r.Id > cursor).OrderBy(r => r.Id).Take(options.RecordsPerTransaction)
            .Select(r => new { r.Id, r.ProductId, r.LocationId }).ToListAsync(ct);
        if (next.Count == 0) return await FinishAsync(db, tx, job, RedistributionStatus.Completed, now, ct);

        // Tags are read again for every batch (a tag change counts from the next request); while they are the same, the
        // previous catalogue stands in, with the splits it has already worked out.
        var catalogue = await StockService.LoadCatalogueAsync(db, ct);
        if (lastCatalogue?.Fingerprint == catalogue.Fingerprint) catalogue = lastCatalogue;
        else lastCatalogue = catalogue;
        var batch = await RedistributionBatch.PlanAsync(db, catalogue, next.Select(r => (r.ProductId, r.LocationId)).ToList(), apply: true,
            RedistributionReasons.Reference(jobId), ct);
        // Its stock changes are told at most twice a second (NoticeStock), not per batch: the writer's change set is not published.
        await using var writer = QuantityWriter.For(db);
        await writer.WriteRowsAsync(batch.Changes, batch.Written, new Actor(job.CreatedBy, MovementSource.Job), now, ct);
        db.RedistributionResiduals.AddRange(batch.Residuals(jobId));
        job.Advance(next[^1].Id, next.Count, batch.RecordsTouched, batch.UnitsMoved, batch.ResidualCount);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);

        changes.Publish(new InventoryChange(InventoryChangeArea.Redistribution, jobId.ToString()));
        if (batch.Written.Count > 0) NoticeStock(force: false);
        return true;
    }

    /// <summary>Marks a job failed (the loop calls this when a batch throws); what earlier batches committed stays.</summary>
    public async Task FailAsync(long jobId, string error, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var job = await db.RedistributionJobs.FirstAsync(j => j.Id == jobId, ct);
        job.Finish(RedistributionStatus.Failed, clock.GetUtcNow().UtcDateTime, error.Length > 2000 ? error[..2000] : error);
        await db.SaveChangesAsync(ct);
        scopes.TryRemove(jobId, out _);
        changes.Publish(new InventoryChange(InventoryChangeArea.Redistribution, jobId.ToString()));
    }

    private async Task<bool> FinishAsync(InventoryDbContext db, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction tx, RedistributionJob job,
        RedistributionStatus status, DateTime now, CancellationToken ct)
    {
        job.Finish(status, now);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        scopes.TryRemove(job.Id, out _);
        changes.Publish(new InventoryChange(InventoryChangeArea.Redistribution, job.Id.ToString()));
        NoticeStock(force: true);
        return false;
    }

    /// <summary>Open grids reload on stock changes; a job of 100k records tells them at most twice a second.</summary>
    private void NoticeStock(bool force)
    {
        var now = clock.GetTimestamp();
        var last = Interlocked.Read(ref lastStockNotice);
        if (!force && last != 0 && clock.GetElapsedTime(last, now) < StockNoticeInterval) return;
        Interlocked.Exchange(ref lastStockNotice, now);
        changes.Publish(new InventoryChange(InventoryChangeArea.Stock));
    }
}
