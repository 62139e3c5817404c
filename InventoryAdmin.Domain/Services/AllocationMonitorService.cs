using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Model.Stock;
using InventoryAdmin.Domain.Services.Availability;
using InventoryAdmin.Domain.Services.Bundles;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Domain.Store;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Domain.Services;

/// <summary>
/// The Modern Retail side of allocations: a store's POS pulls its unsent allocations (marking them sent) and
/// acknowledges them; the monitor shows open allocations per location and across locations, and the unallocated items.
/// Also the availability feed channels read.
/// </summary>
public sealed class AllocationMonitorService(IDbContextFactory<InventoryDbContext> dbFactory, InventoryChanges changes, TimeProvider clock)
{
    /// <summary>Open allocations of the location not yet sent to its POS, oldest first; they are marked sent in the same transaction.</summary>
    public async Task<IReadOnlyList<PosAllocationDto>> PullAsync(string locationCode, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var location = await TraitService.FindLocationAsync(db, locationCode, ct);
        var allocations = await db.Allocations.Where(a => a.LocationId == location.Id && a.SentAtUtc == null && a.Quantity > a.Fulfilled + a.Cancelled)
            .OrderBy(a => a.Id).ToListAsync(ct);
        var at = clock.GetUtcNow().UtcDateTime;
        foreach (var a in allocations) a.MarkSent(at);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        if (allocations.Count > 0) changes.Publish(new InventoryChange(InventoryChangeArea.Stock));

        var catalogue = await StockService.LoadCatalogueAsync(db, ct);
        var orderIds = allocations.Select(a => a.OrderId).Distinct().ToList();
        var orders = await db.Orders.Where(o => orderIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.ExternalId, ct);
        var productIds = allocations.Select(a => a.ProductId).Distinct().ToList();
        var skus = await db.Products.Where(p => productIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Sku, ct);
        return allocations.Select(a => new PosAllocationDto(a.Id, orders[a.OrderId], skus[a.ProductId], a.Open, catalogue.Decode(a.SegmentKey),
            DateTime.SpecifyKind(a.CreatedAtUtc, DateTimeKind.Utc), DateTime.SpecifyKind(at, DateTimeKind.Utc))).ToList();
    }

    /// <summary>Marks sent allocations of the location acknowledged; an id that is not one of them is refused and nothing changes.</summary>
    public async Task<PosAckResultDto> AcknowledgeAsync(string locationCode, IReadOnlyList<long>? allocationIds, CancellationToken ct = default)
    {
        if (allocationIds is not { Count: > 0 }) throw new InventoryRuleException("allocationIds", "Give the ids of the allocations to acknowledge.");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var location = await TraitService.FindLocationAsync(db, locationCode, ct);
        var ids = allocationIds.Distinct().ToList();
        var found = await db.Allocations.Where(a => ids.Contains(a.Id) && a.LocationId == location.Id).ToDictionaryAsync(a => a.Id, ct);
        var errors = new Dictionary<string, string[]>();
        var onlyNotFound = true;
        for (var i = 0; i < allocationIds.Count; i++)
        {
            if (!found.TryGetValue(allocationIds[i], out var a)) errors[$"allocationIds[{i}]"] = [$"{location.Code} has no allocation {allocationIds[i]}."];
            else if (a.SentAtUtc is null)
            {
                errors[$"allocationIds[{i}]"] = [$"Allocation {a.Id} was not sent to the POS yet; pull it first."];
                onlyNotFound = false;
            }
        }

        if (errors.Count > 0)
            throw new InventoryRuleException($"{errors.Count} allocation(s) cannot be acknowledged; nothing was changed. First: {errors.First().Value[0]}",
                errors, onlyNotFound ? RuleViolationKind.NotFound : RuleViolationKind.Conflict);
        var at = clock.GetUtcNow().UtcDateTime;
        var acknowledged = 0;
        foreach (var a in found.Values.Where(a => a.AcknowledgedAtUtc is null))
        {
            a.Acknowledge(at);
            acknowledged++;
        }

        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        if (acknowledged > 0) changes.Publish(new InventoryChange(InventoryChangeArea.Stock));
        return new PosAckResultDto(acknowledged);
    }

