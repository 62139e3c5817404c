namespace InventoryAdmin.Domain.Services;

/// <summary>
/// One open page's (or component's) interest in some areas of <see cref="InventoryChanges"/>: a change schedules one
/// reload an interval later, and changes meanwhile join it (a burst of API writes does not reload a grid hundreds of
/// times, nor race a reload the page itself started). Disposing it unsubscribes and drops a reload still waiting.
/// After the aspire Dashboard's Subscription.
/// </summary>
public sealed class ChangeSubscription : IDisposable
{
    private readonly Func<Task> reload;
    private readonly TimeSpan interval;
    private readonly Action<ChangeSubscription> unsubscribe;
    private readonly CancellationTokenSource stopped = new();
    private int pending;

    internal ChangeSubscription(IReadOnlySet<InventoryChangeArea> areas, Func<Task> reload, TimeSpan interval, Action<ChangeSubscription> unsubscribe)
    {
        Areas = areas;
        this.reload = reload;
        this.interval = interval;
        this.unsubscribe = unsubscribe;
    }

    public IReadOnlySet<InventoryChangeArea> Areas { get; }

    internal void Notify()
    {
        if (Interlocked.Exchange(ref pending, 1) == 1) return;
        _ = RunAsync();
    }

    private async Task RunAsync()
    {
        try
        {
            await Task.Delay(interval, stopped.Token);
            Interlocked.Exchange(ref pending, 0);
            await reload();
        }
        catch (OperationCanceledException)
        {
            // The page was closed while a reload waited.
        }
        catch (ObjectDisposedException)
        {
            // The circuit went away between the change and the reload.
        }
    }

    public void Dispose()
    {
        unsubscribe(this);
        stopped.Cancel();
    }
}
