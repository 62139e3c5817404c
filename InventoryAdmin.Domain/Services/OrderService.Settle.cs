using System.Globalization;
using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Model.Orders;
using InventoryAdmin.Domain.Model.Stock;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Domain.Services.Orders;
using InventoryAdmin.Domain.Services.Stock;
using InventoryAdmin.Domain.Store;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Domain.Services;

/// <summary>Fulfil and cancel allocations (whole or part) and take returns; each call is one transaction with its ledger movements.</summary>
public sealed partial class OrderService
{
    /// <summary>
    /// Ships units: Allocated and On Hand both drop (sellable stock rows of the segment first). A bundle built from
    /// components ships (or releases) its components' units, never the bundle's own stock.
    /// </summary>
    public Task<OrderDto> FulfilAsync(string externalId, string? source, IReadOnlyList<SettleLine?>? lines, Actor actor, CancellationToken ct = default) =>
        SettleAsync(externalId, source, lines, fulfil: true, actor, ct);

    /// <summary>Releases units: Allocated drops and they are available again.</summary>
    public Task<OrderDto> CancelAsync(string externalId, string? source, IReadOnlyList<SettleLine?>? lines, Actor actor, CancellationToken ct = default) =>
        SettleAsync(externalId, source, lines, fulfil: false, actor, ct);

    private Task<OrderDto> SettleAsync(string externalId, string? source, IReadOnlyList<SettleLine?>? lines, bool fulfil, Actor actor, CancellationToken ct)
    {
        Limits.Check(lines?.Count ?? 0);
        return QuantityWriter.RetryAsync(() => SettleOnceAsync(externalId, source, lines, fulfil, actor, ct), ct);
    }

    private async Task<OrderDto> SettleOnceAsync(string externalId, string? source, IReadOnlyList<SettleLine?>? lines, bool fulfil, Actor actor, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var order = await LockedOrderAsync(db, externalId, source, ct);
        var work = SettleInput.Lines(order, lines, fulfil ? "fulfil" : "cancel");
        var at = clock.GetUtcNow().UtcDateTime;
        var reason = $"{(fulfil ? "Fulfilled" : "Cancelled")} order {order.ExternalId}";
        var picks = work.SelectMany(w => StockPick.Of(w.Allocation, w.Units)).ToList();
        await using var writer = QuantityWriter.For(db);
        await writer.LockAsync(picks.Select(p => (p.ProductId, p.LocationId)), at, ct);
        foreach (var pick in picks)
            await writer.ReleaseAsync(pick.ProductId, pick.LocationId, pick.SegmentKey, pick.Units, actor, reason, order.ExternalId, at, ct);

        foreach (var (allocation, units) in work)
            if (fulfil) order.Fulfil(allocation, units); else order.Cancel(allocation, units);
        if (fulfil) await ShipAsync(db, writer, picks, actor, reason, order.ExternalId, at, ct);
        if (!fulfil && lines is not { Count: > 0 })
            order.CancelUnallocated(actor.Name);
        await db.SaveChangesAsync(ct);
        writer.Changed();
        await writer.CommitAsync(tx, changes, ct);
        return await ToDtoAsync(db, order, ct);
    }

    /// <summary>
    /// The order, read after its row is locked: two settlements or returns of one order run one after the other and the
    /// second sees what the first settled (PostgreSQL; on SQLite the write transaction already holds the one write lock).
    /// </summary>
    private static async Task<Order> LockedOrderAsync(InventoryDbContext db, string externalId, string? source, CancellationToken ct)
    {
        var order = await FindOneAsync(db, externalId, source, ct);
        if (!await RecordLocks.LockOrderAsync(db, order.Id, ct)) return order;
        db.ChangeTracker.Clear();
        return await FindOneAsync(db, externalId, source, ct);
    }

    /// <summary>Takes shipped units out of the segment's stock rows: sellable rows first, stock outside storage locations first.</summary>
    private static async Task ShipAsync(InventoryDbContext db, QuantityWriter writer, IReadOnlyList<StockPick> picks, Actor actor, string reason,
        string reference, DateTime at, CancellationToken ct)
    {
        var records = await StockService.LoadRecordsAsync(db, picks.Select(p => (p.ProductId, p.LocationId)).Distinct().ToList(), ct);
        var changes = new List<RowChange>();
        foreach (var (allocation, productId, locationId, segmentKey, units) in picks)
        {
            var record = records[(productId, locationId)];
            var rows = record.Rows.Where(r => r.Key.Segment == segmentKey && r.Value.Quantity > 0)
                .OrderBy(r => r.Value.Locked).ThenBy(r => r.Key.Storage).ToList();
            var left = units;
            foreach (var (key, row) in rows)
            {
                var take = Math.Min(left, row.Quantity);
                changes.Add(new RowChange(productId, locationId, key.Segment, row.Quantity, row.Quantity - take, reason, reference,
                    key.Storage, row.Locked, row.KeepOnZero));
                record.Set(key.Segment, key.Storage, row.Quantity - take, row);
                left -= take;
                if (left == 0) break;
            }

            if (left > 0)
                throw new InventoryRuleException("items", $"Only {units - left} unit(s) of the allocation {allocation.Id} are on hand to ship; count the stock first.");
        }

        await writer.WriteRowsAsync(changes, records.Values, actor, at, ct);
    }

