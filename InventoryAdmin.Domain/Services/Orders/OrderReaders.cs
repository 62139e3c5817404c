using System.Collections.Concurrent;
using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Store;

namespace InventoryAdmin.Domain.Services.Orders;

/// <summary>
/// Idle <see cref="OrderReader"/>s kept with their connections and prepared statements, so an order's reads neither
/// open a connection nor prepare SQL. A reader serves one order at a time; concurrent orders each rent their own.
/// Connections outside a transaction hold no lock, so idle ones never block a writer or a checkpoint.
/// </summary>
internal sealed class OrderReaders(DatabaseProvider provider, Func<string> connectionString) : IAsyncDisposable
{
    /// <summary>At most this many idle readers are kept; more concurrent orders open readers and close them afterwards.</summary>
    public const int MaxIdle = 16;

    private readonly ConcurrentBag<OrderReader> idle = [];
    private readonly Lazy<string> connection = new(connectionString);
    private volatile bool disposed;

    /// <summary>Runs <paramref name="read"/> with a reader; a reader whose read failed (other than a rule refusing the input) is closed rather than kept.</summary>
    public async Task<T> ReadAsync<T>(Func<OrderReader, Task<T>> read, CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        var reader = idle.TryTake(out var kept) ? kept : await OrderReader.OpenAsync(provider, connection.Value, ct);
        T result;
        try
        {
            result = await read(reader);
        }
        catch (Exception e) when (e is not InventoryRuleException)
        {
            await reader.DisposeAsync();
            throw;
        }

        if (disposed || idle.Count >= MaxIdle) await reader.DisposeAsync();
        else idle.Add(reader);
        if (disposed) await DisposeAsync(); // disposed meanwhile: close what was just put back
        return result;
    }

    public async ValueTask DisposeAsync()
    {
        disposed = true;
        while (idle.TryTake(out var reader)) await reader.DisposeAsync();
    }
}
