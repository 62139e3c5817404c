using Microsoft.Data.Sqlite;
using static System.FormattableString;

namespace InventoryAdmin.Bench;

/// <summary>
/// <c>generate</c>: writes the scale data into a new SQLite file that the app can then open
/// (ConnectionStrings__Inventory). Refuses an existing file, so it never touches a real store.
/// </summary>
internal static class GenerateVerb
{
    public const string DefaultFileName = "inventoryadmin-scale.db";

    public static async Task<int> RunAsync(BenchOptions options, TextWriter output, CancellationToken ct = default)
    {
        var path = Path.GetFullPath(options.DatabasePath ?? DefaultFileName);
        if (File.Exists(path))
        {
            output.WriteLine($"{path} exists; delete it or give another --db.");
            return 1;
        }

        output.WriteLine(Invariant($"generate: {options.Products:N0} products × {ScaleCatalogue.Locations.Length} locations × 6 segments into {path}"));
        await using (var services = ScaleData.Services(path))
        {
            await ScaleData.CreateCatalogueAsync(services, path, options.Products, ct);
            await ScaleData.CreateTagsAsync(services, ct);
            var (records, elapsed) = await ScaleData.CountStockInAsync(services, options.Products, options.BatchSize, output, ct);
            output.WriteLine(Invariant($"  {records:N0} records counted in through the stock service in {elapsed.TotalSeconds:N1} s"));
        }

        SqliteConnection.ClearAllPools();
        var check = await ScaleDataCheck.RunAsync(path, ct);
        if (!check.IsConsistent(options.Products, ScaleCatalogue.Locations.Length))
        {
            output.WriteLine($"The generated data is inconsistent: {check}");
            return 1;
        }

        output.WriteLine(Invariant($"  {check.Records:N0} records, {check.StockRows:N0} stock rows, {check.Movements:N0} movements."));
        output.WriteLine($"Open it in the app: ConnectionStrings__Inventory=\"Data Source={path}\" dotnet run --project InventoryAdmin");
        return 0;
    }
}
