using InventoryAdmin.Domain.Services.Availability;
using InventoryAdmin.Domain.Store;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Tests.Support.Availability;

/// <summary>Runs the low-stock tracker until it has read every segment change.</summary>
internal static class LowStockCatchUp
{
    /// <summary>
    /// On PostgreSQL the tracker only reads changes of transactions older than every running one in the cluster, so a
    /// transaction of a test running beside this one can hold it back for a moment: caught up means no change is left.
    /// </summary>
    public static async Task RunAsync(IDbContextFactory<InventoryDbContext> factory, LowStockTracker tracker)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            while (await tracker.ProcessAsync() > 0)
            {
            }

            await using var db = await factory.CreateDbContextAsync();
            var cursor = await db.ChangeCursors.AsNoTracking().FirstOrDefaultAsync(c => c.Name == LowStockTracker.CursorName);
            var (tx, id) = cursor is null ? (0L, 0L) : (cursor.TxId, cursor.ChangeId);
            if (!await db.SegmentChanges.AnyAsync(c => c.TxId > tx || (c.TxId == tx && c.Id > id))) return;
            Assert.True(DateTime.UtcNow < deadline, "the tracker did not catch up with the segment changes within 15 s");
            await Task.Delay(50);
        }
    }
}
