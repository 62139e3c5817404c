using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Domain.Store;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Domain.Services;

/// <summary>
/// Rebuilds every stock figure from the movement ledger (the sum of deltas per product, location and segment)
/// and reports where it differs from the stored stock rows and record totals. Reads only; set-based SQL.
/// </summary>
public sealed class LedgerReplayService(IDbContextFactory<InventoryDbContext> dbFactory, TimeProvider clock)
{
    public const int MaxDifferences = 1000;

    public async Task<LedgerReplayReport> ReplayAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // One read transaction: the counts and both comparisons see the same snapshot.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var catalogue = await StockService.LoadCatalogueAsync(db, ct);

        var segments = await db.Database.SqlQueryRaw<Mismatch>($"""
            WITH ledger AS (
                SELECT ProductId, LocationId, SegmentKey, SUM(Delta) AS Qty FROM Movements GROUP BY ProductId, LocationId, SegmentKey)
            SELECT l.ProductId, l.LocationId, l.SegmentKey, l.Qty AS FromLedger, COALESCE(s.Quantity, 0) AS Stored
            FROM ledger l LEFT JOIN StockRows s
                ON s.ProductId = l.ProductId AND s.LocationId = l.LocationId AND s.SegmentKey = l.SegmentKey
            WHERE l.Qty <> COALESCE(s.Quantity, 0)
            UNION ALL
            SELECT s.ProductId, s.LocationId, s.SegmentKey, 0, s.Quantity
            FROM StockRows s LEFT JOIN ledger l
                ON s.ProductId = l.ProductId AND s.LocationId = l.LocationId AND s.SegmentKey = l.SegmentKey
            WHERE l.Qty IS NULL AND s.Quantity <> 0
            LIMIT {MaxDifferences}
            """).ToListAsync(ct);

        var records = await db.Database.SqlQueryRaw<Mismatch>($"""
            SELECT r.ProductId, r.LocationId, NULL AS SegmentKey, COALESCE(SUM(s.Quantity), 0) AS FromLedger, r.OnHand AS Stored
            FROM Records r LEFT JOIN StockRows s ON s.ProductId = r.ProductId AND s.LocationId = r.LocationId
            GROUP BY r.Id, r.ProductId, r.LocationId, r.OnHand
            HAVING r.OnHand <> COALESCE(SUM(s.Quantity), 0)
            LIMIT {MaxDifferences}
            """).ToListAsync(ct);

        var mismatches = segments.Concat(records).Take(MaxDifferences).ToList();
        var productIds = mismatches.Select(m => m.ProductId).Distinct().ToList();
        var skus = await db.Products.Where(p => productIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Sku, ct);
        var codes = await db.Locations.ToDictionaryAsync(l => l.Id, l => l.Code, ct);

        return new LedgerReplayReport(
            clock.GetUtcNow().UtcDateTime,
            await db.Movements.LongCountAsync(ct),
            await db.StockRows.LongCountAsync(ct),
            await db.Records.LongCountAsync(ct),
            mismatches.Select(m => new LedgerDifference(skus.GetValueOrDefault(m.ProductId, $"#{m.ProductId}"), codes.GetValueOrDefault(m.LocationId, $"#{m.LocationId}"),
                m.SegmentKey is null ? null : catalogue.Decode(m.SegmentKey), m.FromLedger, m.Stored)).ToList());
    }

    /// <summary>The rows the comparison queries return.</summary>
    private sealed record Mismatch(int ProductId, int LocationId, string? SegmentKey, long FromLedger, long Stored);
}
