using static System.FormattableString;

namespace InventoryAdmin.Bench;

/// <summary>One path at one client count: orders per second of each measured run.</summary>
internal sealed record AllocateRate(string Path, string Short, int Clients, IReadOnlyList<double> OrdersPerSecond)
{
    public double Median
    {
        get
        {
            var sorted = OrdersPerSecond.Order().ToList();
            var n = sorted.Count;
            return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        }
    }

    public double Min => OrdersPerSecond.Min();

    public double Max => OrdersPerSecond.Max();
}

/// <summary>The figures of one <c>bench allocate</c> run, and the table printed at its end.</summary>
internal sealed record BenchAllocateReport(BenchAllocateOptions Options, IReadOnlyList<AllocateRate> Rates, IReadOnlyList<AllocateCheck> Checks,
    AllocateProfile Profile)
{
    public long Oversold => Checks.Sum(c => c.Oversold);

    public bool IsConsistent => Checks.All(c => c.IsConsistent);

    public AllocateRate Rate(string shortName, int clients) => Rates.Single(r => r.Short == shortName && r.Clients == clients);

    /// <summary>The path's median orders/s over the raw baseline's at the same client count.</summary>
    public double Ratio(string shortName, int clients) => Rate(shortName, clients).Median / Rate("raw", clients).Median;

    public void Print(TextWriter output)
    {
        output.WriteLine();
        output.WriteLine(Invariant($"{Options.Products:N0} products × {ScaleCatalogue.Locations.Length} locations; {Options.Orders:N0} orders of 1 unit per run, ")
            + Invariant($"median of {Options.Runs} run{(Options.Runs == 1 ? "" : "s")}; {Environment.ProcessorCount} cores"));
        output.WriteLine(Invariant($"| {"what",-34} | {"clients",7} | {"orders/s",9} | {"min – max",17} | {"vs raw",6} | {"target",7} |"));
        output.WriteLine(Invariant($"|{new string('-', 36)}|{new string('-', 9)}|{new string('-', 11)}|{new string('-', 19)}|{new string('-', 8)}|{new string('-', 9)}|"));
        foreach (var clients in BenchAllocateOptions.Clients)
        {
            foreach (var shortName in new[] { "raw", "service", "http" })
            {
                var rate = Rate(shortName, clients);
                var ratio = Ratio(shortName, clients);
                var target = shortName == "service" ? Invariant($"≥ {BenchAllocateVerb.TargetRatio:N2}") : "";
                var verdict = shortName == "service" && ratio < BenchAllocateVerb.TargetRatio ? " MISSED" : "";
                output.WriteLine(Invariant($"| {rate.Path,-34} | {clients,7} | {rate.Median,9:N0} | {Invariant($"{rate.Min:N0} – {rate.Max:N0}"),17} | {ratio,6:N2} | {target,7} |{verdict}"));
            }
        }

        output.WriteLine(Invariant($"| {"oversold units (all paths)",-34} | {"",7} | {Oversold,9:N0} | {"",17} | {"",6} | {"= 0",7} |") + (Oversold == 0 ? "" : " FAILED"));
        output.WriteLine(string.Join("; ", BenchAllocateOptions.Clients.Select(c =>
            Invariant($"{c} client{(c == 1 ? "" : "s")}: service/raw {Ratio("service", c):N2}, http/raw {Ratio("http", c):N2}"))) + Invariant($" (target service/raw ≥ {BenchAllocateVerb.TargetRatio:N2})"));
        Profile.Print(output);
        var floor = 1000 / Profile.SqlMs;
        output.WriteLine(Invariant($"  the order's writes alone, as plain SQL one order per COMMIT: {floor:N0} orders/s = {floor / Rate("raw", 1).Median:N2} of raw at 1 client, ")
            + "the most any path that writes them at one client could reach here");
        foreach (var c in Checks)
            output.WriteLine(Invariant($"{c.Path}: {c.Successes:N0} of {c.Attempts:N0} orders allocated (warm-up included), {c.AllocatedUnits:N0} units allocated in the segments, ")
                + Invariant($"{c.Stock:N0} free at start; oversold {c.Oversold:N0}") + (c.IsConsistent ? "" : Invariant($" INCONSISTENT: {c}")));
    }
}
