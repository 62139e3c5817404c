using InventoryAdmin.Domain.Model.Stock;
using InventoryAdmin.Domain.Store;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Domain.Services.Grid;

/// <summary>
/// The grid's rows as SQL, written in the join order SQLite runs fastest for each question: the store has no planner
/// statistics, so SQLite cannot tell how many rows a search keeps, and with them it picks worse plans for some sorts.
/// Measured with <c>bench grid</c> on 100k products × 3 locations × 6 segments (README, Performance).
/// </summary>
internal static class GridRows
{
    /// <summary>The rows to count: all records scanned, or each searched product tested once rather than each record.</summary>
    public static IQueryable<GridRow> ToCount(InventoryDbContext db, GridFilter filter) =>
        Project(db, filter, filter.Searching ? Walked(db, filter.Products) : Joined(db, filter.Products), sumAllFirst: false);

    /// <summary>
    /// The rows sorted for paging. In SKU order without a search, walk the SKU index and stop at the page; otherwise
    /// scan and sort. With a segment filter, sum the matching segments of the page's records only, unless the sort
    /// is by a figure, which needs every record's sum first.
    /// </summary>
    public static IQueryable<GridRow> ToPage(InventoryDbContext db, GridFilter filter, string? sortBy, bool descending)
    {
        var column = sortBy?.ToLowerInvariant();
        var byFigure = SortsByFigure(column);
        var bySku = !byFigure && column is not ("name" or "locationcode");
        var records = bySku && !filter.Searching ? Walked(db, filter.Products) : Joined(db, filter.Products);
        return Sort(Project(db, filter, records, sumAllFirst: byFigure), column, descending);
    }

    public static bool SortsByFigure(string? column) => column?.ToLowerInvariant() is "onhand" or "locked" or "allocated" or "available";

    /// <summary>Records with their product and location, joined so SQLite scans the records and sorts.</summary>
    private static IQueryable<RecordJoin> Joined(InventoryDbContext db, IQueryable<Product> products) =>
        from r in db.Records
        join p in products on r.ProductId equals p.Id
        join l in db.Locations on r.LocationId equals l.Id
        select new RecordJoin { Record = r, Product = p, Location = l };

    /// <summary>
    /// The same rows with the products leading: EF writes this as CROSS JOINs, which SQLite never reorders. A page in
    /// SKU order then walks the SKU index and stops at the page instead of sorting every record first (PERFORMANCE.md
    /// lesson 3). Not for other sorts: SQLite would read the SKU index for them too, in random order, and then sort.
    /// </summary>
    private static IQueryable<RecordJoin> Walked(InventoryDbContext db, IQueryable<Product> products) =>
        from p in products
        from l in db.Locations
        from r in db.Records
        where r.ProductId == p.Id && r.LocationId == l.Id
        select new RecordJoin { Record = r, Product = p, Location = l };

