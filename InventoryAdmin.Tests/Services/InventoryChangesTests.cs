using System.Diagnostics;
using InventoryAdmin.Domain.Services;

namespace InventoryAdmin.Tests.Services;

/// <summary>Subscribe(areas, reload): a live page reloads one interval after a change, once per interval in a burst, never after it is disposed.</summary>
public sealed class InventoryChangesTests
{
    private readonly InventoryChanges changes = new();
    private int reloads;

    [Fact]
    public async Task OneChange_ReloadsAfterTheInterval_WellWithinASecond()
    {
        var reloaded = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = changes.Subscribe([InventoryChangeArea.Stock], () => { reloaded.TrySetResult(Stopwatch.GetTimestamp()); return Task.CompletedTask; });
        var at = Stopwatch.GetTimestamp();

        changes.Publish(new InventoryChange(InventoryChangeArea.Stock));

        var after = Stopwatch.GetElapsedTime(at, await reloaded.Task.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.InRange(after, InventoryChanges.ReloadInterval * 0.9, InventoryChanges.ReloadInterval + TimeSpan.FromMilliseconds(500));
    }

    [Fact]
    public async Task ABurstOfChanges_ReloadsOnce_AndOnceMoreForTheChangesDuringThatReload()
    {
        using var subscription = changes.Subscribe([InventoryChangeArea.Stock], Count, TimeSpan.FromMilliseconds(300));

        for (var i = 0; i < 200; i++)
        {
            changes.Publish(new InventoryChange(InventoryChangeArea.Stock, $"SKU-{i}"));
            if (i == 0) await WaitForAsync(1);
        }

        await WaitForAsync(2);
        await Task.Delay(600);
        Assert.Equal(2, reloads);
    }

    [Fact]
    public async Task OtherAreas_AndChangesAfterDispose_ReloadNothing()
    {
        var subscription = changes.Subscribe([InventoryChangeArea.Redistribution], Count);
        changes.Publish(new InventoryChange(InventoryChangeArea.Stock));
        changes.Publish(new InventoryChange(InventoryChangeArea.Tags));
        await Task.Delay(100);
        Assert.Equal(0, reloads);

        changes.Publish(new InventoryChange(InventoryChangeArea.Redistribution));
        await WaitForAsync(1);
        subscription.Dispose();
        changes.Publish(new InventoryChange(InventoryChangeArea.Redistribution));
        await Task.Delay(InventoryChanges.ReloadInterval * 2);
        Assert.Equal(1, reloads);
    }

    private Task Count()
    {
        Interlocked.Increment(ref reloads);
        return Task.CompletedTask;
    }

    private async Task WaitForAsync(int count)
    {
        for (var waited = 0; Volatile.Read(ref reloads) < count; waited += 10)
        {
            Assert.True(waited < 5000, $"Expected {count} reloads, saw {reloads}.");
            await Task.Delay(10);
        }
    }
}
