using System.Diagnostics;

namespace InventoryAdmin.Bench;

/// <summary>Median and 90th percentile (nearest rank) of repeated runs, in milliseconds.</summary>
internal sealed record Timing(double MedianMs, double P90Ms, int Runs)
{
    public static async Task<Timing> MeasureAsync(Func<Task> run, int warmUps, int runs)
    {
        for (var i = 0; i < warmUps; i++) await run();
        var samples = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var timer = Stopwatch.StartNew();
            await run();
            samples[i] = timer.Elapsed.TotalMilliseconds;
        }

        Array.Sort(samples);
        var median = runs % 2 == 1 ? samples[runs / 2] : (samples[runs / 2 - 1] + samples[runs / 2]) / 2;
        return new Timing(median, samples[(int)Math.Ceiling(0.9 * runs) - 1], runs);
    }
}
