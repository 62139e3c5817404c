using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Model.Stock;
using InventoryAdmin.Domain.Model.Tags;
using InventoryAdmin.Domain.Model.Traits;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Domain.Services.Redistribution;
using InventoryAdmin.Domain.Services.Stock;
using InventoryAdmin.Domain.Store;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Domain.Services;

/// <summary>
/// Counts, adjusts and moves of stock (SPEC §3 Updates), written by <see cref="QuantityWriter"/>. A batch is one transaction: every line is
/// checked first, then planned against the stock as earlier lines left it, then written with its ledger
/// movements; one bad line refuses the whole batch. Open pages hear about it after the commit.
/// </summary>
public sealed partial class StockService(IDbContextFactory<InventoryDbContext> dbFactory, InventoryChanges changes, TimeProvider clock,
    BatchLimits? limits = null)
{
    /// <summary>How many lines one batch may hold (<c>Api:MaxBatchLines</c>).</summary>
    public BatchLimits Limits { get; } = limits ?? BatchLimits.Default;

    public Task<StockChangeResult> RefreshAsync(IReadOnlyList<StockLine> lines, Actor actor, CancellationToken ct = default) =>
        ApplyAsync(StockChangeKind.Refresh, lines, actor, ct);

    public Task<StockChangeResult> AdjustAsync(IReadOnlyList<StockLine> lines, Actor actor, CancellationToken ct = default) =>
        ApplyAsync(StockChangeKind.Adjust, lines, actor, ct);

    /// <summary>
    /// Checks a refresh by the same rules <see cref="RefreshAsync"/> applies, and changes nothing: throws the same
    /// <see cref="InventoryRuleException"/> when refused, else says how many lines and ledger movements it would make.
    /// </summary>
    public async Task<StockChangeResult> CheckRefreshAsync(IReadOnlyList<StockLine> lines, CancellationToken ct = default)
    {
        Limits.Check(lines.Count);
        // No transaction: a check writes nothing, so it need not hold SQLite's write lock while a big file is planned.
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var plan = await PlanAsync(db, StockChangeKind.Refresh, lines, ct);
        return new StockChangeResult(plan.Lines, plan.RowChanges.Count);
    }

    /// <summary>
    /// A batch is planned before the write lock, on one snapshot (<see cref="PlanBasis"/>): orders go on meanwhile. Under
    /// the lock (PostgreSQL: the records locked in key order) only the records another transaction changed since are
    /// read and planned again, the product totals are checked against the stock as it is, and the plan is written with
    /// its ledger in that one transaction. When the tags, a storage location's traits or a location's lock changed
    /// meanwhile, the whole batch is planned again under the lock. A batch refused (on the snapshot or under the lock) changes nothing.
    /// </summary>
    private Task<StockChangeResult> ApplyAsync(StockChangeKind kind, IReadOnlyList<StockLine> lines, Actor actor, CancellationToken ct)
    {
        Limits.Check(lines.Count);
        return QuantityWriter.RetryAsync(() => ApplyOnceAsync(kind, lines, actor, ct), ct);
    }

    private async Task<StockChangeResult> ApplyOnceAsync(StockChangeKind kind, IReadOnlyList<StockLine> lines, Actor actor, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        Draft draft;
        PlanBasis basis;
        await using (var snapshot = await PlanBasis.BeginSnapshotAsync(db, ct))
        {
            draft = await DraftAsync(db, kind, lines, lockRecords: false, ct);
            basis = await PlanBasis.ReadAsync(db, draft.Keys, ct);
            draft.ThrowIfRefused(lines);
            // Refused early on the snapshot; checked again under the lock, against the stock as it is then.
            await draft.CheckTotalsAsync(db, lines, ct);
            draft.ThrowIfRefused(lines);
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var at = clock.GetUtcNow().UtcDateTime;
        await RecordLocks.LockAsync(db, draft.Keys, at, ct);
        var catalogue = await LoadCatalogueAsync(db, ct);
        var storage = await LoadStorageTraitsAsync(db, draft.LocationIds, ct);
        if (catalogue.Fingerprint != draft.Catalogue.Fingerprint || !storage.SameAs(draft.Storage))
            draft = await DraftAsync(db, kind, lines, lockRecords: false, ct); // the records are locked already
        else
        {
            var changed = await basis.ChangedAsync(db, draft.Keys, ct);
            if (changed.Count > 0) draft.Replan(await LoadRecordsAsync(db, changed.ToList(), ct, lockRecords: false));
        }

        draft.ThrowIfRefused(lines);
        var plan = await draft.FinishAsync(db, lines, ct);
        await using var writer = QuantityWriter.For(db);
        var movements = await writer.WriteRowsAsync(plan.RowChanges, plan.Records, actor, at, ct);
        writer.About(lines.Count == 1 ? lines[0].Sku : null);
        await writer.CommitAsync(tx, changes, ct);
        return new StockChangeResult(plan.Lines, movements);
    }

    /// <summary>
    /// Moves units of one segment from one storage location to another at the same location: one transaction, a
    /// movement out of the source row and one into the destination row. Free units go first, as in an adjust.
    /// </summary>
    public Task<StockChangeResult> MoveAsync(StockMove move, Actor actor, CancellationToken ct = default) =>
        QuantityWriter.RetryAsync(() => MoveOnceAsync(move, actor, ct), ct);

    private async Task<StockChangeResult> MoveOnceAsync(StockMove move, Actor actor, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (move.Quantity <= 0) errors["quantity"] = ["Move at least one unit."];
        if (string.Equals(move.FromStorageLocation?.Trim() ?? "", move.ToStorageLocation?.Trim() ?? "", StringComparison.OrdinalIgnoreCase))
            errors["toStorageLocation"] = ["Choose a different storage location to move to."];
        var reason = string.IsNullOrWhiteSpace(move.Reason) ? null : move.Reason.Trim();
        TextRules.Check(errors, "reason", reason, TextLimits.Reason, "The reason");
        TextRules.Check(errors, "fromStorageLocation", move.FromStorageLocation?.Trim(), TextLimits.StorageLocationName, "Storage location");
        TextRules.Check(errors, "toStorageLocation", move.ToStorageLocation?.Trim(), TextLimits.StorageLocationName, "Storage location");
        if (errors.Count > 0) throw new InventoryRuleException(errors.First().Value[0], errors);

        var label = $"Moved {Name(move.FromStorageLocation)} → {Name(move.ToStorageLocation)}{(reason is null ? "" : ": " + reason)}";
        StockLine Line(string? storage, int amount) => new(move.Sku, null, move.LocationCode, move.Tags ?? new Dictionary<string, string>(), amount, label, null, storage);

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var catalogue = await LoadCatalogueAsync(db, ct);
        var resolved = await StockLineResolver.ResolveAsync(db, catalogue, StockChangeKind.Adjust,
            [Line(move.FromStorageLocation, -move.Quantity), Line(move.ToStorageLocation, move.Quantity)], ct);
        var (from, to) = (resolved[0], resolved[1]);
        var record = (await LoadRecordsAsync(db, resolved, ct)).Values.Single();
        // With tags on, the line names one segment; with tags off the units come from whatever rows hold them.
        var key = from.SegmentKey ?? (catalogue.Enabled ? catalogue.Encode(move.Tags, out _) : null);
        var plan = StockChangePlanner.Plan(record.Scope(from.StorageLocationId, leaveOutInMotion: false), StockChangeKind.Adjust, -move.Quantity, key, catalogue.Split);
        if (plan.IsRefused)
            throw new InventoryRuleException("quantity", $"{Name(move.FromStorageLocation)} cannot give {move.Quantity}: {plan.Error}");

        var rowChanges = new List<RowChange>();
        foreach (var (segment, after) in plan.NewOnHand)
        {
            var source = record.Row(segment, from.StorageLocationId);
            var taken = source.Quantity - after;
            rowChanges.Add(new RowChange(from.ProductId, from.LocationId, segment, source.Quantity, after, label, null, from.StorageLocationId, source.Locked, source.KeepOnZero));
            record.Set(segment, from.StorageLocationId, after, source);
            var target = record.Row(segment, to.StorageLocationId);
            rowChanges.Add(new RowChange(to.ProductId, to.LocationId, segment, target.Quantity, target.Quantity + taken, label, null, to.StorageLocationId, target.Locked, target.KeepOnZero));
            record.Set(segment, to.StorageLocationId, target.Quantity + taken, target);
        }

        await using var writer = QuantityWriter.For(db);
        var movements = await writer.WriteRowsAsync(rowChanges, [record], actor, clock.GetUtcNow().UtcDateTime, ct);
        writer.About(move.Sku.Trim());
        await writer.CommitAsync(tx, changes, ct);
        return new StockChangeResult(1, movements);
    }

    private static string Name(string? storageLocation) => string.IsNullOrWhiteSpace(storageLocation) ? "(no storage location)" : storageLocation.Trim();

    /// <summary>The rules of a batch, shared by apply and check: resolve every line, then plan each against the stock as earlier lines left it.</summary>
    private static async Task<BatchPlan> PlanAsync(InventoryDbContext db, StockChangeKind kind, IReadOnlyList<StockLine> lines, CancellationToken ct)
    {
        var draft = await DraftAsync(db, kind, lines, lockRecords: true, ct);
        draft.ThrowIfRefused(lines);
        return await draft.FinishAsync(db, lines, ct);
    }

    private static async Task<Draft> DraftAsync(InventoryDbContext db, StockChangeKind kind, IReadOnlyList<StockLine> lines, bool lockRecords,
        CancellationToken ct)
    {
        var catalogue = await LoadCatalogueAsync(db, ct);
        var resolved = await StockLineResolver.ResolveAsync(db, catalogue, kind, lines, ct);
        var keys = resolved.Select(l => (l.ProductId, l.LocationId)).Distinct().ToList();
        var records = await LoadRecordsAsync(db, keys, ct, lockRecords);
        var draft = new Draft(kind, catalogue, resolved, keys, records, records.Values.FirstOrDefault()?.Storage
            ?? await LoadStorageTraitsAsync(db, keys.Select(k => k.LocationId).Distinct().ToList(), ct));
        draft.Plan(null);
        return draft;
    }

    internal static async Task<TagCatalogue> LoadCatalogueAsync(InventoryDbContext db, CancellationToken ct)
    {
        var tags = await db.Tags.AsNoTracking().ToListAsync(ct);
        var enabled = await db.Settings.OrderBy(s => s.Id).Select(s => s.TagsEnabled).FirstOrDefaultAsync(ct);
        return new TagCatalogue(tags, enabled);
    }

    internal static Task<Dictionary<(int, int), RecordState>> LoadRecordsAsync(InventoryDbContext db, IReadOnlyList<ResolvedLine> lines,
        CancellationToken ct) =>
        LoadRecordsAsync(db, lines.Select(l => (l.ProductId, l.LocationId)).Distinct().ToList(), ct);

    /// <summary>
    /// The records' stock rows, allocations and pending flags, as a write transaction sees them: inside one, the records
    /// are locked first (<see cref="RecordLocks"/>), so what is written from these figures cannot overwrite another's change.
    /// </summary>
    /// <param name="lockRecords">False when the records are locked already, or for a read-only snapshot.</param>
    internal static async Task<Dictionary<(int, int), RecordState>> LoadRecordsAsync(InventoryDbContext db,
        IReadOnlyList<(int ProductId, int LocationId)> keys, CancellationToken ct, bool lockRecords = true)
    {
        if (lockRecords && db.Database.CurrentTransaction is not null) await RecordLocks.LockAsync(db, keys, DateTime.UtcNow, ct);
        var locationIds = keys.Select(k => k.LocationId).Distinct().ToList();
        var storage = await LoadStorageTraitsAsync(db, locationIds, ct);
        var records = keys.Distinct().ToDictionary(k => k, k => new RecordState(k.ProductId, k.LocationId, storage));
        var productIds = records.Keys.Select(k => k.Item1).Distinct().ToList();
        foreach (var chunk in productIds.Chunk(500))
        {
            var rows = await db.StockRows.AsNoTracking().Where(s => chunk.Contains(s.ProductId) && locationIds.Contains(s.LocationId))
                .Select(s => new { s.ProductId, s.LocationId, s.SegmentKey, s.StorageLocationId, s.Quantity, s.TraitsEnabled, s.TraitsDisabled })
                .ToListAsync(ct);
            foreach (var row in rows)
                if (records.TryGetValue((row.ProductId, row.LocationId), out var record))
                    record.Rows[(row.SegmentKey, row.StorageLocationId)] = RowState.From(row.Quantity, new TraitConfig(row.TraitsEnabled, row.TraitsDisabled),
                        storage.Of(row.StorageLocationId), storage.IsLocked(row.LocationId));
            var allocated = await db.Segments.AsNoTracking().Where(s => chunk.Contains(s.ProductId) && locationIds.Contains(s.LocationId) && s.Allocated != 0)
                .Select(s => new { s.ProductId, s.LocationId, s.SegmentKey, s.Allocated }).ToListAsync(ct);
            foreach (var segment in allocated)
                if (records.TryGetValue((segment.ProductId, segment.LocationId), out var record))
                    record.Allocated[segment.SegmentKey] = segment.Allocated;
            var pending = await db.Records.AsNoTracking().Where(r => chunk.Contains(r.ProductId) && locationIds.Contains(r.LocationId) && r.PendingRedistribution)
                .Select(r => new { r.ProductId, r.LocationId }).ToListAsync(ct);
            foreach (var record in pending)
                if (records.TryGetValue((record.ProductId, record.LocationId), out var state))
                    state.Pending = true;
        }

        return records;
    }

    internal static async Task<StorageTraits> LoadStorageTraitsAsync(InventoryDbContext db, IReadOnlyList<int> locationIds, CancellationToken ct)
    {
        var storage = await db.StorageLocations.AsNoTracking().Where(s => locationIds.Contains(s.LocationId))
            .Select(s => new { s.Id, s.TraitsEnabled, s.TraitsDisabled }).ToListAsync(ct);
        var locked = await db.Locations.AsNoTracking().Where(l => l.Locked && locationIds.Contains(l.Id)).Select(l => l.Id).ToListAsync(ct);
        return new StorageTraits(storage.ToDictionary(s => s.Id, s => new TraitConfig(s.TraitsEnabled, s.TraitsDisabled)), locked.ToHashSet());
    }
}
