using InventoryAdmin.Domain.Model.Availability;
using InventoryAdmin.Domain.Model.Tags;
using InventoryAdmin.Domain.Services.Bundles;
using InventoryAdmin.Domain.Store;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Domain.Services.Availability;

/// <summary>
/// Keeps the low-stock alerts: reads the segment changes in order and puts a segment on the list when its promisable
/// falls to or below its threshold (since that change) and takes it off when it rises above. One batch is one
/// transaction that also moves the tracker's cursor, whose row lock makes one instance at a time do it.
/// </summary>
public sealed class LowStockTracker(IDbContextFactory<InventoryDbContext> dbFactory, InventoryChanges changes)
{
    public const string CursorName = "low-stock";
    private const int BatchSize = 1000;

    /// <summary>Handles the next batch of changes; returns how many it read (0 = caught up).</summary>
    public async Task<int> ProcessAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // Look before locking: an idle tracker must not take the store's write lock every second.
        var seen = await db.ChangeCursors.AsNoTracking().FirstOrDefaultAsync(c => c.Name == CursorName, ct);
        if ((await ChangeWindow.ReadAsync(db, seen is null ? ChangePosition.Start : new ChangePosition(seen.TxId, seen.ChangeId), 1, ct)).Count == 0) return 0;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var cursor = await LockCursorAsync(db, CursorName, ct);
        var batch = await ChangeWindow.ReadAsync(db, new ChangePosition(cursor.TxId, cursor.ChangeId), BatchSize, ct);
        if (batch.Count == 0) return 0;

        var catalogue = await StockService.LoadCatalogueAsync(db, ct);
        var rules = await StockRuleReader.LoadAsync(db, ct);
        var judged = await JudgeAsync(db, catalogue, batch, ct);
        var productIds = judged.Select(j => j.Key.ProductId).Distinct().ToList();
        var open = (await db.LowStockAlerts.Where(a => productIds.Contains(a.ProductId)).ToListAsync(ct))
            .ToDictionary(a => (a.ProductId, a.LocationId, a.SegmentKey));
        var changed = false;
        foreach (var (key, available, since) in judged)
        {
            var low = rules.Resolve(key.ProductId, key.LocationId, catalogue.Canonical(key.SegmentKey)).IsLow(available);
            if (low && !open.ContainsKey(key))
            {
                var alert = new LowStockAlert(key.ProductId, key.LocationId, key.SegmentKey, since);
                db.LowStockAlerts.Add(alert);
                open[key] = alert;
                changed = true;
            }
            else if (!low && open.Remove(key, out var gone))
            {
                db.LowStockAlerts.Remove(gone);
                changed = true;
            }
        }

        (cursor.TxId, cursor.ChangeId) = (batch[^1].TxId, batch[^1].Id);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        if (changed) changes.Publish(new InventoryChange(InventoryChangeArea.Stock, "alerts"));
        return batch.Count;
    }

    /// <summary>
    /// What each change says, in order: a standard product's segment with its figures at that change. A bundle is judged on
    /// what it sells (SPEC §7: prepackaged plus what its components build) as it is now, once per segment (its canonical
    /// key), when its own stock or a component's changed.
    /// </summary>
    private static async Task<List<((int ProductId, int LocationId, string SegmentKey) Key, int Available, DateTime Since)>> JudgeAsync(
        InventoryDbContext db, TagCatalogue catalogue, IReadOnlyList<SegmentChange> batch, CancellationToken ct)
    {
        var holders = await BundleStock.HoldersAsync(db, batch.Select(c => c.ProductId).Distinct().ToList(), ct);
        var candidates = batch.Select(c => c.ProductId).Concat(holders.Values.SelectMany(b => b)).Distinct().ToList();
        var (bundles, sells) = await BundleStock.AvailableAsync(db, catalogue, candidates, null, [], ct);
        var judged = batch.Where(c => !bundles.Contains(c.ProductId))
            .Select(c => ((c.ProductId, c.LocationId, c.SegmentKey), c.Available, c.ChangedAtUtc)).ToList();
        judged.AddRange(batch.SelectMany(c => (holders.GetValueOrDefault(c.ProductId) ?? []).Append(c.ProductId).Where(bundles.Contains)
                .Select(bundleId => (Key: (bundleId, c.LocationId, catalogue.Canonical(c.SegmentKey)), c.ChangedAtUtc)))
            .GroupBy(b => b.Key).Select(g => (g.Key, sells.GetValueOrDefault(g.Key), g.Max(b => b.ChangedAtUtc))));
        return judged;
    }

    /// <summary>The consumer's cursor row, created on first use and locked for the transaction (a second instance waits).</summary>
    internal static async Task<ChangeCursor> LockCursorAsync(InventoryDbContext db, string name, CancellationToken ct)
    {
        // Insert-if-missing that never fails on a race; then an update takes the row lock before the read.
        await db.Database.ExecuteSqlRawAsync("""INSERT INTO "ChangeCursors" ("Name", "TxId", "ChangeId") VALUES ({0}, 0, 0) ON CONFLICT ("Name") DO NOTHING""",
            [name], ct);
        await db.Database.ExecuteSqlRawAsync("""UPDATE "ChangeCursors" SET "TxId" = "TxId" WHERE "Name" = {0}""", [name], ct);
        return await db.ChangeCursors.SingleAsync(c => c.Name == name, ct);
    }
}
