using System.Data.Common;
using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Model.Orders;
using InventoryAdmin.Domain.Model.Tags;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Domain.Services.Orders;
using InventoryAdmin.Domain.Store;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Domain.Services;

/// <summary>
/// Orders and their allocation (SPEC §6): idempotent on (source, external id); each item is routed and reserved with
/// a conditional update of its segment, all in one transaction; what cannot be reserved stays unallocated with a reason.
/// </summary>
public sealed partial class OrderService(IDbContextFactory<InventoryDbContext> dbFactory, InventoryChanges changes, TimeProvider clock,
    BatchLimits? limits = null) : IAsyncDisposable, IDisposable
{
    /// <summary>How many items one order (and one return, fulfil or cancel request) may hold (<c>Api:MaxBatchLines</c>).</summary>
    public BatchLimits Limits { get; } = limits ?? BatchLimits.Default;

    /// <summary>New orders between two checkpoints of the write-ahead log (see WalCheckpoints); bench allocate mirrors it.</summary>
    public const int WalCheckpointEveryOrders = Store.WalCheckpoints.EveryOrders;

    private readonly TagCatalogueCache tagCatalogue = new(changes);
    private readonly Lazy<OrderStore> store = new(() => OrderStore.For(dbFactory, changes));

    /// <returns>The order and whether it was created now (false: it existed, nothing was allocated again).</returns>
    /// <remarks>
    /// Everything that only reads (the checks, the tags, where each item could go) happens before the write
    /// transaction, so the write lock is held only for the reservations and the inserts; a reservation still
    /// re-checks its segment in the database, so a stale read can only make it try the next location. The write
    /// shares its transaction and COMMIT with orders placed at the same time (<see cref="OrderCommits"/>).
    /// </remarks>
    public async Task<(OrderDto Order, bool Created)> CreateAsync(OrderRequest request, Actor actor, CancellationToken ct = default)
    {
        Limits.Check(request.Items?.Count ?? 0, what: "items");
        var (externalId, source) = OrderInput.Keys(request.ExternalId, request.Source);
        InventoryDbContext? context = null; // only when the tags must be loaded or an item is a bundle
        async Task<InventoryDbContext> Db() => context ??= await dbFactory.CreateDbContextAsync(ct);
        TagCatalogue catalogue;
        IReadOnlyList<OrderInput.Item> items;
        var free = new List<IReadOnlyList<FreeSegment>>();
        try
        {
            var plan = await store.Value.ReadAsync(async reads =>
            {
                if (await reads.ExistsAsync(externalId, source, ct)) return null;
                var tags = await tagCatalogue.GetAsync(Db, ct);
                var checkedItems = await OrderInput.ItemsAsync(reads, tags, request.Items, ct);
                foreach (var item in checkedItems) free.Add(await FreeSegmentsAsync(reads, Db, item, tags, ct));
                return new { Catalogue = tags, Items = checkedItems };
            }, ct);
            if (plan is null) return (await ExistingAsync(await Db(), externalId, source, ct), false);
            (catalogue, items) = (plan.Catalogue, plan.Items);
        }
        finally
        {
            if (context is not null) await context.DisposeAsync();
        }

        (Order Order, IReadOnlyDictionary<Allocation, long> AllocationIds)? written;
        try
        {
            written = await store.Value.WriteAsync((batch, token) => WriteAsync(batch, externalId, source, request.AllowSplit ?? false, items, free, catalogue,
                actor, token), ct);
        }
        catch (DbException)
        {
            // Another writer inserted the same (source, external id) first and the unique index refused this one.
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            if (await FindAsync(db, externalId, source, ct) is { } existing) return (await ToDtoAsync(db, existing, ct), false);
            throw;
        }

        if (written is not { } done)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            return (await ExistingAsync(db, externalId, source, ct), false);
        }

        var codes = free.SelectMany(f => f).DistinctBy(f => f.LocationId).ToDictionary(f => f.LocationId, f => f.Code);
        var skus = items.Select(i => (i.ProductId, i.Sku)).Concat(free.SelectMany(f => f).SelectMany(f => f.Components ?? []).Select(c => (c.ProductId, c.Sku)))
            .DistinctBy(p => p.ProductId).ToDictionary(p => p.ProductId, p => p.Sku);
        return (ToDto(done.Order, catalogue, skus, codes, a => done.AllocationIds[a]), true);
    }

    /// <summary>Inside the (shared) write transaction: reserves each item and inserts the order; null when the order exists already.</summary>
    private async Task<(Order, IReadOnlyDictionary<Allocation, long>)?> WriteAsync(OrderBatch batch, string externalId, string source, bool allowSplit,
        IReadOnlyList<OrderInput.Item> items, IReadOnlyList<IReadOnlyList<FreeSegment>> free, TagCatalogue catalogue, Actor actor, CancellationToken ct)
    {
        // Checked again inside the write transaction: on SQLite it holds the write lock; elsewhere the unique index decides.
        if (await batch.OrderExistsAsync(externalId, source, ct)) return null;

        var at = clock.GetUtcNow().UtcDateTime;
        // Every record the order may reserve from, locked in key order before the first reservation (RecordLocks).
        await batch.Quantities.LockAsync(items.SelectMany((item, i) => free[i].SelectMany(f =>
            f.Components is { } parts ? parts.Select(c => (c.ProductId, f.LocationId)) : [(item.ProductId, f.LocationId)])), at, ct);
        var order = Order.Place(externalId, source, allowSplit, at, actor.Name,
            items.Select(item => (item.LineId, item.ProductId, item.Quantity, catalogue.Enabled ? item.SegmentKey : null, item.LocationId)));
        for (var i = 0; i < items.Count; i++)
        {
            // A reservation refused because another order took the units since they were read: read again, now
            // inside the transaction, and route what is left (and give the reason from what is really there).
            if (!await AllocateAsync(batch.Quantities, order, order.Items[i], items[i], free[i], catalogue, actor, at, ct, readBefore: true))
                await AllocateAsync(batch.Quantities, order, order.Items[i], items[i], await FreeSegmentsAsync(batch.Reads, () => batch.DbAsync(ct), items[i],
                    catalogue, ct), catalogue, actor, at, ct);
        }

        batch.Quantities.Changed(); // a new order (even one that reserved nothing) shows on the monitor
        return (order, await batch.Orders.InsertAsync(order, ct));
    }

    private static Task<bool> ExistsAsync(InventoryDbContext db, string externalId, string source, CancellationToken ct) =>
        db.Orders.AnyAsync(o => o.Source == source && o.ExternalId == externalId, ct);

    private static async Task<OrderDto> ExistingAsync(InventoryDbContext db, string externalId, string source, CancellationToken ct) =>
        await ToDtoAsync(db, await FindAsync(db, externalId, source, ct) ?? throw new InvalidOperationException($"Order {externalId} could not be read."), ct);

    public async Task<OrderDto> GetAsync(string externalId, string? source = null, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var order = await FindOneAsync(db, externalId, source, ct);
        return await ToDtoAsync(db, order, ct);
    }

    /// <summary>The order's ledger movements, oldest first: what was reserved, shipped, released and returned, when and by whom.</summary>
    public async Task<IReadOnlyList<OrderEventDto>> HistoryAsync(string externalId, string? source = null, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var order = await FindOneAsync(db, externalId, source, ct);
        var catalogue = await StockService.LoadCatalogueAsync(db, ct);
        var products = ProductIds(order);
        var events = await (from m in db.Movements.AsNoTracking()
                            join p in db.Products on m.ProductId equals p.Id
                            join l in db.Locations on m.LocationId equals l.Id
                            where m.Reference == order.ExternalId && products.Contains(m.ProductId) && m.AtUtc >= order.CreatedAtUtc
                            orderby m.Id
                            select new { m.AtUtc, p.Sku, l.Code, m.SegmentKey, m.Delta, m.AllocatedDelta, m.Reason, m.Actor }).Take(1000).ToListAsync(ct);
        return events.Select(e => new OrderEventDto(DateTime.SpecifyKind(e.AtUtc, DateTimeKind.Utc), e.Sku, e.Code, catalogue.Decode(e.SegmentKey), e.Delta,
            e.AllocatedDelta, e.Reason, e.Actor)).ToList();
    }

    /// <summary>Newest first; search matches the external id's start; status filters.</summary>
    public async Task<PagedResult<OrderSummaryDto>> ListAsync(string? search, string? status, int page, int pageSize, CancellationToken ct = default)
    {
        var paging = Paging.Of(page, pageSize);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var orders = db.Orders.AsNoTracking().ExternalIdStartingWith(db, search);
        if (!string.IsNullOrWhiteSpace(status) && Enum.TryParse<OrderStatus>(status, ignoreCase: true, out var wanted))
            orders = orders.Where(o => o.Status == wanted);
        var total = await orders.CountAsync(ct);
        var rows = await orders.OrderByDescending(o => o.Id).Page(paging)
            .Select(o => new
            {
                o.ExternalId, o.Source, o.Status, o.CreatedAtUtc, Items = o.Items.Count(), Units = o.Items.Sum(i => i.Quantity),
                Allocated = o.Items.Sum(i => i.Allocations.Sum(a => a.Quantity)), Unallocated = o.Items.Sum(i => i.UnallocatedQuantity),
            }).ToListAsync(ct);
        return new PagedResult<OrderSummaryDto>(rows.Select(o => new OrderSummaryDto(o.ExternalId, o.Source, OrderStatuses.Name(o.Status),
            DateTime.SpecifyKind(o.CreatedAtUtc, DateTimeKind.Utc), o.Items, o.Units, o.Allocated, o.Unallocated)).ToList(), total);
    }

    /// <summary>Closes the connections kept for new orders (the reads' and the writer's).</summary>
    public async ValueTask DisposeAsync()
    {
        if (store.IsValueCreated) await store.Value.DisposeAsync();
    }

    /// <summary>For a container disposed synchronously: the kept connections close without waiting on I/O.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <remarks>
    /// A bundle's prepackaged segments come first, then what its components can build (<see cref="BundleSupply"/>).
    /// With tags on an item reserves from its one segment; with tags off a record is one segment, so it reserves from
    /// whichever stored segments of the location hold free units (stock counted while tags were on keeps its keys).
    /// </remarks>
    private static async Task<IReadOnlyList<FreeSegment>> FreeSegmentsAsync(OrderReader reads, Func<Task<InventoryDbContext>> db, OrderInput.Item input,
        TagCatalogue catalogue, CancellationToken ct)
    {
        var own = await reads.SegmentsAsync(input.ProductId, input.LocationId, catalogue.Enabled ? input.SegmentKey : null, ct);
        return input.IsBundle ? own.Concat(await BundleSupply.FreeAsync(await db(), input, catalogue, ct)).ToList() : own;
    }

    /// <param name="readBefore">
    /// The segments were read before the write transaction: at the first refusal stop (the plan is stale, and going on
    /// to the next location would route differently from orders served one after another); the caller reads again.
    /// </param>
    /// <returns>False when a reservation was refused because the units read as free were taken meanwhile.</returns>
    private static async Task<bool> AllocateAsync(QuantityWriter allocator, Order order, OrderItem item, OrderInput.Item input, IReadOnlyList<FreeSegment> free,
        TagCatalogue catalogue, Actor actor, DateTime at, CancellationToken ct, bool readBefore = false)
    {
        var fresh = true;
        var ordered = OrderRouting.Order(free.GroupBy(f => (f.LocationId, f.Code, f.Priority))
            .Select(g => new OrderRouting.Candidate(g.Key.LocationId, g.Key.Code, g.Key.Priority, g.Sum(f => Math.Max(0, f.Available)))));

        var remaining = input.Quantity - item.Allocations.Sum(a => a.Quantity);
        var reason = $"Allocated to order {order.ExternalId}";
        foreach (var (location, units) in OrderRouting.Plan(ordered, remaining, order.AllowSplit))
        {
            var take = Math.Min(units, remaining);
            // A bundle takes its prepackaged units first, then builds the rest from components (all of them or none).
            foreach (var segment in free.Where(f => f.LocationId == location.LocationId && f.Available > 0)
                         .OrderBy(f => f.Components is null ? 0 : 1).ThenByDescending(f => f.Available).ThenBy(f => f.SegmentKey, StringComparer.Ordinal))
            {
                var part = Math.Min(take, segment.Available);
                if (part <= 0) break;
                var reserved = segment.Components is { } picks
                    ? await allocator.TryReserveAllAsync(picks.Select(c => (c.ProductId, location.LocationId, c.SegmentKey, part * c.QuantityPerBundle)).ToList(),
                        actor, $"{reason} (bundle {input.Sku})", order.ExternalId, at, ct)
                    : await allocator.TryReserveAsync(input.ProductId, location.LocationId, segment.SegmentKey, part, actor, reason, order.ExternalId, at, ct);
                if (!reserved)
                {
                    if (readBefore) return false;
                    fresh = false;
                    continue;
                }

                order.Allocate(item, new Allocation(order.Id, input.ProductId, location.LocationId, segment.SegmentKey, part, at,
                    segment.Components?.Select(c => new ComponentReservation(c.ProductId, location.LocationId, c.SegmentKey, c.QuantityPerBundle)).ToList()));
                take -= part;
                remaining -= part;
            }

            if (remaining == 0) break;
        }

        if (remaining > 0) order.LeaveUnallocated(item, OrderInput.WhyUnallocated(input, ordered, remaining, order.AllowSplit, catalogue));
        return fresh || remaining == 0;
    }

    internal static Task<Order?> FindAsync(InventoryDbContext db, string externalId, string source, CancellationToken ct) =>
        db.Orders.Include(o => o.Items).ThenInclude(i => i.Allocations).ThenInclude(a => a.Components).AsSplitQuery()
            .FirstOrDefaultAsync(o => o.Source == source && o.ExternalId == externalId, ct);

    /// <summary>An order by external id (and source when given; without, the id must name one order).</summary>
    internal static async Task<Order> FindOneAsync(InventoryDbContext db, string externalId, string? source, CancellationToken ct)
    {
        var id = externalId?.Trim() ?? "";
        var errors = new Dictionary<string, string[]>();
        TextRules.Check(errors, "externalId", id, TextLimits.ExternalId, "The order id");
        TextRules.Check(errors, "source", source?.Trim(), TextLimits.Source, "The source");
        if (errors.Count > 0) throw new InventoryRuleException(errors.First().Value[0], errors);
        var query = db.Orders.Include(o => o.Items).ThenInclude(i => i.Allocations).ThenInclude(a => a.Components).AsSplitQuery()
            .Where(o => o.ExternalId == id);
        if (source is not null) query = query.Where(o => o.Source == source.Trim());
        var found = await query.Take(2).ToListAsync(ct);
        return found.Count switch
        {
            0 => throw InventoryRuleException.NotFound("externalId", $"There is no order '{id}'{(source is null ? "" : $" from '{source.Trim()}'")}."),
            1 => found[0],
            _ => throw new InventoryRuleException("source", $"Several orders have the id '{id}'; give the source.", RuleViolationKind.Conflict),
        };
    }

    internal static async Task<OrderDto> ToDtoAsync(InventoryDbContext db, Order order, CancellationToken ct)
    {
        var catalogue = await StockService.LoadCatalogueAsync(db, ct);
        var productIds = ProductIds(order);
        var skus = await db.Products.Where(p => productIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Sku, ct);
        var codes = await db.Locations.ToDictionaryAsync(l => l.Id, l => l.Code, ct);
        return ToDto(order, catalogue, skus, codes);
    }

    /// <summary>The order's products and the components its bundles were built from.</summary>
    private static List<int> ProductIds(Order order) =>
        order.Items.Select(i => i.ProductId).Concat(order.Items.SelectMany(i => i.Allocations).SelectMany(a => a.Components).Select(c => c.ProductId))
            .Distinct().ToList();

    /// <param name="idOf">The allocations' ids when they were written with SQL (the entities' ids are then not set).</param>
    private static OrderDto ToDto(Order order, TagCatalogue catalogue, IReadOnlyDictionary<int, string> skus, IReadOnlyDictionary<int, string> codes,
        Func<Allocation, long>? idOf = null)
    {
        idOf ??= a => a.Id;
        IReadOnlyDictionary<string, string> Tags(string? key) => key is null ? new Dictionary<string, string>() : catalogue.Decode(key);
        static DateTime? Utc(DateTime? at) => at is { } t ? DateTime.SpecifyKind(t, DateTimeKind.Utc) : null;
        return new OrderDto(order.ExternalId, order.Source, OrderStatuses.Name(order.Status), DateTime.SpecifyKind(order.CreatedAtUtc, DateTimeKind.Utc),
            order.CreatedBy, order.Items.OrderBy(i => i.Id).Select(i => new OrderItemDto(i.LineId, skus[i.ProductId], i.Quantity, Tags(i.SegmentKey),
                i.Allocations.OrderBy(a => a.Id).Select(a => new AllocationDto(idOf(a), codes[a.LocationId], Tags(a.SegmentKey), a.Quantity, a.Fulfilled,
                    a.Cancelled, a.Returned, DateTime.SpecifyKind(a.CreatedAtUtc, DateTimeKind.Utc), Utc(a.SentAtUtc), Utc(a.AcknowledgedAtUtc), a.FromComponents,
                    a.FromComponents ? a.Components.OrderBy(c => skus[c.ProductId], StringComparer.OrdinalIgnoreCase)
                        .Select(c => new ComponentReservationDto(skus[c.ProductId], c.QuantityPerBundle, Tags(c.SegmentKey))).ToList() : null)).ToList(),
                i.UnallocatedQuantity > 0 ? new UnallocatedDto(i.UnallocatedQuantity, i.UnallocatedReason ?? "") : null)).ToList());
    }
}
