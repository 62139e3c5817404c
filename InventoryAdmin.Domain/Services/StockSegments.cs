using InventoryAdmin.Domain.Model.Ledger;
using InventoryAdmin.Domain.Model.Stock;
using InventoryAdmin.Domain.Model.Tags;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Domain.Store;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Domain.Services;

/// <summary>Set-based work on stock rows' segment keys when tags change; runs inside the caller's transaction.</summary>
internal static class StockSegments
{
    public static async Task<IReadOnlyList<ValueUsage>> UsageAsync(InventoryDbContext db, IReadOnlyList<TagValue> values, CancellationToken ct)
    {
        var result = new List<ValueUsage>();
        foreach (var value in values)
        {
            var pattern = StoredSegment.Contains(value.Id);
            var stock = await db.StockRows
                .Where(s => s.Quantity > 0 && EF.Functions.Like(s.SegmentKey, pattern))
                .Join(db.Locations, s => s.LocationId, l => l.Id, (s, l) => new { l.Code, s.Quantity })
                .GroupBy(x => x.Code)
                .Select(g => new { Code = g.Key, Units = g.Sum(x => x.Quantity) })
                .ToDictionaryAsync(x => x.Code, x => x.Units, ct);
            var allocated = await db.Segments
                .Where(s => s.Allocated > 0 && EF.Functions.Like(s.SegmentKey, pattern))
                .Join(db.Locations, s => s.LocationId, l => l.Id, (s, l) => new { l.Code, s.Allocated })
                .GroupBy(x => x.Code)
                .Select(g => new { Code = g.Key, Units = g.Sum(x => x.Allocated) })
                .ToDictionaryAsync(x => x.Code, x => x.Units, ct);
            result.AddRange(stock.Keys.Union(allocated.Keys).Order(StringComparer.Ordinal)
                .Select(code => new ValueUsage(value.Name, code, stock.GetValueOrDefault(code), allocated.GetValueOrDefault(code))));
        }

        return result;
    }

    /// <summary>
    /// Stock that predates a tag belongs to its default value: the key of every row, segment, allocation and
    /// order item gains the new tag's default value id (new tags sort last, so appending keeps key order), and
    /// the ledger records the move of stock and of reservations.
    /// </summary>
    public static async Task AssignDefaultOfNewTagAsync(InventoryDbContext db, Tag tag, Actor actor, DateTime at, CancellationToken ct)
    {
        await using var writer = QuantityWriter.For(db);
        await writer.AppendToEveryKeyAsync(tag.DefaultValue.Id, actor,
            $"Tag '{tag.Name}' created: stock assigned to its default value '{tag.DefaultValue.Name}'", at, ct);
    }

    /// <summary>Removes the (empty) rows of values that are going away, so no key names a missing value.</summary>
    public static async Task DeleteEmptyRowsOfAsync(InventoryDbContext db, IReadOnlyList<int> valueIds, CancellationToken ct)
    {
        await RecordLocks.LockAllAsync(db, ct);
        foreach (var id in valueIds)
        {
            var pattern = StoredSegment.Contains(id);
            await db.StockRows.Where(s => s.Quantity == 0 && EF.Functions.Like(s.SegmentKey, pattern)).ExecuteDeleteAsync(ct);
            await db.Segments.Where(s => s.OnHand == 0 && s.Allocated == 0 && EF.Functions.Like(s.SegmentKey, pattern)).ExecuteDeleteAsync(ct);
        }
    }
}
