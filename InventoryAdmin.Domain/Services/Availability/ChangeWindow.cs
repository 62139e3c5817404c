using System.Globalization;
using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Model.Availability;
using InventoryAdmin.Domain.Store;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Domain.Services.Availability;

/// <summary>A position in the segment changes: after (TxId, Id). Written "txId.id"; "0.0" is before everything.</summary>
public readonly record struct ChangePosition(long TxId, long Id)
{
    public static readonly ChangePosition Start = new(0, 0);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{TxId}.{Id}");

    public static ChangePosition Parse(string? text, string field = "after")
    {
        if (string.IsNullOrWhiteSpace(text)) return Start;
        var parts = text.Trim().Split('.');
        if (parts.Length == 2 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var tx)
            && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            return new ChangePosition(tx, id);
        throw InventoryRuleException.Malformed(field, $"'{text}' is not a cursor; pass back the 'next' of the previous answer.");
    }
}

/// <summary>
/// Reads segment changes after a position, oldest first, only from the part of the log that can no longer grow
/// behind the reader. PostgreSQL: transactions commit in any order, so a change numbered before one already read may
/// still commit; changes are ordered by their transaction's id and only those of transactions older than every
/// running one (the snapshot's xmin) are handed out, a set no later commit can add to. SQLite: one writer at a time,
/// so the id order is the commit order and every committed change can be handed out.
/// </summary>
internal static class ChangeWindow
{
    public static Task<List<SegmentChange>> ReadAsync(InventoryDbContext db, ChangePosition after, int limit, CancellationToken ct) =>
        ReadAsync(db, after, limit, null, ct);

    /// <summary>As above, narrowed by <paramref name="filter"/> (applied before the limit, so a page is never emptied by it).</summary>
    public static Task<List<SegmentChange>> ReadAsync(InventoryDbContext db, ChangePosition after, int limit,
        Func<IQueryable<SegmentChange>, IQueryable<SegmentChange>>? filter, CancellationToken ct)
    {
        IQueryable<SegmentChange> changes;
        if (!db.Database.IsNpgsql())
            changes = db.SegmentChanges.Where(c => c.Id > after.Id);
        else
            changes = db.SegmentChanges.FromSqlRaw($$"""
                SELECT * FROM "SegmentChanges" WHERE "TxId" < {{SegmentChangeTriggers.PostgreSqlSafeTxId}}
                """).Where(c => c.TxId > after.TxId || (c.TxId == after.TxId && c.Id > after.Id));
        if (filter is not null) changes = filter(changes);
        changes = db.Database.IsNpgsql() ? changes.OrderBy(c => c.TxId).ThenBy(c => c.Id) : changes.OrderBy(c => c.Id);
        return changes.AsNoTracking().Take(limit).ToListAsync(ct);
    }
}
