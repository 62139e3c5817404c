namespace InventoryAdmin.Components.Shared;

/// <summary>
/// Coalesces change notifications into at most one reload per interval, so a burst of API writes does not
/// reload an open grid hundreds of times, while a single change still shows within a fraction of a second.
/// </summary>
public sealed class LiveRefresh(Func<Func<Task>, Task> dispatch, Func<Task> reload, TimeSpan? interval = null) : IDisposable
{
    private readonly TimeSpan interval = interval ?? TimeSpan.FromMilliseconds(250);
    private readonly CancellationTokenSource stopped = new();
    private int pending;

    /// <summary>Asks for a reload; does nothing if one is already scheduled.</summary>
    public void Request()
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
            await dispatch(reload);
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
        stopped.Cancel();
        stopped.Dispose();
    }
}
