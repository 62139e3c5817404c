using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Services.Contracts;
using static System.FormattableString;

namespace InventoryAdmin.Bench;

/// <summary>
/// <c>bench grid</c>: generates the scale data in a temporary file (timing the bulk refresh through the stock
/// service), writes the same rows raw into a second file as the baseline, then times the grid's queries.
/// <c>--db postgres</c>: the same in two databases of a throwaway PostgreSQL 15 cluster (<see cref="BenchStores"/>).
/// </summary>
internal static class BenchGridVerb
{
    public const double TargetMs = 300;
    public const double TargetRatio = 0.3;

    public static async Task<BenchGridReport> RunAsync(BenchOptions options, TextWriter output, CancellationToken ct = default)
    {
        await using var stores = await BenchStores.CreateAsync(options, "grid", output, ct);
        var (service, raw) = (stores.Service, stores.Raw);
        var locations = ScaleCatalogue.Locations.Length;
        output.WriteLine(Invariant($"bench grid: {options.Products:N0} products × {locations} locations × 6 segments, in {stores.Where}"));
        await using var services = service.Services();
        output.WriteLine(Invariant($"bulk refresh through StockService.RefreshAsync, {options.BatchSize:N0} lines per call:"));
        var (records, serviceTime) = await ScaleData.BuildAsync(services, service, options, output, ct);
        var check = await ScaleDataCheck.RunAsync(service, ct);
        output.WriteLine(Invariant($"  {check.Records:N0} records, {check.StockRows:N0} stock rows, {check.Movements:N0} movements; ")
            + (check.IsConsistent(options.Products, locations) ? "every record in 6 segments summing to its On Hand" : $"INCONSISTENT: {check}"));

        output.WriteLine(Invariant($"raw baseline: {stores.RawBaseline}, {RawRefreshBaseline.RowsPerTransaction:N0} rows per transaction:"));
        var (rawRows, rawTime) = await ScaleData.RawBaselineAsync(service, raw, options.Products, ct);
        output.WriteLine(Invariant($"  {rawRows:N0} stock rows + {rawRows:N0} ledger rows in {rawTime.TotalSeconds:N1} s"));

        var grid = await TimeGridAsync(services.GetRequiredService<InventoryQueryService>(), options, output, ct);
        var report = new BenchGridReport(options.Products, check, records, serviceTime, rawRows, rawTime, grid, service.Description, stores.RawBaselineShort);
        report.Print(output);
        return report;
    }

    private static async Task<IReadOnlyList<GridTiming>> TimeGridAsync(InventoryQueryService query, BenchOptions options, TextWriter output,
        CancellationToken ct)
    {
        var rows = (await query.GridAsync(new GridQuery(), ct)).Total;
        var deepPage = Math.Min(3000, rows / new GridQuery().PageSize / 2);
        var cases = new (string What, GridQuery Query)[]
        {
            ("grid: first page (50 rows)", new GridQuery()),
            (Invariant($"grid: page {deepPage:N0} (offset {deepPage * 50:N0})"), new GridQuery(Page: deepPage)),
            ("grid: search \"Hoodie\" (name)", new GridQuery(Search: "Hoodie")),
            ("grid: search \"HOOD-NAV\" (SKU prefix)", new GridQuery(Search: "HOOD-NAV")),
            ("grid: segment Channel=Amazon", new GridQuery(Segment: new Dictionary<string, string> { ["Channel"] = "Amazon" })),
        };

        output.WriteLine(Invariant($"grid queries through InventoryQueryService.GridAsync, {options.WarmUps} warm-ups then {options.Runs} runs each:"));
        var results = new List<GridTiming>();
        foreach (var (what, gridQuery) in cases)
        {
            var page = await query.GridAsync(gridQuery, ct);
            var timing = await Timing.MeasureAsync(() => query.GridAsync(gridQuery, ct), options.WarmUps, options.Runs);
            results.Add(new GridTiming(what, timing, page.Total, page.Items.Count));
            output.WriteLine(Invariant($"  {what,-40} {timing.MedianMs,8:N1} ms median {timing.P90Ms,8:N1} ms p90  ({page.Items.Count} of {page.Total:N0} rows)"));
        }

        return results;
    }
}
