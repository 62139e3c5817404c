using InventoryAdmin.Domain.Model.Stock;

namespace InventoryAdmin.Domain.Services.Stock;

/// <summary>
/// Two lines of one batch for the same stock (product, location, storage location and segment) would apply in order and
/// the first would be silently lost, so both are refused, each naming the other (<c>items[i]</c>, which a CSV import
/// reports as its line number). A line without a segment (spread over the record) overlaps every segment of its record
/// and storage location.
/// </summary>
internal static class BatchDuplicates
{
    public static IEnumerable<(int Index, string Message)> Find(IReadOnlyList<ResolvedLine> lines, StockChangeKind kind)
    {
        var verb = kind == StockChangeKind.Refresh ? "counts" : "changes";
        foreach (var group in lines.Where(l => l.ProductId != 0 && l.LocationId != 0).GroupBy(l => (l.ProductId, l.LocationId, l.StorageLocationId)))
        {
            if (group.Skip(1).FirstOrDefault() is null) continue;
            var spread = group.Where(l => l.SegmentKey is null).ToList();
            var clashes = spread.Count > 0
                ? [group.OrderBy(l => l.Index).ToList()]
                : group.GroupBy(l => l.SegmentKey, StringComparer.Ordinal).Where(g => g.Skip(1).Any()).Select(g => g.OrderBy(l => l.Index).ToList()).ToList();
            foreach (var clash in clashes)
                foreach (var line in clash)
                {
                    var others = string.Join(", ", clash.Where(o => o.Index != line.Index).Take(5).Select(o => $"items[{o.Index}]"));
                    var what = spread.Count == clash.Count ? "the same product, location and storage location"
                        : spread.Count > 0 ? "the same product, location and storage location (a line without tags spreads over every segment)"
                        : "the same product, location, storage location and segment";
                    yield return (line.Index, $"This line {verb} {what} as {others}; send one line per stock row. Nothing was changed.");
                }
        }
    }
}
