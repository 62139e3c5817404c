using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Model.Availability;
using InventoryAdmin.Domain.Model.Stock;
using InventoryAdmin.Domain.Model.Tags;
using InventoryAdmin.Domain.Model.Traits;
using InventoryAdmin.Domain.Services.Availability;
using InventoryAdmin.Domain.Services.Bundles;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Domain.Services.Grid;
using InventoryAdmin.Domain.Store;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Domain.Services;

/// <summary>Read side of inventory: records with segments, the paged grid, the movement history. Paged in SQL.</summary>
public sealed class InventoryQueryService(IDbContextFactory<InventoryDbContext> dbFactory)
{
    public const int MaxPageSize = 500;

    public async Task<RecordDto> GetRecordAsync(string sku, string? locationCode = null, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var product = await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Sku == sku.Trim(), ct)
            ?? throw InventoryRuleException.NotFound("sku", $"There is no product with SKU '{sku.Trim()}'.");
        var locationId = await LocationIdAsync(db, locationCode, ct);
        var catalogue = await StockService.LoadCatalogueAsync(db, ct);
        return (await BuildRecordsAsync(db, catalogue, [product], locationId, ct))[0];
    }

    /// <summary>Products page by page (SKU order), each with its locations and segments.</summary>
    public async Task<PagedResult<RecordDto>> ListAsync(string? search, string? locationCode, int page, int pageSize, CancellationToken ct = default)
    {
        var paging = Paging.Of(page, pageSize);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var locationId = await LocationIdAsync(db, locationCode, ct);
        var products = db.Products.AsNoTracking().Search(db, search);
        var total = await products.CountAsync(ct);
        var pageItems = await products.OrderBy(p => p.Sku).Page(paging).ToListAsync(ct);
        var catalogue = await StockService.LoadCatalogueAsync(db, ct);
        return new PagedResult<RecordDto>(await BuildRecordsAsync(db, catalogue, pageItems, locationId, ct), total);
    }

    public async Task<PagedResult<GridRowDto>> GridAsync(GridQuery query, CancellationToken ct = default)
    {
        var paging = Paging.Of(query.Page, query.PageSize, firstPage: 0);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var locationId = await LocationIdAsync(db, query.LocationCode, ct);
        var catalogue = await StockService.LoadCatalogueAsync(db, ct);
        var patterns = query.Segment is { Count: > 0 } segment && catalogue.Enabled ? SegmentPatterns(catalogue, segment).ToList() : [];
        var filter = new GridFilter(db.Products.AsNoTracking().Search(db, query.Search), !string.IsNullOrWhiteSpace(query.Search), locationId, patterns);

        var total = await GridRows.ToCount(db, filter).CountAsync(ct);
        var (offset, size) = (paging.Skip, paging.Take);
        var column = query.SortBy?.ToLowerInvariant();
        var (items, bundles) = GridRows.SortsByFigure(column)
            ? await FigureSortedPageAsync(db, catalogue, filter, column!, query.Descending, offset, size, total, ct)
            : await PageAsync(db, catalogue, filter, query, offset, size, ct);
        return new PagedResult<GridRowDto>(items.Select(r => bundles.TryGetValue((r.ProductId, r.LocationId), out var b)
            ? new GridRowDto(r.ProductId, r.LocationId, r.Sku, r.Upc, r.Name, r.LocationCode, b.Figures.OnHand, b.Figures.Locked,
                b.Figures.Allocated, b.Figures.Available, r.PendingRedistribution, b.ToDto())
            : new GridRowDto(r.ProductId, r.LocationId, r.Sku, r.Upc, r.Name, r.LocationCode,
                r.OnHand, r.Locked, r.Allocated, r.Available, r.PendingRedistribution)).ToList(), total);
    }

    /// <summary>A page sorted by SKU, name or location: bundles' component part is computed for the page's rows only.</summary>
    private static async Task<(List<GridRow>, IReadOnlyDictionary<(int, int), BundleAtLocation>)> PageAsync(InventoryDbContext db, TagCatalogue catalogue,
        GridFilter filter, GridQuery query, int offset, int size, CancellationToken ct)
    {
        var items = await GridRows.ToPage(db, filter, query.SortBy, query.Descending).Skip(offset).Take(size).ToListAsync(ct);
        var bundles = await BundleStock.ReadAsync(db, catalogue, items.Select(r => r.ProductId).Distinct().ToList(), filter.LocationId, filter.SegmentPatterns, ct);
        return (items, bundles);
    }

    /// <summary>
    /// A page sorted by a figure. A bundle's figures include what its components can build, which is not stored, so SQL
    /// cannot sort bundle rows by what the grid shows. Every matching bundle record (bundles are few) gets its figures
    /// from the same model code that shows them, and is merged into the standard rows, which SQL sorts and pages: the
    /// window of standard rows starts B rows early (B = bundle rows), which is enough for any bundle that lands on the page.
    /// </summary>
    private static async Task<(List<GridRow>, IReadOnlyDictionary<(int, int), BundleAtLocation>)> FigureSortedPageAsync(InventoryDbContext db,
        TagCatalogue catalogue, GridFilter filter, string column, bool descending, int offset, int size, int total, CancellationToken ct)
    {
        var bundleRows = await GridRows.ToPage(db, filter with { Products = filter.Products.Where(p => p.Kind == ProductKind.Bundle) }, column, descending)
            .ToListAsync(ct);
        var bundles = await BundleStock.ReadAsync(db, catalogue, bundleRows.Select(r => r.ProductId).Distinct().ToList(), filter.LocationId,
            filter.SegmentPatterns, ct);
        if (offset >= total) return ([], bundles);
        var shown = bundleRows.Select(r => bundles.TryGetValue((r.ProductId, r.LocationId), out var b) ? r.WithFigures(b.Figures) : r).ToList();
        var start = Math.Max(0, offset - shown.Count);
        var standard = await GridRows.ToPage(db, filter with { Products = filter.Products.Where(p => p.Kind != ProductKind.Bundle) }, column, descending)
            .Skip(start).Take(offset + size - start).ToListAsync(ct);
        var order = new GridRowOrder(column, descending);
        // A bundle that sorts before the window's first standard row sits before the page (it has at most B − 1 bundles
        // and `start` standard rows before it), so it is left out and counted.
        var before = start == 0 || standard.Count == 0 ? [] : shown.Where(b => order.Compare(b, standard[0]) < 0).ToList();
        var merged = standard.Concat(shown.Except(before)).Order(order).ToList();
        return (merged.Skip(offset - start - before.Count).Take(size).ToList(), bundles);
    }

    /// <summary>The segments of one record, for the grid's expanded row.</summary>
    public async Task<IReadOnlyList<SegmentDto>> SegmentsAsync(int productId, int locationId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var catalogue = await StockService.LoadCatalogueAsync(db, ct);
        var bundles = await BundleStock.ReadAsync(db, catalogue, [productId], locationId, [], ct);
        var rules = await StockRuleReader.LoadAsync(db, ct);
        Func<string, StockLevels> levels = key => rules.Resolve(productId, locationId, catalogue.Canonical(key));
        if (bundles.TryGetValue((productId, locationId), out var bundle)) return BundleSegments(catalogue, bundle, levels);
        var rows = await db.StockRows.AsNoTracking().Where(s => s.ProductId == productId && s.LocationId == locationId)
            .Select(s => new { s.SegmentKey, s.Quantity, s.Locked }).ToListAsync(ct);
        var allocated = await db.Segments.AsNoTracking().Where(s => s.ProductId == productId && s.LocationId == locationId && s.Allocated != 0)
            .ToDictionaryAsync(s => s.SegmentKey, s => s.Allocated, ct);
        return ToSegments(catalogue, rows.Select(r => (r.SegmentKey, r.Quantity, r.Locked)), allocated, levels);
    }

    /// <summary>A bundle's parts at one location with each component's stock; null for a standard product.</summary>
    public async Task<BundleDetailDto?> BundleAsync(int productId, int locationId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var catalogue = await StockService.LoadCatalogueAsync(db, ct);
        var bundles = await BundleStock.ReadAsync(db, catalogue, [productId], locationId, [], ct);
        if (!bundles.TryGetValue((productId, locationId), out var bundle)) return null;
        return new BundleDetailDto(bundle.ToDto(), bundle.Components.Select(c => new ComponentStockDto(c.Sku, c.QuantityPerBundle, FiguresDto.From(c.Figures),
            Math.Max(0, c.Figures.Available) / c.QuantityPerBundle, c.Sku == bundle.Total.BottleneckSku)).ToList());
    }

    public async Task<PagedResult<MovementDto>> MovementsAsync(string sku, string? locationCode, int page, int pageSize, CancellationToken ct = default)
    {
        var paging = Paging.Of(page, pageSize);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var productId = await db.Products.Where(p => p.Sku == sku.Trim()).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct)
            ?? throw InventoryRuleException.NotFound("sku", $"There is no product with SKU '{sku.Trim()}'.");
        var locationId = await LocationIdAsync(db, locationCode, ct);
        var catalogue = await StockService.LoadCatalogueAsync(db, ct);
        var movements = from m in db.Movements.AsNoTracking()
                        join l in db.Locations on m.LocationId equals l.Id
                        where m.ProductId == productId && (locationId == null || m.LocationId == locationId)
                        select new { m, l.Code, Storage = db.StorageLocations.Where(s => s.Id == m.StorageLocationId).Select(s => s.Name).FirstOrDefault() };
        var total = await movements.CountAsync(ct);
        var items = await movements.OrderByDescending(x => x.m.Id).Page(paging).ToListAsync(ct);
        return new PagedResult<MovementDto>(items.Select(x => new MovementDto(
            DateTime.SpecifyKind(x.m.AtUtc, DateTimeKind.Utc), x.Code, catalogue.Decode(x.m.SegmentKey), x.Storage, x.m.Delta, x.m.Before, x.m.After,
            x.m.Reason, x.m.Actor, x.m.Source.ToString(), x.m.Reference, x.m.LockedDelta)).ToList(), total);
    }

    private static async Task<IReadOnlyList<RecordDto>> BuildRecordsAsync(InventoryDbContext db, TagCatalogue catalogue,
        IReadOnlyList<Product> products, int? locationId, CancellationToken ct)
    {
        var ids = products.Select(p => p.Id).ToList();
        var stock = await db.StockRows.AsNoTracking().Where(s => ids.Contains(s.ProductId) && (locationId == null || s.LocationId == locationId))
            .OrderBy(s => s.StorageLocationId).ThenBy(s => s.Id)
            .Select(s => new { s.ProductId, s.LocationId, s.SegmentKey, s.Quantity, s.Locked, s.StorageLocationId, s.TraitsEnabled, s.TraitsDisabled })
            .ToListAsync(ct);
        var records = await db.Records.AsNoTracking().Where(r => ids.Contains(r.ProductId) && (locationId == null || r.LocationId == locationId))
            .Join(db.Locations, r => r.LocationId, l => l.Id, (r, l) => new { r.ProductId, r.LocationId, l.Code, r.PendingRedistribution, l.Locked, l.LockReason })
            .ToListAsync(ct);
        var allocated = await db.Segments.AsNoTracking().Where(s => ids.Contains(s.ProductId) && (locationId == null || s.LocationId == locationId) && s.Allocated != 0)
            .Select(s => new { s.ProductId, s.LocationId, s.SegmentKey, s.Allocated }).ToListAsync(ct);
        var storageIds = stock.Select(s => s.StorageLocationId).Where(id => id != StockRow.NoStorageLocation).Distinct().ToList();
        var storage = await db.StorageLocations.AsNoTracking().Where(s => storageIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        var bundles = await BundleStock.ReadAsync(db, catalogue, ids, locationId, [], ct);
        var rules = await StockRuleReader.LoadAsync(db, ct);

        return products.Select(p =>
        {
            var locations = records.Where(r => r.ProductId == p.Id).OrderBy(r => r.Code).Select(r =>
            {
                var rows = stock.Where(s => s.ProductId == p.Id && s.LocationId == r.LocationId).ToList();
                var bundle = bundles.GetValueOrDefault((p.Id, r.LocationId));
                Func<string, StockLevels> levels = key => rules.Resolve(p.Id, r.LocationId, catalogue.Canonical(key));
                var segments = bundle is not null ? BundleSegments(catalogue, bundle, levels) : ToSegments(catalogue, rows.Select(s => (s.SegmentKey, s.Quantity, s.Locked)),
                    allocated.Where(a => a.ProductId == p.Id && a.LocationId == r.LocationId).ToDictionary(a => a.SegmentKey, a => a.Allocated), levels);
                var f = Figures.Sum(segments.Select(s => Figures.Summed(s.OnHand, s.Locked, s.Allocated, s.Available)));
                var stockRows = rows.Select(s =>
                {
                    var bin = storage.GetValueOrDefault(s.StorageLocationId);
                    var cascade = TraitCascadeLine.Of(new TraitConfig(s.TraitsEnabled, s.TraitsDisabled), bin?.Traits ?? TraitConfig.Unset)
                        .Select(c => new TraitCascadeDto(Traits.Name(c.Trait), c.Default, c.StorageLocation, c.Stock, c.Final)).ToList();
                    var tags = catalogue.Enabled ? catalogue.Decode(s.SegmentKey) : new Dictionary<string, string>();
                    return new StockRowDto(tags, bin?.Name, s.Quantity, s.Locked, r.Locked, cascade, s.SegmentKey);
                }).OrderBy(s => catalogue.SortKey(s.Tags), StringComparer.Ordinal).ThenBy(s => s.StorageLocation, StringComparer.OrdinalIgnoreCase).ToList();
                return new RecordLocationDto(r.Code, f.OnHand, f.Locked, f.Allocated, f.Available, r.PendingRedistribution, segments, stockRows,
                    r.Locked, r.LockReason, bundle?.ToDto());
            }).ToList();
            var totals = Figures.Sum(locations.Select(l => Figures.Summed(l.OnHand, l.Locked, l.Allocated, l.Available)));
            return new RecordDto(p.Sku, p.Name, p.Kind.ToString().ToLowerInvariant(), FiguresDto.From(totals), locations);
        }).ToList();
    }

    /// <summary>
    /// Stock rows grouped into segments (one segment while tags are off), with their open allocations (a segment may
    /// have allocations and no stock: it is short), in tag display order.
    /// </summary>
    private static IReadOnlyList<SegmentDto> ToSegments(TagCatalogue catalogue, IEnumerable<(string Key, int Quantity, bool Locked)> rows,
        IReadOnlyDictionary<string, int> allocated, Func<string, StockLevels> levels) =>
        rows.Select(r => (r.Key, r.Quantity, Locked: r.Locked ? r.Quantity : 0, Allocated: 0))
            .Concat(allocated.Select(a => (a.Key, Quantity: 0, Locked: 0, Allocated: a.Value)))
            .GroupBy(r => catalogue.Effective(r.Key))
            .Select(g =>
            {
                var f = new Figures(g.Sum(r => r.Quantity), g.Sum(r => r.Locked), g.Sum(r => r.Allocated));
                return new SegmentDto(catalogue.Enabled ? catalogue.Decode(g.Key) : new Dictionary<string, string>(),
                    f.OnHand, f.Locked, f.Allocated, f.Available, f.IsShort, levels(g.Key).SafetyStock);
            })
            .OrderBy(s => catalogue.SortKey(s.Tags), StringComparer.Ordinal)
            .ToList();

    /// <summary>A bundle's segments: prepackaged plus (when the location uses them) the bundles its components build.</summary>
    private static IReadOnlyList<SegmentDto> BundleSegments(TagCatalogue catalogue, BundleAtLocation bundle, Func<string, StockLevels> levels) =>
        bundle.Segments.Select(s =>
            {
                var f = s.Value.Total;
                return new SegmentDto(catalogue.Enabled ? catalogue.Decode(s.Key) : new Dictionary<string, string>(), f.OnHand, f.Locked, f.Allocated,
                    f.Available, f.IsShort, levels(s.Key).SafetyStock);
            })
            .OrderBy(s => catalogue.SortKey(s.Tags), StringComparer.Ordinal)
            .ToList();

    internal static IEnumerable<string> SegmentPatterns(TagCatalogue catalogue, IReadOnlyDictionary<string, string> segment)
    {
        foreach (var (tagName, valueName) in segment)
        {
            var tag = catalogue.Tags.FirstOrDefault(t => string.Equals(t.Name, tagName, StringComparison.OrdinalIgnoreCase))
                ?? throw new InventoryRuleException("segment", $"There is no tag named '{tagName}'.");
            var value = tag.FindValue(valueName)
                ?? throw new InventoryRuleException("segment", $"'{valueName}' is not a value of tag '{tag.Name}'.");
            yield return StoredSegment.Contains(value.Id);
        }
    }

    private static async Task<int?> LocationIdAsync(InventoryDbContext db, string? code, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code)) return null;
        return await db.Locations.Where(l => l.Code == code.Trim()).Select(l => (int?)l.Id).FirstOrDefaultAsync(ct)
            ?? throw InventoryRuleException.NotFound("locationCode", $"There is no location with code '{code.Trim()}'.");
    }

}
