using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Model.Stock;
using InventoryAdmin.Domain.Model.Tags;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Domain.Services.Stock;
using InventoryAdmin.Domain.Store;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Domain.Services;

/// <summary>
/// The only code that changes stock quantities (SPEC §3 Updates). A batch is one transaction: every line is
/// checked first, then planned against the stock as earlier lines left it, then written with its ledger
/// movements; one bad line refuses the whole batch. Open pages hear about it after the commit.
/// </summary>
public sealed class StockService(IDbContextFactory<InventoryDbContext> dbFactory, InventoryChanges changes, TimeProvider clock)
{
    public Task<StockChangeResult> RefreshAsync(IReadOnlyList<StockLine> lines, Actor actor, CancellationToken ct = default) =>
        ApplyAsync(StockChangeKind.Refresh, lines, actor, ct);

    public Task<StockChangeResult> AdjustAsync(IReadOnlyList<StockLine> lines, Actor actor, CancellationToken ct = default) =>
        ApplyAsync(StockChangeKind.Adjust, lines, actor, ct);

    /// <summary>
    /// Checks a refresh by the same rules <see cref="RefreshAsync"/> applies, and changes nothing: throws the same
    /// <see cref="InventoryRuleException"/> when refused, else says how many lines and ledger movements it would make.
    /// </summary>
    public async Task<StockChangeResult> CheckRefreshAsync(IReadOnlyList<StockLine> lines, CancellationToken ct = default)
    {
        // No transaction: a check writes nothing, so it need not hold SQLite's write lock while a big file is planned.
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var plan = await PlanAsync(db, StockChangeKind.Refresh, lines, ct);
        return new StockChangeResult(plan.Lines, plan.RowChanges.Count);
    }

    private async Task<StockChangeResult> ApplyAsync(StockChangeKind kind, IReadOnlyList<StockLine> lines, Actor actor, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var plan = await PlanAsync(db, kind, lines, ct);

        var movements = await StockWriter.WriteAsync(db, plan.RowChanges, plan.Records, actor, clock.GetUtcNow().UtcDateTime, ct);
        await tx.CommitAsync(ct);

        changes.Publish(new InventoryChange(InventoryChangeArea.Stock, lines.Count == 1 ? lines[0].Sku : null));
        return new StockChangeResult(plan.Lines, movements);
    }

    /// <summary>The rules of a batch, shared by apply and check: resolve every line, then plan each against the stock as earlier lines left it.</summary>
    private static async Task<BatchPlan> PlanAsync(InventoryDbContext db, StockChangeKind kind, IReadOnlyList<StockLine> lines, CancellationToken ct)
    {
        var catalogue = await LoadCatalogueAsync(db, ct);
        var resolved = await StockLineResolver.ResolveAsync(db, catalogue, kind, lines, ct);
        var records = await LoadRecordsAsync(db, catalogue, resolved, ct);

        var rowChanges = new List<RowChange>();
        var errors = new Dictionary<string, string[]>();
        foreach (var line in resolved)
        {
            var record = records[(line.ProductId, line.LocationId)];
            var plan = StockChangePlanner.Plan(record.Segments, kind, line.Amount, line.SegmentKey, catalogue.Split);
            if (plan.IsRefused)
            {
                errors[$"items[{line.Index}].{(kind == StockChangeKind.Refresh ? "quantity" : "delta")}"] = [plan.Error!];
                continue;
            }

            foreach (var (key, after) in plan.NewOnHand)
            {
                var before = record.OnHand.GetValueOrDefault(key);
                if (before == after) continue;
                rowChanges.Add(new RowChange(line.ProductId, line.LocationId, key, before, after, line.Reason, line.Reference));
                if (after == 0) record.OnHand.Remove(key); else record.OnHand[key] = after;
            }
        }

        if (errors.Count > 0)
            throw new InventoryRuleException($"{errors.Count} line(s) cannot be applied; nothing was changed. First: {errors.First().Value[0]}", errors);
        return new BatchPlan(resolved.Count, rowChanges, records.Values);
    }

    internal static async Task<TagCatalogue> LoadCatalogueAsync(InventoryDbContext db, CancellationToken ct)
    {
        var tags = await db.Tags.AsNoTracking().ToListAsync(ct);
        var enabled = await db.Settings.OrderBy(s => s.Id).Select(s => s.TagsEnabled).FirstOrDefaultAsync(ct);
        return new TagCatalogue(tags, enabled);
    }

    private static async Task<Dictionary<(int, int), RecordState>> LoadRecordsAsync(InventoryDbContext db, TagCatalogue catalogue,
        IReadOnlyList<ResolvedLine> lines, CancellationToken ct)
    {
        var records = lines.Select(l => (l.ProductId, l.LocationId)).Distinct()
            .ToDictionary(k => k, k => new RecordState(k.ProductId, k.LocationId));
        var productIds = records.Keys.Select(k => k.Item1).Distinct().ToList();
        foreach (var chunk in productIds.Chunk(500))
        {
            var rows = await db.StockRows.AsNoTracking().Where(s => chunk.Contains(s.ProductId))
                .Select(s => new { s.ProductId, s.LocationId, s.SegmentKey, s.Quantity }).ToListAsync(ct);
            foreach (var row in rows)
                if (records.TryGetValue((row.ProductId, row.LocationId), out var record))
                    record.OnHand[row.SegmentKey] = row.Quantity;
        }

        return records;
    }
}