    /// <summary>Open allocations per location (every location, zeros included) and summed over them, and the unallocated items.</summary>
    public async Task<MonitorDto> MonitorAsync(string? locationCode = null, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var locations = await db.Locations.AsNoTracking().OrderBy(l => l.Code).ToListAsync(ct);
        if (!string.IsNullOrWhiteSpace(locationCode))
            locations = [await TraitService.FindLocationAsync(db, locationCode, ct)];
        var ids = locations.Select(l => l.Id).ToList();
        var open = db.Allocations.AsNoTracking().Where(a => ids.Contains(a.LocationId) && a.Quantity > a.Fulfilled + a.Cancelled);
        var stats = await open.GroupBy(a => a.LocationId).Select(g => new
        {
            LocationId = g.Key,
            Count = g.Count(),
            Units = g.Sum(a => a.Quantity - a.Fulfilled - a.Cancelled),
            Unsent = g.Count(a => a.SentAtUtc == null),
            Unacknowledged = g.Count(a => a.SentAtUtc != null && a.AcknowledgedAtUtc == null),
            Oldest = g.Min(a => a.CreatedAtUtc),
            OldestUnsent = g.Where(a => a.SentAtUtc == null).Min(a => (DateTime?)a.CreatedAtUtc),
            OldestUnacknowledged = g.Where(a => a.SentAtUtc != null && a.AcknowledgedAtUtc == null).Min(a => a.SentAtUtc),
        }).ToDictionaryAsync(x => x.LocationId, ct);
        static DateTime? Utc(DateTime? at) => at is { } t ? DateTime.SpecifyKind(t, DateTimeKind.Utc) : null;
        var rows = locations.Select(l => stats.TryGetValue(l.Id, out var s)
            ? new MonitorLocationDto(l.Code, s.Count, s.Units, s.Unsent, s.Unacknowledged, Utc(s.Oldest), Utc(s.OldestUnsent), Utc(s.OldestUnacknowledged))
            : new MonitorLocationDto(l.Code, 0, 0, 0, 0, null, null, null)).ToList();
        var aggregate = new MonitorTotalsDto(rows.Sum(r => r.OpenAllocations), rows.Sum(r => r.Units), rows.Sum(r => r.Unsent), rows.Sum(r => r.Unacknowledged));

        var catalogue = await StockService.LoadCatalogueAsync(db, ct);
        var unallocated = await (from i in db.OrderItems.AsNoTracking()
                                 join o in db.Orders on i.OrderId equals o.Id
                                 join p in db.Products on i.ProductId equals p.Id
                                 where i.UnallocatedQuantity > 0 && o.Status != Model.Orders.OrderStatus.Cancelled
                                 orderby o.Id descending
                                 select new { o.ExternalId, p.Sku, i.UnallocatedQuantity, i.SegmentKey, i.UnallocatedReason, o.CreatedAtUtc, o.Status }).Take(500).ToListAsync(ct);
        return new MonitorDto(rows, aggregate, unallocated.Select(u => new UnallocatedItemDto(u.ExternalId, u.Sku, u.UnallocatedQuantity,
            u.SegmentKey is null ? new Dictionary<string, string>() : catalogue.Decode(u.SegmentKey), u.UnallocatedReason ?? "",
            DateTime.SpecifyKind(u.CreatedAtUtc, DateTimeKind.Utc), Orders.OrderStatuses.Name(u.Status))).ToList());
    }

