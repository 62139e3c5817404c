using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Model.Stock;
using InventoryAdmin.Domain.Model.Traits;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Domain.Services.Stock;
using InventoryAdmin.Domain.Store;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Domain.Services;

/// <summary>
/// Storage locations, trait configurations and locks (SPEC §4). Locking a location, a storage location or a stock row
/// changes no quantity, but moves units between sellable and Locked: each change is one transaction that also
/// writes a ledger movement per affected stock row and updates the record figures.
/// </summary>
public sealed class TraitService(IDbContextFactory<InventoryDbContext> dbFactory, InventoryChanges changes, TimeProvider clock)
{
    public async Task<IReadOnlyList<StorageLocationDto>> StorageLocationsAsync(string locationCode, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var location = await FindLocationAsync(db, locationCode, ct);
        var storage = await db.StorageLocations.AsNoTracking().Where(s => s.LocationId == location.Id).OrderBy(s => s.Name).ToListAsync(ct);
        var stock = await db.StockRows.AsNoTracking().Where(s => s.LocationId == location.Id && s.StorageLocationId != StockRow.NoStorageLocation)
            .GroupBy(s => s.StorageLocationId)
            .Select(g => new { Id = g.Key, Rows = g.Count(), Units = g.Sum(s => s.Quantity), Locked = g.Sum(s => s.Locked ? s.Quantity : 0) })
            .ToDictionaryAsync(x => x.Id, ct);
        return storage.Select(s =>
        {
            var held = stock.GetValueOrDefault(s.Id);
            return ToDto(location, s, held?.Rows ?? 0, held?.Units ?? 0, held?.Locked ?? 0);
        }).ToList();
    }

    /// <summary>Creates a storage location or replaces its trait configuration (traits left out become unset).</summary>
    public Task<(StorageLocationDto StorageLocation, bool Created)> PutStorageLocationAsync(string locationCode, string name,
        IReadOnlyDictionary<string, bool?>? traits, string? reason, Actor actor, CancellationToken ct = default) =>
        QuantityWriter.RetryAsync(() => PutStorageLocationOnceAsync(locationCode, name, traits, reason, actor, ct), ct);

