using static System.FormattableString;

namespace InventoryAdmin.Bench;

/// <summary>The figures of one <c>bench grid</c> run, and the table printed at its end.</summary>
internal sealed record BenchGridReport(int Products, ScaleDataCheck Check, int Records, TimeSpan ServiceTime, int RawRows, TimeSpan RawTime,
    IReadOnlyList<GridTiming> Grid, string DatabasePath, string RawName = "raw Microsoft.Data.Sqlite upsert")
{
    public double ServiceRecordsPerSecond => Records / ServiceTime.TotalSeconds;

    /// <summary>The baseline's rate in records, counting a record as the stock rows the service wrote for it.</summary>
    public double RawRecordsPerSecond => Records * (RawRows / (double)Check.StockRows) / RawTime.TotalSeconds;

    public double Ratio => ServiceRecordsPerSecond / RawRecordsPerSecond;

    public void Print(TextWriter output)
    {
        output.WriteLine();
        output.WriteLine(Invariant($"{Products:N0} products, {Records:N0} records, {Check.StockRows:N0} stock rows; {Environment.ProcessorCount} cores"));
        output.WriteLine(Invariant($"| {"what",-40} | {"median",11} | {"p90",11} | {"target",9} | {"ratio",6} |"));
        output.WriteLine(Invariant($"|{new string('-', 42)}|{new string('-', 13)}|{new string('-', 13)}|{new string('-', 11)}|{new string('-', 8)}|"));
        foreach (var g in Grid)
        {
            var verdict = g.Timing.MedianMs <= BenchGridVerb.TargetMs ? "" : " MISSED";
            output.WriteLine(Invariant($"| {g.What,-40} | {g.Timing.MedianMs,8:N1} ms | {g.Timing.P90Ms,8:N1} ms | {"< 300 ms",9} | {"",6} |{verdict}"));
        }

        output.WriteLine(Invariant($"| {"bulk refresh via StockService",-40} | {ServiceRecordsPerSecond,11:N0} | {"",11} | {"≥ 0.3",9} | {Ratio,6:N2} |")
            + (Ratio >= BenchGridVerb.TargetRatio ? "" : " MISSED"));
        output.WriteLine(Invariant($"| {RawName,-40} | {RawRecordsPerSecond,11:N0} | {"",11} | {"",9} | {1,6:N2} |"));
        output.WriteLine(Invariant($"bulk rates in records/s (a record = one product at one location: 6 stock rows + 6 ledger rows); ratio target ≥ {BenchGridVerb.TargetRatio:N1}"));
        output.WriteLine(Invariant($"service: {ServiceTime.TotalSeconds:N1} s for {Records:N0} records; raw: {RawTime.TotalSeconds:N1} s for {RawRows:N0} rows"));
    }
}