    /// <summary>
    /// Available per SKU: in the segments matching <paramref name="segment"/> (tag → value; other tags any value) or in all,
    /// at one location or summed over locations (SPEC §6 availability feed).
    /// </summary>
    public async Task<IReadOnlyList<AvailabilityDto>> AvailabilityAsync(IReadOnlyList<string>? skus, IReadOnlyDictionary<string, string>? segment,
        string? locationCode, CancellationToken ct = default)
    {
        var wanted = (skus ?? []).Select(s => s.Trim()).Where(s => s.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (wanted.Count == 0) throw new InventoryRuleException("skus", "Give one or more SKUs, comma-separated.");
        if (wanted.Count > InventoryQueryService.MaxPageSize) throw new InventoryRuleException("skus", $"Ask for at most {InventoryQueryService.MaxPageSize} SKUs at a time.");

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var products = await db.Products.AsNoTracking().Where(p => wanted.Contains(p.Sku)).ToDictionaryAsync(p => p.Sku, p => p.Id, StringComparer.OrdinalIgnoreCase, ct);
        var missing = wanted.Select((s, i) => (s, i)).Where(x => !products.ContainsKey(x.s)).ToList();
        if (missing.Count > 0)
            throw new InventoryRuleException($"Unknown SKU(s): {string.Join(", ", missing.Select(m => m.s))}.",
                missing.ToDictionary(m => $"skus[{m.i}]", m => new[] { $"There is no product with SKU '{m.s}'." }), RuleViolationKind.NotFound);
        var location = string.IsNullOrWhiteSpace(locationCode) ? null : await TraitService.FindLocationAsync(db, locationCode, ct);

        var catalogue = await StockService.LoadCatalogueAsync(db, ct);
        var patterns = segment is { Count: > 0 } && catalogue.Enabled ? InventoryQueryService.SegmentPatterns(catalogue, segment).ToList() : [];
        var segments = db.Segments.AsNoTracking().Where(s => products.Values.Contains(s.ProductId));
        if (location is not null) segments = segments.Where(s => s.LocationId == location.Id);
        foreach (var pattern in patterns) segments = segments.Where(s => EF.Functions.Like(s.SegmentKey, pattern));
        var rules = await StockRuleReader.LoadAsync(db, ct);
        var rows = await segments.Select(s => new { s.ProductId, s.LocationId, s.SegmentKey, s.OnHand, s.Locked, s.Allocated }).ToListAsync(ct);
        // Available sums each stored segment (as before); promisable holds back each segment's safety stock from that segment only.
        var sums = rows.GroupBy(r => (r.ProductId, r.LocationId, Key: catalogue.Canonical(r.SegmentKey)))
            .Select(g => (g.Key, Available: g.Sum(r => Math.Max(0, r.OnHand - r.Locked - r.Allocated))))
            .Select(g => (g.Key.ProductId, g.Available, Levels: rules.Resolve(g.Key.ProductId, g.Key.LocationId, g.Key.Key)))
            .GroupBy(g => g.ProductId)
            .ToDictionary(g => g.Key, g => (Available: g.Sum(x => x.Available), SafetyStock: g.Sum(x => x.Levels.SafetyStock),
                Promisable: g.Sum(x => x.Levels.Promisable(x.Available))));
        // A bundle sells its prepackaged stock plus, where the location uses component inventory, what its components build.
        foreach (var bundle in (await BundleStock.ReadAsync(db, catalogue, products.Values, location?.Id, patterns, ct)).GroupBy(b => b.Key.BundleId))
        {
            var parts = bundle.SelectMany(b => b.Value.Segments.GroupBy(s => catalogue.Canonical(s.Key))
                .Select(g => (Available: g.Sum(s => s.Value.Total.Available), Levels: rules.Resolve(bundle.Key, b.Key.LocationId, g.Key)))).ToList();
            sums[bundle.Key] = (bundle.Sum(b => b.Value.Figures.Available), parts.Sum(p => p.Levels.SafetyStock), parts.Sum(p => p.Levels.Promisable(p.Available)));
        }

        return wanted.Select(sku => sums.TryGetValue(products[sku], out var f)
            ? new AvailabilityDto(sku, location?.Code, f.Available, f.SafetyStock, f.Promisable)
            : new AvailabilityDto(sku, location?.Code, 0, 0, 0)).ToList();
    }
}
