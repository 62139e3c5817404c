using InventoryAdmin.Domain.Store.PostgreSQL;

namespace InventoryAdmin.Jobs;

/// <summary>Keeps this instance listening for the other instances' changes (PostgreSQL; nothing on SQLite).</summary>
internal sealed class ChangeListenerWorker(ChangeListener listener) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => listener.RunAsync(stoppingToken);
}
