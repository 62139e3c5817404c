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

        // Per stock row: the ledger's sums of Delta and LockedDelta against the row's quantity and locked units.
        var segments = await db.Database.SqlQueryRaw<Mismatch>($"""
            WITH ledger AS (
                SELECT "ProductId", "LocationId", "SegmentKey", "StorageLocationId", SUM("Delta") AS Qty, SUM("LockedDelta") AS LockedQty
                FROM "Movements" GROUP BY "ProductId", "LocationId", "SegmentKey", "StorageLocationId"),
            stock AS (
                SELECT "ProductId", "LocationId", "SegmentKey", "StorageLocationId", "Quantity" AS Qty, CASE WHEN "Locked" THEN "Quantity" ELSE 0 END AS LockedQty
                FROM "StockRows"),
            compared AS (
                SELECT l."ProductId", l."LocationId", l."SegmentKey", l."StorageLocationId", l.Qty AS LedgerQty, COALESCE(s.Qty, 0) AS StoredQty,
                    l.LockedQty AS LedgerLocked, COALESCE(s.LockedQty, 0) AS StoredLocked
                FROM ledger l LEFT JOIN stock s ON s."ProductId" = l."ProductId" AND s."LocationId" = l."LocationId"
                    AND s."SegmentKey" = l."SegmentKey" AND s."StorageLocationId" = l."StorageLocationId"
                UNION ALL
                SELECT s."ProductId", s."LocationId", s."SegmentKey", s."StorageLocationId", 0, s.Qty, 0, s.LockedQty
                FROM stock s LEFT JOIN ledger l ON s."ProductId" = l."ProductId" AND s."LocationId" = l."LocationId"
                    AND s."SegmentKey" = l."SegmentKey" AND s."StorageLocationId" = l."StorageLocationId"
                WHERE l.Qty IS NULL)
            SELECT "ProductId", "LocationId", "SegmentKey", "StorageLocationId", 'OnHand' AS "Figure", LedgerQty AS "FromLedger", StoredQty AS "Stored"
            FROM compared WHERE LedgerQty <> StoredQty
            UNION ALL
            SELECT "ProductId", "LocationId", "SegmentKey", "StorageLocationId", 'Locked', LedgerLocked, StoredLocked
            FROM compared WHERE LedgerLocked <> StoredLocked
            LIMIT {MaxDifferences}
            """).ToListAsync(ct);

        // Per record: the stored totals against the sums of its rows.
        var records = await db.Database.SqlQueryRaw<Mismatch>($"""
            WITH sums AS (
                SELECT r."ProductId", r."LocationId", r."OnHand", r."Locked", COALESCE(SUM(s."Quantity"), 0) AS RowsOnHand,
                    COALESCE(SUM(CASE WHEN s."Locked" THEN s."Quantity" ELSE 0 END), 0) AS RowsLocked
                FROM "Records" r LEFT JOIN "StockRows" s ON s."ProductId" = r."ProductId" AND s."LocationId" = r."LocationId"
                GROUP BY r."Id", r."ProductId", r."LocationId", r."OnHand", r."Locked")
            SELECT "ProductId", "LocationId", NULL AS "SegmentKey", CAST(NULL AS INTEGER) AS "StorageLocationId", 'OnHand' AS "Figure", RowsOnHand AS "FromLedger", "OnHand" AS "Stored"
            FROM sums WHERE "OnHand" <> RowsOnHand
            UNION ALL
            SELECT "ProductId", "LocationId", NULL, NULL, 'Locked', RowsLocked, "Locked" FROM sums WHERE "Locked" <> RowsLocked
            LIMIT {MaxDifferences}
            """).ToListAsync(ct);

        // Per segment: its stored On Hand and Locked against the sums of its stock rows.
        var segmentTotals = await db.Database.SqlQueryRaw<Mismatch>($"""
            WITH rows AS (
                SELECT "ProductId", "LocationId", "SegmentKey", SUM("Quantity") AS "OnHand", SUM(CASE WHEN "Locked" THEN "Quantity" ELSE 0 END) AS "Locked"
                FROM "StockRows" GROUP BY "ProductId", "LocationId", "SegmentKey"),
            compared AS (
                SELECT s."ProductId", s."LocationId", s."SegmentKey", COALESCE(r."OnHand", 0) AS RowsOnHand, s."OnHand", COALESCE(r."Locked", 0) AS RowsLocked, s."Locked"
                FROM "Segments" s LEFT JOIN rows r ON r."ProductId" = s."ProductId" AND r."LocationId" = s."LocationId" AND r."SegmentKey" = s."SegmentKey"
                UNION ALL
                SELECT r."ProductId", r."LocationId", r."SegmentKey", r."OnHand", 0, r."Locked", 0
                FROM rows r LEFT JOIN "Segments" s ON r."ProductId" = s."ProductId" AND r."LocationId" = s."LocationId" AND r."SegmentKey" = s."SegmentKey"
                WHERE s."Id" IS NULL)
            SELECT "ProductId", "LocationId", "SegmentKey", CAST(NULL AS INTEGER) AS "StorageLocationId", 'Segment OnHand' AS "Figure", RowsOnHand AS "FromLedger", "OnHand" AS "Stored"
            FROM compared WHERE RowsOnHand <> "OnHand"
            UNION ALL
            SELECT "ProductId", "LocationId", "SegmentKey", NULL, 'Segment Locked', RowsLocked, "Locked" FROM compared WHERE RowsLocked <> "Locked"
            LIMIT {MaxDifferences}
            """).ToListAsync(ct);

        // Per segment: Allocated against the open allocations and against the ledger's allocation movements. A bundle
        // allocation built from components holds no units of the bundle's segment: its component reservations hold
        // open units × quantity per bundle of each component's segment, which the allocator reserved with movements.
        var allocated = await db.Database.SqlQueryRaw<Mismatch>($"""
            WITH open AS (
                SELECT "ProductId", "LocationId", "SegmentKey", SUM(Units) AS Units FROM (
                    SELECT "ProductId", "LocationId", "SegmentKey", "Quantity" - "Fulfilled" - "Cancelled" AS Units FROM "Allocations" WHERE NOT "FromComponents"
                    UNION ALL
                    SELECT c."ProductId", c."LocationId", c."SegmentKey", (a."Quantity" - a."Fulfilled" - a."Cancelled") * c."QuantityPerBundle"
                    FROM "ComponentReservations" c JOIN "Allocations" a ON a."Id" = c."AllocationId") u
                GROUP BY "ProductId", "LocationId", "SegmentKey"),
            ledger AS (
                SELECT "ProductId", "LocationId", "SegmentKey", SUM("AllocatedDelta") AS Units
                FROM "Movements" WHERE "AllocatedDelta" <> 0 GROUP BY "ProductId", "LocationId", "SegmentKey"),
            keys AS (
                SELECT "ProductId", "LocationId", "SegmentKey" FROM open UNION SELECT "ProductId", "LocationId", "SegmentKey" FROM ledger
                UNION SELECT "ProductId", "LocationId", "SegmentKey" FROM "Segments" WHERE "Allocated" <> 0),
            compared AS (
                SELECT k."ProductId", k."LocationId", k."SegmentKey", COALESCE(s."Allocated", 0) AS "Stored", COALESCE(o.Units, 0) AS OpenUnits,
                    COALESCE(l.Units, 0) AS LedgerUnits
                FROM keys k
                LEFT JOIN "Segments" s ON s."ProductId" = k."ProductId" AND s."LocationId" = k."LocationId" AND s."SegmentKey" = k."SegmentKey"
                LEFT JOIN open o ON o."ProductId" = k."ProductId" AND o."LocationId" = k."LocationId" AND o."SegmentKey" = k."SegmentKey"
                LEFT JOIN ledger l ON l."ProductId" = k."ProductId" AND l."LocationId" = k."LocationId" AND l."SegmentKey" = k."SegmentKey")
            SELECT "ProductId", "LocationId", "SegmentKey", CAST(NULL AS INTEGER) AS "StorageLocationId", 'Allocated (open allocations)' AS "Figure", OpenUnits AS "FromLedger", "Stored"
            FROM compared WHERE OpenUnits <> "Stored"
            UNION ALL
            SELECT "ProductId", "LocationId", "SegmentKey", NULL, 'Allocated', LedgerUnits, "Stored" FROM compared WHERE LedgerUnits <> "Stored"
            UNION ALL
            SELECT r."ProductId", r."LocationId", NULL, NULL, 'Allocated', COALESCE(SUM(s."Allocated"), 0), r."Allocated"
            FROM "Records" r LEFT JOIN "Segments" s ON s."ProductId" = r."ProductId" AND s."LocationId" = r."LocationId"
            GROUP BY r."Id", r."ProductId", r."LocationId", r."Allocated" HAVING r."Allocated" <> COALESCE(SUM(s."Allocated"), 0)
            LIMIT {MaxDifferences}
            """).ToListAsync(ct);

        var mismatches = segments.Concat(segmentTotals).Concat(allocated).Concat(records).Take(MaxDifferences).ToList();
        var productIds = mismatches.Select(m => m.ProductId).Distinct().ToList();
        var skus = await db.Products.Where(p => productIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Sku, ct);
        var codes = await db.Locations.ToDictionaryAsync(l => l.Id, l => l.Code, ct);
        var storage = await db.StorageLocations.ToDictionaryAsync(s => s.Id, s => s.Name, ct);

        return new LedgerReplayReport(
            clock.GetUtcNow().UtcDateTime,
            await db.Movements.LongCountAsync(ct),
            await db.StockRows.LongCountAsync(ct),
            await db.Records.LongCountAsync(ct),
            mismatches.Select(m => new LedgerDifference(skus.GetValueOrDefault(m.ProductId, $"#{m.ProductId}"), codes.GetValueOrDefault(m.LocationId, $"#{m.LocationId}"),
                m.SegmentKey is null ? null : catalogue.Decode(m.SegmentKey), m.FromLedger, m.Stored, m.Figure,
                m.StorageLocationId is null or 0 ? null : storage.GetValueOrDefault(m.StorageLocationId.Value, $"#{m.StorageLocationId}"))).ToList());
    }

    /// <summary>The rows the comparison queries return.</summary>
    private sealed record Mismatch(int ProductId, int LocationId, string? SegmentKey, int? StorageLocationId, string Figure, long FromLedger, long Stored);
}
