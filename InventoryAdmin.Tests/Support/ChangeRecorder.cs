using System.Collections.Concurrent;
using System.Diagnostics;
using InventoryAdmin.Domain.Services;

namespace InventoryAdmin.Tests.Support;

/// <summary>Records what an instance's change feed raises, with when, so a test can wait for (or rule out) a change.</summary>
public sealed class ChangeRecorder : IDisposable
{
    private readonly InventoryChanges changes;
    private readonly ConcurrentQueue<(InventoryChange Change, long At)> seen = new();
    private readonly SemaphoreSlim arrived = new(0);

    public ChangeRecorder(InventoryChanges changes)
    {
        this.changes = changes;
        changes.Changed += OnChanged;
    }

    public IReadOnlyList<InventoryChange> Seen => seen.Select(s => s.Change).ToList();

    /// <summary>Waits for a change that matches; returns the Stopwatch timestamp it arrived at, or null after <paramref name="timeout"/>.</summary>
    public async Task<long?> WaitForAsync(Func<InventoryChange, bool> match, TimeSpan timeout)
    {
        var until = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (true)
        {
            if (seen.FirstOrDefault(s => match(s.Change)) is { Change: not null } hit) return hit.At;
            var left = until - Stopwatch.GetTimestamp();
            if (left <= 0) return null;
            await arrived.WaitAsync(TimeSpan.FromSeconds((double)left / Stopwatch.Frequency));
        }
    }

    public void Clear() => seen.Clear();

    public void Dispose() => changes.Changed -= OnChanged;

    private void OnChanged(InventoryChange change)
    {
        seen.Enqueue((change, Stopwatch.GetTimestamp()));
        arrived.Release();
    }
}