    private async Task<(StorageLocationDto StorageLocation, bool Created)> PutStorageLocationOnceAsync(string locationCode, string name,
        IReadOnlyDictionary<string, bool?>? traits, string? reason, Actor actor, CancellationToken ct)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length == 0)
            throw new InventoryRuleException("name", $"The storage location needs a name of at most {StorageLocation.MaxNameLength} characters.");
        TextRules.Require("name", trimmed, StorageLocation.MaxNameLength, "The storage location's name");
        var config = TraitInput.Parse(traits);

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var location = await FindLocationAsync(db, locationCode, ct);
        var storage = await FindStorageOrNullAsync(db, location, trimmed, ct);
        var created = storage is null;
        var why = TraitInput.Reason(reason, created ? $"Storage location {trimmed} created" : $"Traits of {trimmed}: {config}");
        var at = clock.GetUtcNow().UtcDateTime;
        await using var writer = QuantityWriter.For(db);
        if (storage is null) db.StorageLocations.Add(storage = new StorageLocation(location.Id, trimmed, config));
        else
        {
            // The records first, then the storage location (the order every quantity writer locks in).
            await writer.LockForRecomputeAsync(new(location.Id, storage.Id), ct);
            await db.Entry(storage).ReloadAsync(ct);
        }

        storage.Change(config, why, actor.Name, at);
        await db.SaveChangesAsync(ct);
        if (!created) await writer.RecomputeLockedAsync(new(location.Id, storage.Id), actor, why, at, ct);
        writer.Changed();
        await writer.CommitAsync(tx, changes, ct);
        return ((await StorageLocationsAsync(location.Code, ct)).Single(s => s.Name == storage.Name), created);
    }

    /// <summary>Removes an empty storage location; one that still has stock rows is refused.</summary>
    public async Task DeleteStorageLocationAsync(string locationCode, string name, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var location = await FindLocationAsync(db, locationCode, ct);
        var storage = await FindStorageAsync(db, location, name, ct);
        var units = await db.StockRows.Where(s => s.LocationId == location.Id && s.StorageLocationId == storage.Id).SumAsync(s => (long)s.Quantity, ct);
        var rows = await db.StockRows.CountAsync(s => s.LocationId == location.Id && s.StorageLocationId == storage.Id, ct);
        if (rows > 0)
            throw new InventoryRuleException("name", $"{storage.Name} still holds {units} unit(s) in {rows} stock row(s); move or count them out first.",
                RuleViolationKind.Conflict);
        db.StorageLocations.Remove(storage);
        await db.SaveChangesAsync(ct);
        changes.Publish(new InventoryChange(InventoryChangeArea.Stock));
    }

    /// <summary>
    /// Locks (ACCESSIBLE off) or unlocks (ACCESSIBLE on) a storage location, or, without one, the whole location. A
    /// locked location makes all its stock unsellable whatever the traits below say; unlocking it restores them.
    /// </summary>
    public Task<LockResultDto> SetLocationLockAsync(string locationCode, string? storageLocation, bool locked, string? reason, Actor actor,
        CancellationToken ct = default) =>
        QuantityWriter.RetryAsync(() => SetLocationLockOnceAsync(locationCode, storageLocation, locked, reason, actor, ct), ct);

    private async Task<LockResultDto> SetLocationLockOnceAsync(string locationCode, string? storageLocation, bool locked, string? reason, Actor actor,
        CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var location = await FindLocationAsync(db, locationCode, ct);
        var at = clock.GetUtcNow().UtcDateTime;
        LockedRecompute.Scope scope;
        string why;
        StorageLocation? storage = null;
        await using var writer = QuantityWriter.For(db);
        if (!string.IsNullOrWhiteSpace(storageLocation)) storage = await FindStorageAsync(db, location, storageLocation, ct);
        // The records first, then the location or storage location, read again under the lock: a change committed
        // since they were found is changed on, not lost (PostgreSQL).
        scope = storage is null ? new(location.Id) : new(location.Id, storage.Id);
        await writer.LockForRecomputeAsync(scope, ct);
        await db.Entry(location).ReloadAsync(ct);
        if (storage is not null) await db.Entry(storage).ReloadAsync(ct);
        if (storage is null)
        {
            why = TraitInput.Reason(reason, locked ? "Location locked" : "Location unlocked");
            if (locked) location.Lock(why, actor.Name, at); else location.Unlock();
        }
        else
        {
            why = TraitInput.Reason(reason, locked ? $"{storage.Name} locked" : $"{storage.Name} unlocked");
            storage.Change(storage.Traits.With(Trait.Accessible, !locked), why, actor.Name, at);
        }

        await db.SaveChangesAsync(ct);
        var changed = await writer.RecomputeLockedAsync(scope, actor, Prefix(locked, why), at, ct);
        var lockedUnits = await LockedUnitsAsync(db, scope, ct);
        await writer.CommitAsync(tx, changes, ct);
        return new LockResultDto(location.Code, storage?.Name, null, locked, changed, lockedUnits);
    }

    /// <summary>Locks (ACCESSIBLE off on the stock) or unlocks (ACCESSIBLE on) one stock row.</summary>
    public Task<LockResultDto> SetStockLockAsync(StockRowRef row, bool locked, string? reason, Actor actor, CancellationToken ct = default) =>
        ChangeStockAsync(row, config => config.With(Trait.Accessible, !locked), reason, locked ? "Stock locked" : "Stock unlocked", actor, ct);

    /// <summary>Replaces one stock row's trait configuration (traits left out become unset).</summary>
    public Task<LockResultDto> SetStockTraitsAsync(StockRowRef row, IReadOnlyDictionary<string, bool?>? traits, string? reason, Actor actor,
        CancellationToken ct = default)
    {
        var config = TraitInput.Parse(traits);
        return ChangeStockAsync(row, _ => config, reason, $"Stock traits: {config}", actor, ct);
    }

    private Task<LockResultDto> ChangeStockAsync(StockRowRef reference, Func<TraitConfig, TraitConfig> change, string? reason, string fallback,
        Actor actor, CancellationToken ct) =>
        QuantityWriter.RetryAsync(() => ChangeStockOnceAsync(reference, change, reason, fallback, actor, ct), ct);

    private async Task<LockResultDto> ChangeStockOnceAsync(StockRowRef reference, Func<TraitConfig, TraitConfig> change, string? reason, string fallback,
        Actor actor, CancellationToken ct)
    {
        var why = TraitInput.Reason(reason, fallback);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var (row, location, storage) = await FindRowAsync(db, reference, ct);
        var at = clock.GetUtcNow().UtcDateTime;
        var scope = new LockedRecompute.Scope(location.Id, row.StorageLocationId, row.Id, row.ProductId);
        await using var writer = QuantityWriter.For(db);
        // The records first, then the row (every quantity writer locks in that order); the row is read again under the
        // lock, so a trait change committed since it was found is changed on, not lost (PostgreSQL).
        await writer.LockForRecomputeAsync(scope, ct);
        await db.Entry(row).ReloadAsync(ct);
        row.Traits = change(row.Traits);
        await db.SaveChangesAsync(ct);
        var changed = await writer.RecomputeLockedAsync(scope, actor, why, at, ct);
        var lockedUnits = await LockedUnitsAsync(db, scope, ct);
        var nowLocked = await db.StockRows.Where(s => s.Id == row.Id).Select(s => (bool?)s.Locked).FirstOrDefaultAsync(ct) ?? false;
        writer.About(reference.Sku.Trim());
        await writer.CommitAsync(tx, changes, ct);
        return new LockResultDto(location.Code, storage?.Name, reference.Sku.Trim(), nowLocked, changed, lockedUnits);
    }

    private static string Prefix(bool locked, string reason) => reason.StartsWith(locked ? "Lock" : "Unlock", StringComparison.OrdinalIgnoreCase)
        || reason.Contains(locked ? " locked" : " unlocked", StringComparison.OrdinalIgnoreCase) ? reason : $"{(locked ? "Locked" : "Unlocked")}: {reason}";

    private static Task<int> LockedUnitsAsync(InventoryDbContext db, LockedRecompute.Scope scope, CancellationToken ct) =>
        db.StockRows.Where(s => s.LocationId == scope.LocationId && s.Locked
                && (scope.StorageLocationId == null || s.StorageLocationId == scope.StorageLocationId) && (scope.RowId == null || s.Id == scope.RowId))
            .SumAsync(s => s.Quantity, ct);

    private static async Task<(StockRow Row, Location Location, StorageLocation? Storage)> FindRowAsync(InventoryDbContext db, StockRowRef reference,
        CancellationToken ct)
    {
        var sku = reference.Sku?.Trim() ?? "";
        TextRules.Require("sku", sku, TextLimits.Sku, "SKU");
        var product = await db.Products.AsNoTracking().Where(p => p.Sku == sku).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct)
            ?? throw InventoryRuleException.NotFound("sku", $"There is no product with SKU '{sku}'.");
        var location = await FindLocationAsync(db, reference.LocationCode, ct);
        var storage = string.IsNullOrWhiteSpace(reference.StorageLocation) ? null : await FindStorageAsync(db, location, reference.StorageLocation, ct);
        var key = reference.SegmentKey;
        if (key is null)
        {
            var catalogue = await StockService.LoadCatalogueAsync(db, ct);
            key = catalogue.Encode(reference.Tags, out var tagErrors);
            if (tagErrors.Count > 0)
                throw new InventoryRuleException(tagErrors.First().Value, tagErrors.ToDictionary(e => $"tags.{e.Key}", e => new[] { e.Value }));
        }

        var storageId = storage?.Id ?? StockRow.NoStorageLocation;
        var row = await db.StockRows.FirstOrDefaultAsync(s => s.ProductId == product && s.LocationId == location.Id && s.SegmentKey == key
                && s.StorageLocationId == storageId, ct)
            ?? throw InventoryRuleException.NotFound("tags", $"{sku} has no stock row in that segment at {location.Code}{(storage is null ? "" : " / " + storage.Name)}.");
        return (row, location, storage);
    }

    internal static async Task<Location> FindLocationAsync(InventoryDbContext db, string? code, CancellationToken ct)
    {
        var trimmed = code?.Trim() ?? "";
        TextRules.Require("locationCode", trimmed, TextLimits.LocationCode, "Location code");
        return await CatalogueService.FindLocationOrNullAsync(db, trimmed, ct)
            ?? throw InventoryRuleException.NotFound("locationCode", $"There is no location with code '{trimmed}'.");
    }

    internal static async Task<StorageLocation> FindStorageAsync(InventoryDbContext db, Location location, string? name, CancellationToken ct)
    {
        var trimmed = name?.Trim() ?? "";
        TextRules.Require("storageLocation", trimmed, TextLimits.StorageLocationName, "Storage location");
        return await FindStorageOrNullAsync(db, location, trimmed, ct)
            ?? throw InventoryRuleException.NotFound("storageLocation", $"There is no storage location '{trimmed}' at {location.Code}.");
    }

    /// <summary>
    /// Names match ignoring case for every letter ("Fach-ä" is "Fach-Ä"), compared here rather than by SQLite's NOCASE,
    /// which folds only A–Z: a location has few storage locations, and lookups elsewhere fold case the same way.
    /// </summary>
    private static async Task<StorageLocation?> FindStorageOrNullAsync(InventoryDbContext db, Location location, string name, CancellationToken ct) =>
        (await db.StorageLocations.Where(s => s.LocationId == location.Id).ToListAsync(ct))
            .FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));

    private static StorageLocationDto ToDto(Location location, StorageLocation s, int rows, int units, int locked) =>
        new(location.Code, s.Name, TraitInput.ToMap(s.Traits), Traits.IsSellable(Traits.Effective(TraitConfig.Unset, s.Traits), location.Locked),
            rows, units, locked, s.Reason, s.ChangedBy, s.ChangedAtUtc is { } at ? DateTime.SpecifyKind(at, DateTimeKind.Utc) : null);
}
