using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Services.Availability;

namespace InventoryAdmin.Jobs;

/// <summary>
/// Keeps the low-stock alerts up to date from the segment changes (woken by this instance's stock changes, and looking
/// every second for those of other instances), and prunes old changes every hour.
/// </summary>
internal sealed class AvailabilityWorker(LowStockTracker tracker, ChangeRetention retention, InventoryChanges changes, ILogger<AvailabilityWorker> log)
    : BackgroundService
{
    private static readonly TimeSpan LookAgain = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan PruneEvery = TimeSpan.FromHours(1);
    private readonly SemaphoreSlim wake = new(0, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        changes.Changed += OnChanged;
        var nextPrune = DateTime.UtcNow;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    while (await tracker.ProcessAsync(stoppingToken) > 0)
                    {
                    }

                    if (DateTime.UtcNow >= nextPrune)
                    {
                        var pruned = await retention.PruneAsync(stoppingToken);
                        if (pruned > 0) log.LogInformation("Pruned {Count} old segment changes", pruned);
                        nextPrune = DateTime.UtcNow + PruneEvery;
                    }

                    await wake.WaitAsync(LookAgain, stoppingToken);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception e)
                {
                    log.LogError(e, "Low-stock tracking failed; looking again shortly");
                    await Task.Delay(LookAgain, stoppingToken);
                }
            }
        }
        finally
        {
            changes.Changed -= OnChanged;
        }
    }

    private void OnChanged(InventoryChange change)
    {
        if (change.Area != InventoryChangeArea.Stock || change.Subject == "alerts") return;
        try
        {
            if (wake.CurrentCount == 0) wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already woken.
        }
    }
}
