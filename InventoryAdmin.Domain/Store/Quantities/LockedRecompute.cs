using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Services.Stock;
using InventoryAdmin.Domain.Model.Traits;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Domain.Store;

/// <summary>
/// After a trait configuration or a lock changed (inside the caller's transaction): works out which stock rows of a
/// scope are locked now, writes a ledger movement for each row whose units changed side (quantity unchanged, Locked
/// ±units), deletes rows at 0 that no longer keep on zero, and recomputes the Locked figure of the segments and the
/// figures of the records involved.
/// Set-based SQL, so locking a location with 100k records is a handful of statements. Every value is a parameter;
/// the SQL text is built only from constants.
/// </summary>
internal static class LockedRecompute
{
    /// <summary>Rows of one location, optionally one storage location, or one row (of one product).</summary>
    public sealed record Scope(int LocationId, int? StorageLocationId = null, long? RowId = null, int? ProductId = null);

    /// <returns>Units whose Locked state changed (positive: locked, negative: unlocked).</returns>
    public static async Task<int> ApplyAsync(InventoryDbContext db, Scope scope, Actor actor, string reason, DateTime at, CancellationToken ct)
    {
        await RecordLocks.LockLocationAsync(db, scope.LocationId, scope.ProductId, ct);
        object[] args = [scope.LocationId, scope.StorageLocationId ?? 0, scope.RowId ?? 0, at, actor.Name, actor.Source.ToString(), reason, scope.ProductId ?? 0];
        var rows = "s.\"LocationId\" = {0}" + (scope.StorageLocationId is null ? "" : " AND s.\"StorageLocationId\" = {1}") + (scope.RowId is null ? "" : " AND s.\"Id\" = {2}");
        var from = """FROM "StockRows" s JOIN "Locations" l ON l."Id" = s."LocationId" LEFT JOIN "StorageLocations" st ON st."Id" = s."StorageLocationId" WHERE """ + rows;
        var locked = Traits.LockedSql("s", "st", "l");
        var flipped = $"{from} AND {locked} <> s.\"Locked\"";
        var signedUnits = $"CASE WHEN {locked} THEN s.\"Quantity\" ELSE -s.\"Quantity\" END";

        var changeSql = $"SELECT COALESCE(SUM({signedUnits}), 0) AS \"Value\" {flipped}";
        var change = await db.Database.SqlQueryRaw<long>(changeSql, args).SingleAsync(ct);

        var movementSql = LedgerInsert.Select((new LedgerRow(AtUtc: "{3}", Actor: "{4}", Source: "{5}", Reason: "{6}", ProductId: "s.\"ProductId\"",
            LocationId: "s.\"LocationId\"", SegmentKey: "s.\"SegmentKey\"", StorageLocationId: "s.\"StorageLocationId\"", Before: "s.\"Quantity\"", Delta: "0",
            After: "s.\"Quantity\"", LockedDelta: signedUnits, AllocatedDelta: "0", Reference: "NULL"), $"{flipped} AND s.\"Quantity\" <> 0"));
        await db.Database.ExecuteSqlRawAsync(movementSql, args, ct);

        var updateSql = $"""
            UPDATE "StockRows" SET "Locked" = x."NewLocked" FROM (SELECT s."Id", {locked} AS "NewLocked" {flipped}) x WHERE "StockRows"."Id" = x."Id"
            """;
        await db.Database.ExecuteSqlRawAsync(updateSql, args, ct);

        var deleteSql = $"""DELETE FROM "StockRows" WHERE "Id" IN (SELECT s."Id" {from} AND s."Quantity" = 0 AND NOT {Traits.KeepOnZeroSql("s", "st")})""";
        await db.Database.ExecuteSqlRawAsync(deleteSql, args, ct);

        var records = "\"LocationId\" = {0}" + (scope.ProductId is not null ? " AND \"ProductId\" = {7}"
            : scope.StorageLocationId is null ? "" : """ AND "ProductId" IN (SELECT "ProductId" FROM "StockRows" WHERE "LocationId" = {0} AND "StorageLocationId" = {1})""");
        var segmentsSql = $"""
            UPDATE "Segments" SET "Locked" = COALESCE((SELECT SUM(s."Quantity") FROM "StockRows" s WHERE s."ProductId" = "Segments"."ProductId"
                AND s."LocationId" = "Segments"."LocationId" AND s."SegmentKey" = "Segments"."SegmentKey" AND s."Locked"), 0)
            WHERE {records}
            """;
        await db.Database.ExecuteSqlRawAsync(segmentsSql, args, ct);
        await RecordFiguresAsync(db, records, args, ct);
        return checked((int)change);
    }

    /// <summary>Sets the Locked, Allocated and Available of the records matching <paramref name="where"/> from their segments ({3} = now).</summary>
    internal static Task RecordFiguresAsync(InventoryDbContext db, string where, object[] args, CancellationToken ct)
    {
        var sql = $"""
            UPDATE "Records" SET "Locked" = x."Locked", "Allocated" = x."Allocated", "Available" = x."Available", "UpdatedAtUtc" = {"{3}"}
            FROM (SELECT "ProductId", "LocationId", SUM("Locked") AS "Locked", SUM("Allocated") AS "Allocated",
                    SUM(CASE WHEN "OnHand" - "Locked" - "Allocated" > 0 THEN "OnHand" - "Locked" - "Allocated" ELSE 0 END) AS "Available"
                  FROM "Segments" WHERE {where} GROUP BY "ProductId", "LocationId") x
            WHERE "Records"."ProductId" = x."ProductId" AND "Records"."LocationId" = x."LocationId"
            """;
        return db.Database.ExecuteSqlRawAsync(sql, args, ct);
    }
}
