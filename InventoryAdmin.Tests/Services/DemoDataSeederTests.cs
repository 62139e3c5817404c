using InventoryAdmin.Domain.Model.Ledger;
using InventoryAdmin.Domain.Model.Stock;
using InventoryAdmin.Domain.Model.Tags;
using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Services.Demo;
using InventoryAdmin.Tests.Support.Domain;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Tests.Services;

public class DemoDataSeederTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);

    private readonly InventoryTestStore _store;
    private readonly TagService _tags;
    private readonly InventorySettingsService _settings;
    private readonly DemoDataSeeder _seeder;
    private readonly OrderService _orders;

    public DemoDataSeederTests()
        : this(null)
    {
    }

    /// <summary>The same tests on another engine (see the PostgreSQL subclass).</summary>
    protected DemoDataSeederTests(InventoryTestStore? store)
    {
        _store = store ?? new SqliteInventoryStore();
        var changes = new InventoryChanges();
        var clock = new FixedTimeProvider(Now);
        _tags = new TagService(_store.Factory, changes, clock);
        _settings = new InventorySettingsService(_store.Factory, changes);
        _seeder = new DemoDataSeeder(_store.Factory, _tags, _settings, new StockService(_store.Factory, changes, clock),
            new TraitService(_store.Factory, changes, clock), _orders = new OrderService(_store.Factory, changes, clock), new CatalogueService(_store.Factory, changes, clock));
    }

    public Task InitializeAsync() => _store.InitializeAsync();

    public async Task DisposeAsync()
    {
        await _orders.DisposeAsync();
        await _store.DisposeAsync();
    }

    private async Task<(int Tags, int Values, int Products, int Locations, int StockRows, int Movements, long Units)> CountsAsync()
    {
        await using var db = _store.CreateContext();
        return (await db.Tags.CountAsync(), await db.TagValues.CountAsync(), await db.Products.CountAsync(), await db.Locations.CountAsync(),
            await db.StockRows.CountAsync(), await db.Movements.CountAsync(), await db.StockRows.SumAsync(s => (long)s.Quantity));
    }

    [Fact]
    public async Task SeedAsync_EmptyStore_CreatesTheSpecTagsAndEnablesTags()
    {
        await _seeder.SeedAsync();

        var tags = await _tags.ListAsync();
        Assert.Equal(["Channel", "OrderType"], tags.Select(t => t.Name));
        Assert.Equal("Kibo", tags[0].DefaultValue);
        Assert.Equal([("Kibo", (decimal?)80m), ("Amazon", 10m), ("Walmart", 10m)], tags[0].Values.Select(v => (v.Name, v.Percent)));
        Assert.Equal("STH", tags[1].DefaultValue);
        Assert.Equal([("STH", (decimal?)70m), ("BOPIS", 30m)], tags[1].Values.Select(v => (v.Name, v.Percent)));
        Assert.True((await _settings.GetAsync()).TagsEnabled);
    }

    [Fact]
    public async Task SeedAsync_EmptyStore_CreatesRetailer2AndAboutFiftyProducts()
    {
        await _seeder.SeedAsync();

        await using var db = _store.CreateContext();
        Assert.Contains("Retailer2", await db.Locations.Select(l => l.Code).ToListAsync());
        Assert.InRange(await db.Products.CountAsync(), 45, 55);
        Assert.All(await db.Products.ToListAsync(), p =>
        {
            Assert.False(string.IsNullOrWhiteSpace(p.Sku));
            Assert.False(string.IsNullOrWhiteSpace(p.Name));
            Assert.Equal(p.Sku == "ALPHA-BNDL" ? ProductKind.Bundle : ProductKind.Standard, p.Kind);
        });
    }

    [Fact]
    public async Task SeedAsync_EmptyStore_HasTheBundleSeedsExampleAtDcEast()
    {
        await _seeder.SeedAsync();

        var dc = Assert.Single((await new InventoryQueryService(_store.Factory).GetRecordAsync("ALPHA-BNDL", "DC-East")).Locations);
        Assert.Equal((8, 50, "DEF-001"), (dc.Bundle!.Prepackaged.Available, dc.Bundle.Components.Available, dc.Bundle.BottleneckSku));
        Assert.Equal(58, dc.Available);
    }

    [Fact]
    public async Task SeedAsync_EmptyStore_StockRowsEqualTheSumOfTheirSeedMovements()
    {
        await _seeder.SeedAsync();

        await using var db = _store.CreateContext();
        var rows = await db.StockRows.AsNoTracking().ToListAsync();
        var movements = await db.Movements.AsNoTracking().ToListAsync();
        Assert.NotEmpty(rows);
        Assert.True(rows.Sum(r => r.Quantity) > 0);
        Assert.All(movements, m =>
        {
            Assert.Equal(MovementSource.Seed, m.Source);
            Assert.Equal(m.Before + m.Delta, m.After);
            Assert.Equal(Now.UtcDateTime, m.AtUtc);
        });
        var ledger = movements
            .GroupBy(m => (m.ProductId, m.LocationId, m.SegmentKey, m.StorageLocationId))
            .ToDictionary(g => g.Key, g => g.Sum(m => m.Delta));
        var stock = rows.ToDictionary(r => (r.ProductId, r.LocationId, r.SegmentKey, r.StorageLocationId), r => r.Quantity);
        Assert.Equal(
            stock.OrderBy(kv => kv.Key).ToList(),
            ledger.Where(kv => kv.Value != 0).OrderBy(kv => kv.Key).ToList());
    }

    [Fact]
    public async Task SeedAsync_EmptyStore_SplitsEachRecordByTheTagPercentages()
    {
        await _seeder.SeedAsync();

        await using var db = _store.CreateContext();
        var tags = await db.Tags.AsNoTracking().OrderBy(t => t.DisplayOrder).ToListAsync();
        var valueIds = tags.ToDictionary(t => t.Name, t => t.Values.ToDictionary(v => v.Name, v => v.Id));
        // The counted stock outside storage locations (the demo's binned stock sits in one segment).
        var rows = await db.StockRows.AsNoTracking().Where(r => r.StorageLocationId == 0).ToListAsync();
        foreach (var record in rows.GroupBy(r => (r.ProductId, r.LocationId)))
        {
            var expected = PercentageSplit.Split(record.Sum(r => r.Quantity), tags)
                .Where(s => s.Units > 0)
                .ToDictionary(s => StoredSegment.Encode(s.Key.Parts.Select(p => valueIds[p.Key][p.Value])), s => s.Units);
            Assert.Equal(expected.OrderBy(kv => kv.Key), record.ToDictionary(r => r.SegmentKey, r => r.Quantity).OrderBy(kv => kv.Key));
        }
    }

    [Fact]
    public async Task SeedAsync_EmptyStore_HasStorageLocationsWithLockedStockAndAConsistentLedger()
    {
        var clock = new FixedTimeProvider(Now);
        await _seeder.SeedAsync();

        var storage = await new TraitService(_store.Factory, new InventoryChanges(), clock).StorageLocationsAsync("DC-East");
        var report = await new LedgerReplayService(_store.Factory, clock).ReplayAsync();

        Assert.Equal(["A-01", "Damaged", "Outbound-1", "Receiving"], storage.Select(s => s.Name));
        Assert.True(storage.Single(s => s.Name == "A-01").Sellable);
        Assert.All(storage.Where(s => s.Name != "A-01"), s => Assert.True(s.LockedUnits > 0 && s.LockedUnits == s.Units, s.Name));
        Assert.True(report.Consistent, string.Join("; ", report.Differences));
    }

    [Fact]
    public async Task SeedAsync_EmptyStore_HasOpenOrdersForTheMonitorAndOneUnallocatedItem()
    {
        var clock = new FixedTimeProvider(Now);
        await _seeder.SeedAsync();

        var monitor = await new AllocationMonitorService(_store.Factory, new InventoryChanges(), clock).MonitorAsync();

        Assert.True(monitor.Aggregate.OpenAllocations >= 4, $"{monitor.Aggregate.OpenAllocations} open allocations");
        Assert.Equal(monitor.Locations.Sum(l => l.Units), monitor.Aggregate.Units);
        Assert.Equal("WEB-100232", Assert.Single(monitor.Unallocated).OrderExternalId);
        Assert.True((await new LedgerReplayService(_store.Factory, clock).ReplayAsync()).Consistent);
    }

    [Fact]
    public async Task SeedAsync_EveryStockRowKey_NamesOneValueOfEachTagInTagOrder()
    {
        await _seeder.SeedAsync();

        await using var db = _store.CreateContext();
        var tags = await db.Tags.AsNoTracking().OrderBy(t => t.DisplayOrder).ToListAsync();
        var keys = await db.StockRows.Select(r => r.SegmentKey).Distinct().ToListAsync();
        Assert.All(keys, key =>
        {
            var ids = StoredSegment.Decode(key);
            Assert.Equal(tags.Count, ids.Count);
            for (var i = 0; i < tags.Count; i++)
                Assert.Contains(ids[i], tags[i].Values.Select(v => v.Id));
        });
    }

    [Fact]
    public async Task SeedAsync_RunTwice_AddsNothingTheSecondTime()
    {
        await _seeder.SeedAsync();
        var afterFirst = await CountsAsync();

        await _seeder.SeedAsync();

        Assert.Equal(afterFirst, await CountsAsync());
        Assert.True(afterFirst.Products > 0);
    }

    [Fact]
    public async Task SeedAsync_StoreAlreadyHasATag_AddsNothing()
    {
        await _tags.CreateAsync(new TagDraft("Condition", [new("Good", null)], "Good"), new Actor("admin", MovementSource.Ui));

        await _seeder.SeedAsync();

        var counts = await CountsAsync();
        Assert.Equal((1, 1, 0, 0, 0, 0, 0L), counts);
        Assert.False((await _settings.GetAsync()).TagsEnabled);
    }
}
