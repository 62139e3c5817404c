using System.Globalization;
using InventoryAdmin.Domain.Model.Stock;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Domain.Store;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Domain.Services.Stock;

/// <summary>
/// Refuses a batch that would leave a product with more than <see cref="Quantities.MaxUnitsPerProduct"/> units on hand
/// over all its locations (its record totals would no longer fit a figure): the product's first line is named.
/// </summary>
internal static class ProductTotals
{
    public static async Task CheckAsync(InventoryDbContext db, StockChangeKind kind, IReadOnlyList<StockLine> lines, IReadOnlyList<ResolvedLine> resolved,
        IReadOnlyDictionary<(int ProductId, int LocationId), RecordState> records, Dictionary<string, string[]> errors, CancellationToken ct)
    {
        var field = kind == StockChangeKind.Refresh ? "quantity" : "delta";
        foreach (var (productId, total) in await OverTheCeilingAsync(db, records, ct))
        {
            var first = resolved.First(l => l.ProductId == productId).Index;
            var name = lines[first].Sku?.Trim() ?? lines[first].Upc?.Trim();
            errors[$"items[{first}].{field}"] = [string.Create(CultureInfo.InvariantCulture,
                $"{name} would hold {total:N0} units over all its locations; a product holds at most {Quantities.MaxUnitsPerProduct:N0}.")];
        }
    }

    /// <summary>
    /// The products whose On Hand over all locations would pass the ceiling: the planned rows of <paramref name="records"/>
    /// plus what the product holds at its other locations, as stored.
    /// </summary>
    public static async Task<IReadOnlyList<(int ProductId, long Total)>> OverTheCeilingAsync(InventoryDbContext db,
        IReadOnlyDictionary<(int ProductId, int LocationId), RecordState> records, CancellationToken ct)
    {
        var planned = new Dictionary<int, long>();
        foreach (var ((productId, _), record) in records)
            planned[productId] = planned.GetValueOrDefault(productId) + record.Rows.Values.Sum(r => (long)r.Quantity);

        var suspects = planned.Keys.ToList();
        var elsewhere = new Dictionary<int, long>();
        foreach (var chunk in suspects.Chunk(500))
        {
            var stored = await db.Records.AsNoTracking().Where(r => chunk.Contains(r.ProductId))
                .Select(r => new { r.ProductId, r.LocationId, r.OnHand }).ToListAsync(ct);
            foreach (var r in stored.Where(r => !records.ContainsKey((r.ProductId, r.LocationId))))
                elsewhere[r.ProductId] = elsewhere.GetValueOrDefault(r.ProductId) + r.OnHand;
        }

        return planned.Select(p => (p.Key, Total: p.Value + elsewhere.GetValueOrDefault(p.Key)))
            .Where(p => p.Total > Quantities.MaxUnitsPerProduct).ToList();
    }
}
