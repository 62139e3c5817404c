using InventoryAdmin.Domain.Model.Availability;
using InventoryAdmin.Domain.Model.Tags;
using InventoryAdmin.Domain.Store;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Domain.Services.Availability;

/// <summary>
/// Segment changes that no figure write makes: a stock rule changes a segment's safety stock and promisable, so every
/// segment it covers gets a change row (its figures as they are), in the rule change's transaction. Figure writes are
/// logged by the triggers of <see cref="SegmentChangeTriggers"/>.
/// </summary>
internal static class SegmentChangeLog
{
    public static async Task RecordCoveredAsync(InventoryDbContext db, TagCatalogue catalogue, string canonicalKey, int locationId, int productId,
        DateTime at, CancellationToken ct)
    {
        // Stored keys may lack a tag added later (its default); the few distinct keys are matched in memory.
        var keys = (await db.Segments.Select(s => s.SegmentKey).Distinct().ToListAsync(ct))
            .Where(k => catalogue.Canonical(k) == canonicalKey).ToList();
        if (keys.Count == 0) return;
        var parameters = new List<object> { at, productId, locationId };
        var inList = string.Join(", ", keys.Select((k, i) =>
        {
            parameters.Add(k);
            return $"{{{i + 3}}}";
        }));
        var txId = db.Database.IsNpgsql() ? SegmentChangeTriggers.PostgreSqlTxId : "0";
        // Only placeholders and a constant are spliced in; every value is a parameter.
        var sql = $$"""
            INSERT INTO "SegmentChanges" ("ProductId", "LocationId", "SegmentKey", "OnHand", "Locked", "Allocated", "ChangedAtUtc", "TxId")
            SELECT "ProductId", "LocationId", "SegmentKey", "OnHand", "Locked", "Allocated", {0}, {{txId}} FROM "Segments"
            WHERE ({1} = 0 OR "ProductId" = {1}) AND ({2} = 0 OR "LocationId" = {2}) AND "SegmentKey" IN ({{inList}})
            """;
        await db.Database.ExecuteSqlRawAsync(sql, parameters, ct);
    }
}
