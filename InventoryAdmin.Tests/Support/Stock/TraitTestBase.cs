using InventoryAdmin.Domain.Model.Ledger;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Tests.Support.Domain;
using Microsoft.EntityFrameworkCore;
using static InventoryAdmin.Tests.Support.Stock.StockTestBed;

namespace InventoryAdmin.Tests.Support.Stock;

/// <summary>
/// Storage locations, locks and trait changes at the store location of <see cref="StockServiceTestBase"/>, with checks
/// every trait test needs: figures add up, the ledger replays, and a snapshot that also covers traits and locks.
/// </summary>
public abstract class TraitTestBase : StockServiceTestBase
{
    protected TraitTestBase(InventoryTestStore? store = null)
        : base(store)
    {
    }

    protected static readonly (string Tag, string Value)[] KiboSth = [("Channel", "Kibo"), ("OrderType", "STH")];
    protected static readonly (string Tag, string Value)[] AmazonBopis = [("Channel", "Amazon"), ("OrderType", "BOPIS")];

    /// <summary>
    /// Shirt at the store: Kibo/STH 6 in A1, Kibo/STH 4 and Amazon/BOPIS 3 in B2, Kibo/STH 5 outside any storage
    /// location (segments Kibo/STH 15, Amazon/BOPIS 3; On Hand 18). Jeans 9 at the DC, which no test locks.
    /// </summary>
    protected async Task SeedStoreAsync()
    {
        await _bed.UseSpecTagsAsync();
        await PutStorageAsync("A1");
        await PutStorageAsync("B2");
        await RefreshAsync(In("A1", Line(Shirt, Store, 6, KiboSth)), In("B2", Line(Shirt, Store, 4, KiboSth)),
            In("B2", Line(Shirt, Store, 3, AmazonBopis)), Line(Shirt, Store, 5, KiboSth), Line(Jeans, Dc, 9, KiboSth));
    }

    /// <summary>Each segment as (Channel/OrderType, On Hand, Locked, Available).</summary>
    protected static List<(string Segment, int OnHand, int Locked, int Available)> SegmentFigures(RecordLocationDto location) =>
        location.Segments.Select(s => (Name(s), s.OnHand, s.Locked, s.Available)).ToList();

    /// <summary>The line about the stock kept in a storage location (null: outside any).</summary>
    protected static StockLine In(string? storageLocation, StockLine line) => line with { StorageLocation = storageLocation };

    protected static Dictionary<string, bool?> TraitMap(params (string Trait, bool? Setting)[] traits) =>
        traits.ToDictionary(t => t.Trait, t => t.Setting);

    protected static StockRowRef Row(string sku, string? storageLocation, params (string Tag, string Value)[] tags) =>
        new(sku, Store, tags.Length == 0 ? null : tags.ToDictionary(t => t.Tag, t => t.Value), storageLocation);

    protected async Task<StorageLocationDto> PutStorageAsync(string name, params (string Trait, bool? Setting)[] traits) =>
        (await _bed.Traits.PutStorageLocationAsync(Store, name, TraitMap(traits), null, Manager)).StorageLocation;

    protected Task<LockResultDto> LockStorageAsync(string name, bool locked = true) =>
        _bed.Traits.SetLocationLockAsync(Store, name, locked, null, Manager);

    protected Task<LockResultDto> LockLocationAsync(bool locked = true) =>
        _bed.Traits.SetLocationLockAsync(Store, null, locked, "Stocktake", Manager);

    protected Task<LockResultDto> LockRowAsync(StockRowRef row, bool locked = true) =>
        _bed.Traits.SetStockLockAsync(row, locked, null, Manager);

    protected Task<LockResultDto> SetRowTraitsAsync(StockRowRef row, params (string Trait, bool? Setting)[] traits) =>
        _bed.Traits.SetStockTraitsAsync(row, TraitMap(traits), null, Manager);

    protected async Task<StorageLocationDto> StorageAsync(string name) =>
        Assert.Single(await _bed.Traits.StorageLocationsAsync(Store), s => s.Name == name);

    protected async Task<GridRowDto> GridRowAsync(string sku, string location = Store) =>
        Assert.Single((await _bed.Query.GridAsync(new GridQuery(Search: sku, LocationCode: location))).Items);

    /// <summary>The record's figures at the location, checked to add up first.</summary>
    protected async Task<RecordLocationDto> CheckedLocationAsync(string sku, string location = Store)
    {
        var record = await _bed.Query.GetRecordAsync(sku);
        AssertFiguresAddUp(record);
        return Assert.Single(record.Locations, l => l.LocationCode == location);
    }

    /// <summary>Stock rows (units, locked units) add up to segments, segments to the location, locations to the record.</summary>
    protected static void AssertFiguresAddUp(RecordDto record)
    {
        foreach (var location in record.Locations)
        {
            Assert.All(location.Segments, s => Assert.Equal(Math.Max(0, s.OnHand - s.Locked - s.Allocated), s.Available));
            Assert.Equal((location.OnHand, location.Locked, location.Allocated, location.Available),
                (location.Segments.Sum(s => s.OnHand), location.Segments.Sum(s => s.Locked), location.Segments.Sum(s => s.Allocated),
                    location.Segments.Sum(s => s.Available)));
            var stock = location.Stock ?? [];
            Assert.Equal((location.OnHand, location.Locked), (stock.Sum(s => s.Quantity), stock.Where(s => s.Locked).Sum(s => s.Quantity)));
        }

        Assert.Equal((record.Totals.OnHand, record.Totals.Locked, record.Totals.Available),
            (record.Locations.Sum(l => l.OnHand), record.Locations.Sum(l => l.Locked), record.Locations.Sum(l => l.Available)));
    }

    protected async Task AssertLedgerConsistentAsync()
    {
        var report = await _bed.Replay.ReplayAsync();
        Assert.True(report.Consistent, string.Join("; ", report.Differences));
    }

    protected async Task<int> MovementCountAsync() => (await _bed.MovementsAsync()).Count;

    /// <summary>The movements written after the first <paramref name="count"/>.</summary>
    protected async Task<List<Movement>> MovementsAfterAsync(int count) => (await _bed.MovementsAsync()).Skip(count).ToList();

    /// <summary>
    /// Everything a trait or stock change could touch, as text: equal snapshots = nothing changed. Adds storage
    /// locations, trait masks, Locked flags and location locks to <see cref="StockTestBed.SnapshotAsync"/>.
    /// </summary>
    protected async Task<string> StateAsync()
    {
        await using var db = _bed.Store.CreateContext();
        var storage = await db.StorageLocations.AsNoTracking().OrderBy(s => s.Id)
            .Select(s => $"storage {s.Id}: {s.LocationId}/{s.Name} +{(int)s.TraitsEnabled} -{(int)s.TraitsDisabled} {s.Reason}").ToListAsync();
        var locations = await db.Locations.AsNoTracking().OrderBy(l => l.Id).Select(l => $"location {l.Code}: locked {l.Locked} {l.LockReason}").ToListAsync();
        var rows = await db.StockRows.AsNoTracking().OrderBy(s => s.Id)
            .Select(s => $"row {s.Id}: {s.ProductId}/{s.LocationId}/{s.SegmentKey}/{s.StorageLocationId} = {s.Quantity} locked {s.Locked} +{(int)s.TraitsEnabled} -{(int)s.TraitsDisabled}")
            .ToListAsync();
        return string.Join("\n", storage.Concat(locations).Concat(rows).Append(await _bed.SnapshotAsync()));
    }
}
