using InventoryAdmin.Domain.Model.Availability;
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
        var productIds = batch.Select(c => c.ProductId).Distinct().ToList();
        var open = (await db.LowStockAlerts.Where(a => productIds.Contains(a.ProductId)).ToListAsync(ct))
            .ToDictionary(a => (a.ProductId, a.LocationId, a.SegmentKey));
        var changed = false;
        foreach (var change in batch)
        {
            var key = (change.ProductId, change.LocationId, change.SegmentKey);
            var low = rules.Resolve(change.ProductId, change.LocationId, catalogue.Canonical(change.SegmentKey)).IsLow(change.Available);
            if (low && !open.ContainsKey(key))
            {
                var alert = new LowStockAlert(change.ProductId, change.LocationId, change.SegmentKey, change.ChangedAtUtc);
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
