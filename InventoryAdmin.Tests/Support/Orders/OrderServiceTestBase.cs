using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Model.Ledger;
using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Tests.Support.Domain;
using InventoryAdmin.Tests.Support.Stock;
using Microsoft.EntityFrameworkCore;
using static InventoryAdmin.Tests.Support.Stock.StockTestBed;

namespace InventoryAdmin.Tests.Support.Orders;

/// <summary>
/// The order and allocation monitor services over a <see cref="StockTestBed"/> (a real SQLite file), two products,
/// and helpers to place orders, read figures and prove that a refused call changed nothing.
/// </summary>
public abstract class OrderServiceTestBase : IAsyncLifetime
{
    protected const string Shirt = "TSHI-BLA-001";
    protected const string Jeans = "JEAN-BLU-032";
    protected const string Store = "Retailer2";
    protected const string Dc = "DC-East";

    /// <summary>A sales channel's integration, as the API passes it to the services.</summary>
    protected static readonly Actor Channel = new("amazon-connector", MovementSource.Api);

    protected readonly StockTestBed _bed;
    protected readonly OrderService _orders;
    protected readonly AllocationMonitorService _monitor;

    /// <param name="store">The engine to run on; SQLite when null (the PostgreSQL subclasses pass theirs).</param>
    protected OrderServiceTestBase(InventoryTestStore? store = null)
    {
        _bed = new StockTestBed(store);
        var clock = new FixedTimeProvider(Now);
        _orders = new OrderService(_bed.Store.Factory, _bed.Changes, clock);
        _monitor = new AllocationMonitorService(_bed.Store.Factory, _bed.Changes, clock);
    }

    public virtual async Task InitializeAsync()
    {
        await _bed.InitializeAsync();
        await _bed.AddProductsAsync(Shirt, Jeans);
    }

    public async Task DisposeAsync()
    {
        await _orders.DisposeAsync();
        await _bed.DisposeAsync();
    }

    protected Task LocationAsync(string code, int priority = 0) => _bed.Catalogue.PutLocationAsync(code, $"Location {code}", priority, true);

    /// <summary>Counts the stock of a segment (tags left out at their default; none: the record's only segment while tags are off).</summary>
    protected Task StockAsync(string sku, string location, int units, params (string Tag, string Value)[] tags) =>
        _bed.Stock.RefreshAsync([Line(sku, location, units, tags)], Manager);

    /// <summary>Counts the stock of a segment kept in a storage location, creating the storage location first.</summary>
    protected async Task StockInAsync(string storage, string sku, string location, int units, params (string Tag, string Value)[] tags)
    {
        await _bed.Traits.PutStorageLocationAsync(location, storage, null, null, Manager);
        await _bed.Stock.RefreshAsync([Line(sku, location, units, tags) with { StorageLocation = storage }], Manager);
    }

    protected static OrderItemRequest Item(string sku, int? quantity, string? location = null, params (string Tag, string Value)[] tags) =>
        new(null, sku, quantity, tags.Length == 0 ? null : tags.ToDictionary(t => t.Tag, t => t.Value), location);

    protected async Task<OrderDto> PlaceAsync(string externalId, params OrderItemRequest[] items)
    {
        var (order, created) = await _orders.CreateAsync(new OrderRequest(externalId, null, false, items), Channel);
        Assert.True(created, $"Order {externalId} already existed.");
        return order;
    }

    protected async Task<OrderDto> PlaceSplitAsync(string externalId, params OrderItemRequest[] items)
    {
        var (order, created) = await _orders.CreateAsync(new OrderRequest(externalId, null, true, items), Channel);
        Assert.True(created, $"Order {externalId} already existed.");
        return order;
    }

    /// <summary>The allocations of an order as (location, units), in the order they were made.</summary>
    protected static List<(string Location, int Units)> Allocations(OrderDto order) =>
        order.Items.SelectMany(i => i.Allocations).Select(a => (a.LocationCode, a.Quantity)).ToList();

    protected static AllocationDto SingleAllocation(OrderDto order) => Assert.Single(Assert.Single(order.Items).Allocations);

    protected static SettleLine Settle(AllocationDto allocation, int? units = null) => new(allocation.Id, units);

    /// <summary>A record at one location, after checking its segments add up to it and that Available never goes below zero.</summary>
    protected async Task<RecordLocationDto> FiguresAsync(string sku, string location)
    {
        var figures = Assert.Single((await _bed.Query.GetRecordAsync(sku, location)).Locations);
        Assert.All(figures.Segments, s => Assert.Equal(Math.Max(0, s.OnHand - s.Locked - s.Allocated), s.Available));
        Assert.Equal((figures.OnHand, figures.Locked, figures.Allocated, figures.Available),
            (figures.Segments.Sum(s => s.OnHand), figures.Segments.Sum(s => s.Locked), figures.Segments.Sum(s => s.Allocated), figures.Segments.Sum(s => s.Available)));
        return figures;
    }

