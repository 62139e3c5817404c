using static System.FormattableString;
using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Model.Stock;
using InventoryAdmin.Domain.Model.Tags;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Domain.Store;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Domain.Services;

/// <summary>
/// Tags use cases (rules 1–8 of SPEC §3). The settings page and the API both call this, so both report
/// the same messages. Each change is one transaction and is published to open pages after it commits.
/// </summary>
public sealed class TagService(IDbContextFactory<InventoryDbContext> dbFactory, InventoryChanges changes, TimeProvider clock)
{
    public async Task<IReadOnlyList<TagDto>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var tags = await db.Tags.AsNoTracking().OrderBy(t => t.DisplayOrder).ThenBy(t => t.Id).ToListAsync(ct);
        return tags.Select(TagDto.From).ToList();
    }

    public async Task<TagDto> GetAsync(string name, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return TagDto.From(await FindAsync(db, name, ct));
    }

    /// <summary>Checks a draft against rules 1–5, including name uniqueness, without saving.</summary>
    /// <param name="originalName">The tag being edited, whose own name does not count as taken.</param>
    public async Task<TagRuleResult> CheckAsync(TagDraft draft, string? originalName, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return TagRules.Check(draft, await OtherNamesAsync(db, originalName, ct));
    }

    public async Task<TagDto> CreateAsync(TagDraft draft, Actor actor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        TagRules.Check(draft, await OtherNamesAsync(db, null, ct)).ThrowIfInvalid();

        var order = await db.Tags.Select(t => (int?)t.DisplayOrder).MaxAsync(ct) ?? -1;
        var tag = new Tag(draft, order + 1);
        db.Tags.Add(tag);
        await db.SaveChangesAsync(ct);
        await StockSegments.AssignDefaultOfNewTagAsync(db, tag, actor, clock.GetUtcNow().UtcDateTime, ct);
        await tx.CommitAsync(ct);

        changes.Publish(new InventoryChange(InventoryChangeArea.Tags, tag.Name));
        return TagDto.From(tag);
    }

    public async Task<TagDto> UpdateAsync(string name, TagDraft draft, bool confirmModeChange, Actor actor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var tag = await FindAsync(db, name, ct);
        TagRules.Check(draft, await OtherNamesAsync(db, tag.Name, ct)).ThrowIfInvalid();

        var newMode = TagRules.ModeOf(draft.Values);
        if (newMode != tag.Mode && !confirmModeChange)
            throw new InventoryRuleException("confirmModeChange",
                $"Saving switches '{tag.Name}' from {Describe(tag.Mode)} to {Describe(newMode)} mode, which takes effect on the next update or redistribution. Confirm the switch (confirmModeChange: true) to save.");

        var removed = tag.ValuesRemovedBy(draft);
        await RefuseIfHoldingStockAsync(db, tag, removed, $"Cannot remove {Names(removed)} from tag '{tag.Name}'", ct);

        var removedIds = removed.Select(v => v.Id).ToList();
        tag.Apply(draft);
        await db.SaveChangesAsync(ct);
        await StockSegments.DeleteEmptyRowsOfAsync(db, removedIds, ct);
        await tx.CommitAsync(ct);

        changes.Publish(new InventoryChange(InventoryChangeArea.Tags, tag.Name));
        return TagDto.From(tag);
    }

    public async Task DeleteAsync(string name, Actor actor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var tag = await FindAsync(db, name, ct);
        await RefuseIfHoldingStockAsync(db, tag, tag.Values, $"Cannot delete tag '{tag.Name}'", ct);

        await StockSegments.DeleteEmptyRowsOfAsync(db, tag.Values.Select(v => v.Id).ToList(), ct);
        db.Tags.Remove(tag);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);

        changes.Publish(new InventoryChange(InventoryChangeArea.Tags, tag.Name));
    }

    /// <summary>Units held per value and location, for the values given (open allocations join in with orders).</summary>
    public async Task<IReadOnlyList<ValueUsage>> UsageAsync(string name, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var tag = await FindAsync(db, name, ct);
        return await StockSegments.UsageAsync(db, tag.Values, ct);
    }

    /// <summary>
    /// Whether the tag, or its value <paramref name="valueId"/>, may be deleted now (rule 7), and what holds it back:
    /// asked before a delete so the refusal can be shown first, by the same check the delete makes.
    /// </summary>
    public async Task<TagDeletionCheck> CheckDeletionAsync(string name, int? valueId = null, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var tag = await FindAsync(db, name, ct);
        var values = valueId is null ? tag.Values.ToList() : tag.Values.Where(v => v.Id == valueId).ToList();
        if (valueId is not null && values.Count == 0)
            throw InventoryRuleException.NotFound("valueId", $"Tag '{tag.Name}' has no value with id {valueId}.");
        return await CheckDeletionAsync(db, tag, values, valueId is null ? null : values[0].Name, ct);
    }

    private static async Task<TagDeletionCheck> CheckDeletionAsync(InventoryDbContext db, Tag tag, IReadOnlyList<TagValue> values, string? value,
        CancellationToken ct) =>
        new(tag.Name, value, values.Select(v => v.Name).ToList(), values.Count == 0 ? [] : await StockSegments.UsageAsync(db, values, ct));

    private static async Task RefuseIfHoldingStockAsync(InventoryDbContext db, Tag tag, IReadOnlyList<TagValue> values, string what, CancellationToken ct)
    {
        var check = await CheckDeletionAsync(db, tag, values, null, ct);
        if (check.CanDelete) return;
        var usage = check.Blocking;

        var total = usage.Sum(u => u.Units);
        var allocated = usage.Sum(u => u.Allocated);
        var detail = string.Join("; ", usage.GroupBy(u => u.Value).Select(g =>
            Invariant($"{g.Key}: {g.Sum(u => u.Units):N0} at {string.Join(", ", g.Select(u => Invariant($"{u.LocationCode} ({u.Units:N0})")))}")));
        var orders = allocated == 0 ? "" : Invariant($" and {allocated:N0} units are allocated to open orders");
        throw new InventoryRuleException("values",
            Invariant($"{what}: {total:N0} units of stock are still in its segments ({detail}){orders}. Move or zero that stock{(allocated == 0 ? "" : " and settle those orders")} first."));
    }

    private static async Task<Tag> FindAsync(InventoryDbContext db, string name, CancellationToken ct)
    {
        var trimmed = name.Trim();
        return await db.Tags.FirstOrDefaultAsync(t => t.Name == trimmed, ct)
            ?? throw InventoryRuleException.NotFound("name", $"There is no tag named '{trimmed}'.");
    }

    private static async Task<List<string>> OtherNamesAsync(InventoryDbContext db, string? except, CancellationToken ct) =>
        await db.Tags.Where(t => except == null || t.Name != except).Select(t => t.Name).ToListAsync(ct);

    private static string Describe(TagMode mode) => mode == TagMode.Percentage ? "percentage" : "discrete";

    private static string Names(IEnumerable<TagValue> values) => string.Join(", ", values.Select(v => $"'{v.Name}'"));
}
