using InventoryAdmin.Domain.Model.Ledger;
using InventoryAdmin.Domain.Model.Stock;
using InventoryAdmin.Domain.Model.Tags;
using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Tests.Support.Domain;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Tests.Support.Stock;

/// <summary>
/// A migrated database (SQLite unless told) with the services that change and read stock wired to it (one per test), and the
/// SPEC's example tags: Channel (Kibo 80 / Amazon 10 / Walmart 10, default Kibo) and OrderType (STH 70 / BOPIS 30).
/// </summary>
public sealed class StockTestBed : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 3, 14, 9, 30, 0, TimeSpan.Zero);
    public static readonly Actor Manager = new("manager@example.com", MovementSource.Ui);

    /// <param name="store">The engine to run on; SQLite when null.</param>
    public StockTestBed(InventoryTestStore? store = null)
    {
        Store = store ?? new SqliteInventoryStore();
        var clock = new FixedTimeProvider(Now);
        Tags = new TagService(Store.Factory, Changes, clock);
        Settings = new InventorySettingsService(Store.Factory, Changes);
        Catalogue = new CatalogueService(Store.Factory, Changes, clock);
        Stock = new StockService(Store.Factory, Changes, clock);
        Query = new InventoryQueryService(Store.Factory);
        Traits = new TraitService(Store.Factory, Changes, clock);
        Replay = new LedgerReplayService(Store.Factory, clock);
    }

    public InventoryTestStore Store { get; }

    public InventoryChanges Changes { get; } = new();

    public TagService Tags { get; }

    public InventorySettingsService Settings { get; }

    public CatalogueService Catalogue { get; }

    public StockService Stock { get; }

    public InventoryQueryService Query { get; }

    public TraitService Traits { get; }

    public LedgerReplayService Replay { get; }

    public Task InitializeAsync() => Store.InitializeAsync();

    public Task DisposeAsync() => Store.DisposeAsync();

    public static TagDraft Draft(string name, string defaultValue, params (string Name, decimal? Percent)[] values) =>
        new(name, values.Select(v => new TagValueDraft(v.Name, v.Percent)).ToList(), defaultValue);

    /// <summary>Creates Channel and OrderType (in that order) and switches tags on.</summary>
    public async Task UseSpecTagsAsync(bool enabled = true)
    {
        await Tags.CreateAsync(Draft("Channel", "Kibo", ("Kibo", 80m), ("Amazon", 10m), ("Walmart", 10m)), Manager);
        await Tags.CreateAsync(Draft("OrderType", "STH", ("STH", 70m), ("BOPIS", 30m)), Manager);
        await Settings.SetTagsEnabledAsync(enabled);
    }

    public async Task AddProductsAsync(params string[] skus)
    {
        foreach (var sku in skus) await Catalogue.PutProductAsync(sku, $"Product {sku}", null, null);
    }

    public async Task AddLocationsAsync(params string[] codes)
    {
        foreach (var code in codes) await Catalogue.PutLocationAsync(code, $"Location {code}", 0, true);
    }

    public static StockLine Line(string sku, string location, int amount, params (string Tag, string Value)[] tags) =>
        new(sku, null, location, tags.Length == 0 ? null : tags.ToDictionary(t => t.Tag, t => t.Value), amount);

    /// <summary>The stored key of a segment named by value names, tags left out at their default.</summary>
    public async Task<string> KeyOfAsync(params (string Tag, string Value)[] tags)
    {
        await using var db = Store.CreateContext();
        var catalogue = new TagCatalogue(await db.Tags.AsNoTracking().ToListAsync(), enabled: true);
        var key = catalogue.Encode(tags.ToDictionary(t => t.Tag, t => t.Value), out var errors);
        Assert.Empty(errors);
        return key;
    }

    public async Task<List<StockRow>> StockRowsAsync()
    {
        await using var db = Store.CreateContext();
        return await db.StockRows.AsNoTracking().OrderBy(s => s.Id).ToListAsync();
    }

    public async Task<List<Movement>> MovementsAsync()
    {
        await using var db = Store.CreateContext();
        return await db.Movements.AsNoTracking().OrderBy(m => m.Id).ToListAsync();
    }

    public async Task<List<InventoryRecord>> RecordsAsync()
    {
        await using var db = Store.CreateContext();
        return await db.Records.AsNoTracking().OrderBy(r => r.Id).ToListAsync();
    }

    /// <summary>Every stock row, every record and the number of movements, as text: equal snapshots = nothing changed.</summary>
    public async Task<string> SnapshotAsync()
    {
        await using var db = Store.CreateContext();
        var rows = await db.StockRows.AsNoTracking().OrderBy(s => s.Id)
            .Select(s => $"row {s.Id}: {s.ProductId}/{s.LocationId}/{s.SegmentKey} = {s.Quantity}").ToListAsync();
        var records = await db.Records.AsNoTracking().OrderBy(r => r.Id)
            .Select(r => $"record {r.Id}: {r.ProductId}/{r.LocationId} {r.OnHand}/{r.Locked}/{r.Allocated}/{r.Available} {r.PendingRedistribution} {r.UpdatedAtUtc:O}")
            .ToListAsync();
        var movements = await db.Movements.CountAsync();
        return string.Join("\n", rows.Concat(records).Append($"movements: {movements}"));
    }

    /// <summary>A segment of the SPEC tags as "Channel/OrderType", e.g. "Kibo/STH".</summary>
    public static string Name(SegmentDto segment) => $"{segment.Tags["Channel"]}/{segment.Tags["OrderType"]}";

    /// <summary>On Hand per segment of the SPEC tags, in the order the record lists them.</summary>
    public static List<(string Segment, int OnHand)> OnHandBySegment(RecordLocationDto location) =>
        location.Segments.Select(s => (Name(s), s.OnHand)).ToList();
}
