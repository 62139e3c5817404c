using System.Globalization;
using InventoryAdmin.Domain.Store;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Domain.Services.Availability;

/// <summary>
/// Configuration <c>Availability:KeepChangesDays</c> (default 7): segment changes older than that are deleted, once the
/// low-stock tracker has read them. A delta feed client whose cursor is older starts again from the oldest kept change.
/// </summary>
public sealed class ChangeRetention(IDbContextFactory<InventoryDbContext> dbFactory, TimeProvider clock, int keepDays = ChangeRetention.DefaultKeepDays)
{
    public const int DefaultKeepDays = 7;
    public const string Setting = "Availability:KeepChangesDays";

    public static int DaysFrom(string? configured) =>
        int.TryParse(configured, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : DefaultKeepDays;

    /// <summary>Deletes the changes past the retention that the tracker has handled; returns how many.</summary>
    public async Task<int> PruneAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var cutoff = clock.GetUtcNow().UtcDateTime.AddDays(-keepDays);
        var read = await db.ChangeCursors.AsNoTracking().Where(c => c.Name == LowStockTracker.CursorName).FirstOrDefaultAsync(ct);
        if (read is null) return 0;
        return await db.SegmentChanges.Where(c => c.ChangedAtUtc < cutoff && (c.TxId < read.TxId || (c.TxId == read.TxId && c.Id <= read.ChangeId)))
            .ExecuteDeleteAsync(ct);
    }
}
