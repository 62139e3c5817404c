using System.Globalization;

namespace InventoryAdmin.Bench;

/// <summary>
/// The command-line verbs that run instead of the web app (bench allocate starts its own host for the API part):
/// <c>bench grid [--products N] [--keep] [--db postgres]</c>, <c>bench redistribute [--products N] [--keep] [--db postgres]</c>, <c>bench allocate [--products N] [--orders N] [--runs N] [--stock N] [--keep]</c>, <c>bench batch-wait [--lines N] [--runs N] [--keep]</c>
/// and <c>generate [--products N] [--db path]</c>.
/// </summary>
internal static class BenchCommand
{
    private const string Usage = """
        usage:
          dotnet run -c Release --project InventoryAdmin -- bench grid [--products 100000] [--keep] [--db postgres]
          dotnet run -c Release --project InventoryAdmin -- bench allocate [--products 2000] [--orders 2000] [--runs 3] [--stock 1000] [--keep] [--db postgres]
          dotnet run -c Release --project InventoryAdmin -- bench redistribute [--products 33334] [--keep] [--db postgres]
          dotnet run -c Release --project InventoryAdmin -- bench batch-wait [--lines 10000] [--runs 5] [--keep]
          dotnet run -c Release --project InventoryAdmin -- generate [--products 100000] [--db inventoryadmin-scale.db]
        """;

    public static bool Handles(string[] args) => args is ["bench", ..] or ["generate", ..];

    /// <returns>The process exit code.</returns>
    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, CancellationToken ct = default)
    {
        output ??= Console.Out;
        switch (args)
        {
            case ["bench", "grid", .. var rest] when ParseBench(rest) is { } options:
                var report = await BenchGridVerb.RunAsync(options, output, ct);
                return report.Check.IsConsistent(options.Products, ScaleCatalogue.Locations.Length) ? 0 : 1;
            case ["bench", "allocate", .. var rest] when rest.SkipWhile(a => a != "--db").Skip(1).FirstOrDefault() is { } db
                                                          && db.StartsWith("postgres", StringComparison.OrdinalIgnoreCase)
                                                          && ParseAllocate(WithoutDb(rest)) is { } pgOptions:
                // SQLite's figures first, then PostgreSQL's, so both tables stand next to each other.
                var sqlite = await BenchAllocateVerb.RunAsync(pgOptions, output, ct);
                output.WriteLine();
                var postgres = await BenchAllocatePostgreSql.RunAsync(pgOptions, output, ct);
                return sqlite.IsConsistent && postgres ? 0 : 1;
            case ["bench", "allocate", .. var rest] when ParseAllocate(rest) is { } options:
                var allocate = await BenchAllocateVerb.RunAsync(options, output, ct);
                return allocate.IsConsistent ? 0 : 1;
            case ["bench", "redistribute", .. var rest] when ParseBench(rest) is { } options:
                var redistribute = await BenchRedistributeVerb.RunAsync(
                    rest.Contains("--products") ? options : options with { Products = BenchRedistributeVerb.DefaultProducts }, output, ct);
                return redistribute.IsConsistent ? 0 : 1;
            case ["bench", "batch-wait", .. var rest] when ParseBatchWait(rest) is { } options:
                var waits = await BenchBatchWaitVerb.RunAsync(options, output, ct);
                return waits.Count == options.Runs ? 0 : 1;
            case ["generate", .. var rest] when Parse(rest, allowDb: true) is { } options:
                return await GenerateVerb.RunAsync(options, output, ct);
            default:
                output.WriteLine(Usage);
                return 2;
        }
    }

    private static BenchBatchWaitOptions? ParseBatchWait(string[] args) =>
        ParseCounts(args, new BenchBatchWaitOptions(), o => o with { Keep = true }, (o, name, n) => name switch
        {
            "--lines" => o with { Lines = n },
            "--runs" => o with { Runs = n },
            _ => null,
        });

    /// <summary>`--keep` and `--name N` pairs (N a positive integer); null for anything else.</summary>
    private static T? ParseCounts<T>(string[] args, T options, Func<T, T> keep, Func<T, string, int, T?> set)
        where T : class
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--keep")
            {
                options = keep(options);
                continue;
            }

            if (i + 1 >= args.Length || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n <= 0) return null;
            if (set(options, args[i], n) is not { } next) return null;
            options = next;
            i++;
        }

        return options;
    }

    private static bool OnPostgreSql(string[] args) =>
        args.SkipWhile(a => a != "--db").Skip(1).FirstOrDefault() is { } db && db.StartsWith("postgres", StringComparison.OrdinalIgnoreCase);

    /// <summary>grid and redistribute: <c>--products N</c>, <c>--keep</c>, and <c>--db postgres</c> for PostgreSQL.</summary>
    private static BenchOptions? ParseBench(string[] args)
    {
        var postgres = OnPostgreSql(args);
        if (args.Contains("--db") && !postgres) return null;
        return Parse(WithoutDb(args), allowDb: false) is { } options ? options with { PostgreSql = postgres } : null;
    }

    private static string[] WithoutDb(string[] args) =>
        args.Where((a, i) => a != "--db" && (i == 0 || args[i - 1] != "--db")).ToArray();

    private static BenchAllocateOptions? ParseAllocate(string[] args) =>
        ParseCounts(args, new BenchAllocateOptions(), o => o with { Keep = true }, (o, name, n) => name switch
        {
            "--products" => o with { Products = n },
            "--orders" => o with { Orders = n },
            "--runs" => o with { Runs = n },
            "--stock" => o with { StockPerRecord = n },
            _ => null,
        });

    private static BenchOptions? Parse(string[] args, bool allowDb)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--products" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0:
                    options = options with { Products = n };
                    i++;
                    break;
                case "--db" when allowDb && i + 1 < args.Length:
                    options = options with { DatabasePath = args[++i] };
                    break;
                case "--keep" when !allowDb:
                    options = options with { Keep = true };
                    break;
                default:
                    return null;
            }
        }

        return options;
    }
}