    /// <summary>(On Hand, Locked, Allocated, Available) of a record at one location.</summary>
    protected async Task<(int OnHand, int Locked, int Allocated, int Available)> FourAsync(string sku, string location)
    {
        var f = await FiguresAsync(sku, location);
        return (f.OnHand, f.Locked, f.Allocated, f.Available);
    }

    /// <summary>The ledger check (<see cref="LedgerReplayService"/>) finds On Hand and Locked consistent.</summary>
    protected async Task AssertReplayConsistentAsync()
    {
        var report = await _bed.Replay.ReplayAsync();
        Assert.True(report.Consistent, string.Join("; ", report.Differences));
    }

    /// <summary>
    /// The ledger check passes, and, which it does not check, each segment's Allocated equals both the sum of its
    /// allocation movements (AllocatedDelta) and the open units of its allocations.
    /// </summary>
    protected async Task AssertLedgerConsistentAsync()
    {
        await AssertReplayConsistentAsync();
        await using var db = _bed.Store.CreateContext();
        var fromLedger = (await db.Movements.AsNoTracking().Where(m => m.AllocatedDelta != 0)
                .Select(m => new { m.ProductId, m.LocationId, m.SegmentKey, m.AllocatedDelta }).ToListAsync())
            .GroupBy(m => (m.ProductId, m.LocationId, m.SegmentKey)).Where(g => g.Sum(m => m.AllocatedDelta) != 0)
            .ToDictionary(g => g.Key, g => g.Sum(m => m.AllocatedDelta));
        var stored = (await db.Segments.AsNoTracking().Where(s => s.Allocated != 0).ToListAsync())
            .ToDictionary(s => (s.ProductId, s.LocationId, s.SegmentKey), s => s.Allocated);
        // A bundle built from components holds its components' segments (open × quantity per bundle), not its own.
        var open = (await db.Allocations.AsNoTracking().Include(a => a.Components).ToListAsync()).Where(a => a.Open > 0)
            .SelectMany(a => a.FromComponents
                ? a.Components.Select(c => (Key: (c.ProductId, c.LocationId, c.SegmentKey), Units: a.Open * c.QuantityPerBundle))
                : [(Key: (a.ProductId, a.LocationId, a.SegmentKey), Units: a.Open)])
            .GroupBy(x => x.Key).ToDictionary(g => g.Key, g => g.Sum(x => x.Units));
        Assert.Equal(stored.OrderBy(x => x.Key).ToList(), fromLedger.OrderBy(x => x.Key).ToList());
        Assert.Equal(stored.OrderBy(x => x.Key).ToList(), open.OrderBy(x => x.Key).ToList());
    }

    protected async Task<List<Movement>> MovementsAsync() => await _bed.MovementsAsync();

    /// <summary>
    /// Everything an order call could touch, as text: stock rows, segments, records, movements, orders, items and
    /// allocations (with their settled units and POS times). Equal snapshots = nothing changed.
    /// </summary>
    protected async Task<string> StateAsync()
    {
        await using var db = _bed.Store.CreateContext();
        var segments = await db.Segments.AsNoTracking().OrderBy(s => s.Id)
            .Select(s => $"segment {s.ProductId}/{s.LocationId}/{s.SegmentKey} {s.OnHand}/{s.Locked}/{s.Allocated}").ToListAsync();
        var rows = await db.StockRows.AsNoTracking().OrderBy(s => s.Id)
            .Select(s => $"row {s.Id}: {s.ProductId}/{s.LocationId}/{s.SegmentKey}/{s.StorageLocationId} = {s.Quantity} locked {s.Locked}").ToListAsync();
        var orders = await db.Orders.AsNoTracking().OrderBy(o => o.Id).Select(o => $"order {o.Id}: {o.Source}/{o.ExternalId} {o.Status}").ToListAsync();
        var items = await db.OrderItems.AsNoTracking().OrderBy(i => i.Id)
            .Select(i => $"item {i.Id}: {i.ProductId} x{i.Quantity} unallocated {i.UnallocatedQuantity} {i.UnallocatedReason}").ToListAsync();
        var allocations = await db.Allocations.AsNoTracking().OrderBy(a => a.Id)
            .Select(a => $"allocation {a.Id}: {a.LocationId}/{a.SegmentKey} {a.Quantity} f{a.Fulfilled} c{a.Cancelled} r{a.Returned} {a.SentAtUtc} {a.AcknowledgedAtUtc}")
            .ToListAsync();
        return string.Join("\n", segments.Concat(rows).Concat(orders).Concat(items).Concat(allocations).Append(await _bed.SnapshotAsync()));
    }

    /// <summary>Runs a call that must be refused, returns the refusal, and checks nothing was changed.</summary>
    protected async Task<InventoryRuleException> RefusedAsync(Func<Task> call, RuleViolationKind kind)
    {
        var before = await StateAsync();
        var refusal = await Assert.ThrowsAsync<InventoryRuleException>(call);
        Assert.Equal(kind, refusal.Kind);
        Assert.Equal(before, await StateAsync());
        return refusal;
    }
}