    private static IQueryable<GridRow> Project(InventoryDbContext db, GridFilter filter, IQueryable<RecordJoin> records, bool sumAllFirst)
    {
        if (filter.LocationId is { } locationId) records = records.Where(x => x.Record.LocationId == locationId);
        if (filter.SegmentPatterns.Count == 0)
            return records.Select(x => new GridRow
            {
                ProductId = x.Product.Id, LocationId = x.Location.Id, Sku = x.Product.Sku, Upc = x.Product.Upc, Name = x.Product.Name,
                LocationCode = x.Location.Code, OnHand = x.Record.OnHand, Locked = x.Record.Locked, Allocated = x.Record.Allocated,
                Available = x.Record.Available, PendingRedistribution = x.Record.PendingRedistribution,
            });

        // Figures of the matching segments only; a record shows when it has a matching segment.
        var stock = db.Segments.AsNoTracking();
        foreach (var pattern in filter.SegmentPatterns)
            stock = stock.Where(s => EF.Functions.Like(s.SegmentKey, pattern));
        if (sumAllFirst)
        {
            var sums = stock.GroupBy(s => new { s.ProductId, s.LocationId })
                .Select(g => new
                {
                    g.Key.ProductId, g.Key.LocationId, OnHand = g.Sum(s => s.OnHand), Locked = g.Sum(s => s.Locked), Allocated = g.Sum(s => s.Allocated),
                    Available = g.Sum(s => Math.Max(0, s.OnHand - s.Locked - s.Allocated)),
                });
            return from x in records
                   join s in sums on new { x.Record.ProductId, x.Record.LocationId } equals new { s.ProductId, s.LocationId }
                   select new GridRow
                   {
                       ProductId = x.Product.Id, LocationId = x.Location.Id, Sku = x.Product.Sku, Upc = x.Product.Upc, Name = x.Product.Name,
                       LocationCode = x.Location.Code, OnHand = s.OnHand, Locked = s.Locked, Allocated = s.Allocated, Available = s.Available,
                       PendingRedistribution = x.Record.PendingRedistribution,
                   };
        }

        return from x in records
               where stock.Any(s => s.ProductId == x.Record.ProductId && s.LocationId == x.Record.LocationId)
               let onHand = stock.Where(s => s.ProductId == x.Record.ProductId && s.LocationId == x.Record.LocationId).Sum(s => s.OnHand)
               let locked = stock.Where(s => s.ProductId == x.Record.ProductId && s.LocationId == x.Record.LocationId).Sum(s => s.Locked)
               let allocated = stock.Where(s => s.ProductId == x.Record.ProductId && s.LocationId == x.Record.LocationId).Sum(s => s.Allocated)
               let available = stock.Where(s => s.ProductId == x.Record.ProductId && s.LocationId == x.Record.LocationId)
                   .Sum(s => Math.Max(0, s.OnHand - s.Locked - s.Allocated))
               select new GridRow
               {
                   ProductId = x.Product.Id, LocationId = x.Location.Id, Sku = x.Product.Sku, Upc = x.Product.Upc, Name = x.Product.Name,
                   LocationCode = x.Location.Code, OnHand = onHand, Locked = locked, Allocated = allocated, Available = available,
                   PendingRedistribution = x.Record.PendingRedistribution,
               };
    }

    private static IQueryable<GridRow> Sort(IQueryable<GridRow> rows, string? column, bool descending) => column switch
    {
        "name" => descending ? rows.OrderByDescending(r => r.Name).ThenBy(r => r.Sku).ThenBy(r => r.LocationCode) : rows.OrderBy(r => r.Name).ThenBy(r => r.Sku).ThenBy(r => r.LocationCode),
        "locationcode" => descending ? rows.OrderByDescending(r => r.LocationCode).ThenBy(r => r.Sku).ThenBy(r => r.LocationCode) : rows.OrderBy(r => r.LocationCode).ThenBy(r => r.Sku).ThenBy(r => r.LocationCode),
        "onhand" => descending ? rows.OrderByDescending(r => r.OnHand).ThenBy(r => r.Sku).ThenBy(r => r.LocationCode) : rows.OrderBy(r => r.OnHand).ThenBy(r => r.Sku).ThenBy(r => r.LocationCode),
        "locked" => descending ? rows.OrderByDescending(r => r.Locked).ThenBy(r => r.Sku).ThenBy(r => r.LocationCode) : rows.OrderBy(r => r.Locked).ThenBy(r => r.Sku).ThenBy(r => r.LocationCode),
        "allocated" => descending ? rows.OrderByDescending(r => r.Allocated).ThenBy(r => r.Sku).ThenBy(r => r.LocationCode) : rows.OrderBy(r => r.Allocated).ThenBy(r => r.Sku).ThenBy(r => r.LocationCode),
        "available" => descending ? rows.OrderByDescending(r => r.Available).ThenBy(r => r.Sku).ThenBy(r => r.LocationCode) : rows.OrderBy(r => r.Available).ThenBy(r => r.Sku).ThenBy(r => r.LocationCode),
        _ => descending ? rows.OrderByDescending(r => r.Sku).ThenByDescending(r => r.LocationCode) : rows.OrderBy(r => r.Sku).ThenBy(r => r.LocationCode),
    };
}