    /// <summary>
    /// Takes returned units: restocked into the segment and location they were sold from (an item ordered without a
    /// segment needs a location and goes to the default segment), or recorded as not restockable. Never more than
    /// fulfilled minus already returned.
    /// </summary>
    public Task<ReturnResultDto> ReturnAsync(string externalId, string? source, IReadOnlyList<ReturnLine?>? lines, Actor actor, CancellationToken ct = default)
    {
        Limits.Check(lines?.Count ?? 0);
        return QuantityWriter.RetryAsync(() => ReturnOnceAsync(externalId, source, lines, actor, ct), ct);
    }

    private async Task<ReturnResultDto> ReturnOnceAsync(string externalId, string? source, IReadOnlyList<ReturnLine?>? lines, Actor actor, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var order = await LockedOrderAsync(db, externalId, source, ct);
        var catalogue = await StockService.LoadCatalogueAsync(db, ct);
        var work = await ReturnInput.PlanAsync(db, order, catalogue, lines, ct);
        var at = clock.GetUtcNow().UtcDateTime;
        await using var writer = QuantityWriter.For(db);
        await writer.LockAsync(work.Where(w => !w.Restock).Select(w => (w.ProductId, w.LocationId))
            .Concat(work.Where(w => w.Restock).SelectMany(w => ReturnInput.Restocked(order, w)).Select(p => (p.ProductId, p.LocationId))), at, ct);

        // A bundle built from components comes back as its components, into the segments they were taken from.
        var restock = work.Where(w => w.Restock).SelectMany(w => ReturnInput.Restocked(order, w)).ToList();
        var records = await StockService.LoadRecordsAsync(db, restock.Select(p => (p.ProductId, p.LocationId)).Distinct().ToList(), ct);
        var rowChanges = new List<RowChange>();
        foreach (var w in work)
        {
            order.Return(w.Allocation, w.Units);
            if (!w.Restock)
                await writer.RecordNotRestockedAsync(w.ProductId, w.LocationId, w.SegmentKey, actor, $"Returned from order {order.ExternalId}, not restockable",
                    order.ExternalId, at, ct);
        }

        foreach (var (allocation, productId, locationId, segmentKey, units) in restock)
        {
            var reason = allocation.FromComponents ? $"Returned from order {order.ExternalId} (bundle, as components)" : $"Returned from order {order.ExternalId}";
            var record = records[(productId, locationId)];
            var row = record.Row(segmentKey, 0);
            rowChanges.Add(new RowChange(productId, locationId, segmentKey, row.Quantity, row.Quantity + units, reason, order.ExternalId, 0, row.Locked, row.KeepOnZero));
            record.Set(segmentKey, 0, row.Quantity + units, row);
        }

        await RefuseOverTheCeilingAsync(db, records, lines!, ct);
        if (rowChanges.Count > 0) await writer.WriteRowsAsync(rowChanges, records.Values, actor, at, ct);
        await db.SaveChangesAsync(ct);
        writer.Changed();
        await writer.CommitAsync(tx, changes, ct);

        var codes = await db.Locations.ToDictionaryAsync(l => l.Id, l => l.Code, ct);
        return new ReturnResultDto(work.GroupBy(w => (w.Sku, w.LocationId, w.SegmentKey, w.Restock))
            .Select(g => new ReturnedItemDto(g.Key.Sku, g.Sum(w => w.Units), codes[g.Key.LocationId], catalogue.Decode(g.Key.SegmentKey), g.Key.Restock)).ToList());
    }

    /// <summary>
    /// A restock may not leave a product with more than <see cref="Quantities.MaxUnitsPerProduct"/> units over all its
    /// locations (as a count may not): 422 naming the return line of that SKU, and the transaction is not committed.
    /// </summary>
    private static async Task RefuseOverTheCeilingAsync(InventoryDbContext db, IReadOnlyDictionary<(int ProductId, int LocationId), RecordState> records,
        IReadOnlyList<ReturnLine?> lines, CancellationToken ct)
    {
        var over = await ProductTotals.OverTheCeilingAsync(db, records, ct);
        if (over.Count == 0) return;
        var ids = over.Select(o => o.ProductId).ToList();
        var skus = await db.Products.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Sku, ct);
        var errors = new Dictionary<string, string[]>();
        foreach (var (productId, total) in over)
        {
            var sku = skus[productId];
            var line = lines.Select((l, i) => (l, i)).FirstOrDefault(x => string.Equals(x.l?.Sku?.Trim(), sku, StringComparison.OrdinalIgnoreCase));
            var field = line.l is null ? "items" : $"items[{line.i}].quantity";
            errors[field] = [string.Create(CultureInfo.InvariantCulture,
                $"Restocking would leave {sku} with {total:N0} units over all its locations; a product holds at most {Quantities.MaxUnitsPerProduct:N0}. Return it with restock: false, or count the stock down first.")];
        }

        throw new InventoryRuleException($"The return cannot be restocked; nothing was changed. {errors.First().Value[0]}", errors);
    }
}
