namespace InventoryAdmin.Domain.Services.Redistribution;

/// <summary>Wakes the background loop when a job is queued, so it need not poll the database.</summary>
public sealed class RedistributionSignal
{
    private readonly SemaphoreSlim waiting = new(0);

    public void Notify()
    {
        if (waiting.CurrentCount == 0) waiting.Release();
    }

    /// <summary>Waits for a notice or the timeout (a job queued by another app instance is found by the next look).</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken ct) => waiting.WaitAsync(timeout, ct);
}
