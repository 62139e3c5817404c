using System.Collections.Immutable;

namespace InventoryAdmin.Domain.Services;

/// <summary>
/// The change feed of this instance (a singleton). Services publish after their transaction commits; on PostgreSQL the
/// other instances' changes arrive here too (<see cref="Store.PostgreSQL.ChangeListener"/>). Live pages
/// <see cref="Subscribe"/> and dispose the subscription when their circuit ends.
/// </summary>
public sealed class InventoryChanges
{
    /// <summary>The shortest time between two reloads of one subscription.</summary>
    public static readonly TimeSpan ReloadInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>What the inventory pages show (every area but users and API keys).</summary>
    public static readonly IReadOnlyList<InventoryChangeArea> InventoryAreas =
        [InventoryChangeArea.Settings, InventoryChangeArea.Tags, InventoryChangeArea.Stock, InventoryChangeArea.Redistribution];

    private ImmutableArray<ChangeSubscription> subscriptions = [];

    public event Action<InventoryChange>? Changed;

    /// <summary>
    /// False while another instance's change could go unheard (PostgreSQL: the listening connection is lost): caches
    /// then ask the store each time, so none outlives a change made elsewhere.
    /// </summary>
    public bool HearsEveryChange { get; internal set; } = true;

    public void Publish(InventoryChange change)
    {
        Changed?.Invoke(change);
        foreach (var subscription in subscriptions)
            if (subscription.Areas.Contains(change.Area)) subscription.Notify();
    }

    /// <summary>Calls <paramref name="reload"/> after changes in <paramref name="areas"/>, throttled (<see cref="ChangeSubscription"/>).</summary>
    public ChangeSubscription Subscribe(IEnumerable<InventoryChangeArea> areas, Func<Task> reload, TimeSpan? interval = null)
    {
        var subscription = new ChangeSubscription(areas.ToHashSet(), reload, interval ?? ReloadInterval,
            s => ImmutableInterlocked.Update(ref subscriptions, all => all.Remove(s)));
        ImmutableInterlocked.Update(ref subscriptions, all => all.Add(subscription));
        return subscription;
    }
}
