using InventoryAdmin.Domain.Model.Stock;

namespace InventoryAdmin.Domain.Services.Stock;

/// <summary>
/// Two lines of one batch for the same stock (product, location, storage location and segment) would apply in order and
/// the earlier one would be silently lost, so both are refused, each naming the other (<c>items[i]</c>, which a CSV
/// import reports as its line number). Two lines without tags (each spread over the whole record) are the same stock
/// too; a line for the whole record and one for a segment of it are not (the segment line applies after the spread).
/// </summary>
internal static class BatchDuplicates
{
    public static IEnumerable<(int Index, string Message)> Find(IReadOnlyList<ResolvedLine> lines, StockChangeKind kind)
    {
        var verb = kind == StockChangeKind.Refresh ? "counts" : "changes";
        var clashes = lines.Where(l => l.ProductId != 0 && l.LocationId != 0)
            .GroupBy(l => (l.ProductId, l.LocationId, l.StorageLocationId, Segment: l.SegmentKey ?? "*"))
            .Where(g => g.Skip(1).Any());
        foreach (var clash in clashes)
        {
            var what = clash.Key.Segment == "*" ? "the whole of the same record (product and location) and storage location"
                : "the same product, location, storage location and segment";
            foreach (var line in clash)
            {
                var others = string.Join(", ", clash.Where(o => o.Index != line.Index).Take(5).Select(o => $"items[{o.Index}]"));
                yield return (line.Index, $"This line {verb} {what} as {others}; send one line per stock row. Nothing was changed.");
            }
        }
    }
}
