using InventoryAdmin.Domain.Services.Contracts;
using static System.FormattableString;

namespace InventoryAdmin.Bench;

/// <summary>The figures of <c>bench redistribute</c> and the summary it prints.</summary>
internal sealed record BenchRedistributeReport(int Records, int Drifted, RedistributionJobDto Job, TimeSpan Elapsed, long SecondRunUnits, TimeSpan SecondRun,
    Timing GridIdle, Timing GridDuring, long JobRowWrites, int RawRows, TimeSpan RawTime)
{
    public double RecordsPerSecond => Job.RecordsDone / Elapsed.TotalSeconds;

    /// <summary>Stock row writes per second (each with its ledger row) by the job against the raw upsert baseline.</summary>
    public double WriteRatio => JobRowWrites / Elapsed.TotalSeconds / (RawRows / RawTime.TotalSeconds);

    public bool IsConsistent => Job.Status == "completed" && Job.RecordsDone == Records && SecondRunUnits == 0;

    public void Print(TextWriter output)
    {
        output.WriteLine("summary:");
        output.WriteLine(Invariant($"  redistribution: {Job.RecordsDone:N0} records in {Elapsed.TotalSeconds:N1} s = {RecordsPerSecond:N0} records/s (target: under {BenchRedistributeVerb.TargetSeconds:N0} s for 100k), {Job.UnitsMoved:N0} units moved"));
        output.WriteLine(Invariant($"  row writes + ledger rows: job {JobRowWrites / Elapsed.TotalSeconds:N0}/s, raw baseline {RawRows / RawTime.TotalSeconds:N0}/s, ratio {WriteRatio:N2}"));
        output.WriteLine(Invariant($"  grid (first page + page 300) idle: {GridIdle.MedianMs:N1} ms median; during the job: {GridDuring.MedianMs:N1} ms median, {GridDuring.P90Ms:N1} ms p90 over {GridDuring.Runs} reads, ratio {GridDuring.MedianMs / GridIdle.MedianMs:N2}"));
        output.WriteLine(Invariant($"  second run: {SecondRunUnits:N0} units moved in {SecondRun.TotalSeconds:N1} s; ") + (IsConsistent ? "consistent" : "INCONSISTENT"));
    }
}
