using System.Text.Json;
using InventoryAdmin.Domain.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace InventoryAdmin.Domain.Store.PostgreSQL;

/// <summary>
/// PostgreSQL: one dedicated connection per instance that LISTENs for the other instances' change announcements
/// (<see cref="ChangeAnnouncements"/>) and raises them on this instance's <see cref="InventoryChanges"/>, so open pages
/// reload and caches drop as they do for a local change. A lost connection is opened again; what was announced meanwhile
/// is unknown, so after a reconnect every area is raised once (open pages reload, caches drop). SQLite: nothing to do.
/// </summary>
public sealed class ChangeListener(IDbContextFactory<InventoryDbContext> dbFactory, InventoryChanges changes, StoreInstance instance,
    ILogger<ChangeListener> log)
{
    private static readonly TimeSpan Probe = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Retry = TimeSpan.FromSeconds(1);
    private readonly TaskCompletionSource listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>How the listening connection shows in pg_stat_activity.</summary>
    public static string ApplicationName(StoreInstance instance) => $"InventoryAdmin listener {instance.Id}";

    /// <summary>Completes once the first LISTEN is in place (at once on SQLite).</summary>
    public Task Listening => listening.Task;

    public async Task RunAsync(CancellationToken ct)
    {
        if (StoreConnections.ProviderOf(dbFactory, out var connectionString) != DatabaseProvider.PostgreSQL)
        {
            listening.TrySetResult();
            return;
        }

        // Its own, unpooled: a pooled connection would go back with LISTEN still on it.
        var dedicated = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, KeepAlive = 10, ApplicationName = ApplicationName(instance) }.ConnectionString;
        var connectedBefore = false;
        changes.HearsEveryChange = false;
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(dedicated);
                await connection.OpenAsync(ct);
                connection.Notification += (_, e) => Raise(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {ChangeAnnouncements.Channel}", connection))
                    await listen.ExecuteNonQueryAsync(ct);
                if (connectedBefore)
                {
                    log.LogInformation("Change notifications: listening again; open pages reload");
                    foreach (var area in Enum.GetValues<InventoryChangeArea>()) changes.Publish(new InventoryChange(area));
                }

                connectedBefore = true;
                changes.HearsEveryChange = true;
                listening.TrySetResult();
                while (!ct.IsCancellationRequested)
                    if (!await connection.WaitAsync(Probe, ct))
                        await using (var probe = new NpgsqlCommand("SELECT 1", connection))
                            await probe.ExecuteScalarAsync(ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                changes.HearsEveryChange = false;
                return;
            }
            catch (Exception e)
            {
                changes.HearsEveryChange = false;
                log.LogWarning(e, "Change notifications: the listening connection failed; opening it again");
                try
                {
                    await Task.Delay(Retry, ct);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private void Raise(string payload)
    {
        try
        {
            var announced = JsonSerializer.Deserialize<Announcement>(payload);
            if (announced is null || announced.I == instance.Id || !Enum.TryParse<InventoryChangeArea>(announced.A, out var area)) return;
            changes.Publish(new InventoryChange(area, announced.S));
        }
        catch (Exception e)
        {
            log.LogWarning(e, "Change notifications: could not handle {Payload}", payload);
        }
    }

    private sealed record Announcement(
        [property: System.Text.Json.Serialization.JsonPropertyName("a")] string? A,
        [property: System.Text.Json.Serialization.JsonPropertyName("s")] string? S,
        [property: System.Text.Json.Serialization.JsonPropertyName("v")] string? V,
        [property: System.Text.Json.Serialization.JsonPropertyName("i")] string? I);
}
