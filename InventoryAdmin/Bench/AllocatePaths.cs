using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using InventoryAdmin.Domain.Model.Ledger;
using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Services.Contracts;
using Microsoft.Data.Sqlite;

namespace InventoryAdmin.Bench;

/// <summary>One way of placing an order for one unit of a product; <c>true</c> when the unit was allocated.</summary>
internal interface IAllocatePath : IAsyncDisposable
{
    string Name { get; }

    /// <summary>The database file the path writes (checked for oversell after the runs).</summary>
    string DatabasePath { get; }

    /// <summary>True when the path writes orders and allocations (not only the segment).</summary>
    bool WritesOrders { get; }

    /// <param name="client">The concurrent client placing it, 0 … clients − 1 (a client places one order at a time).</param>
    Task<bool> PlaceAsync(int client, string externalId, int product, CancellationToken ct);
}

/// <summary>
/// The floor: per order one conditional <c>UPDATE Segments … WHERE OnHand - Locked - Allocated &gt;= 1</c> in its
/// own immediate transaction, on a Microsoft.Data.Sqlite connection of its own per client (prepared once), against
/// the segment routing picks. Same file kind as the app's (WAL, the driver's defaults: synchronous=FULL, its busy
/// retry). No order, item, allocation, record or ledger rows, no reads, no routing.
/// </summary>
internal sealed class RawAllocatePath : IAllocatePath
{
    public const string Sql = """
        UPDATE Segments SET Allocated = Allocated + 1
        WHERE ProductId = $p AND LocationId = $l AND SegmentKey = $k AND OnHand - Locked - Allocated >= 1
        """;

    private readonly AllocateScene scene;
    private readonly List<(SqliteConnection Connection, SqliteCommand Update)> clients = [];

    private RawAllocatePath(string databasePath, AllocateScene scene)
    {
        DatabasePath = databasePath;
        this.scene = scene;
    }

    public string Name => "raw Microsoft.Data.Sqlite UPDATE";

    public string DatabasePath { get; }

    public bool WritesOrders => false;

    /// <summary>The file's journal mode and the connection's synchronous setting, as the raw connections see them.</summary>
    public string FileSettings { get; private set; } = "";

    public static async Task<RawAllocatePath> OpenAsync(string databasePath, AllocateScene scene, int clients, CancellationToken ct = default)
    {
        var path = new RawAllocatePath(databasePath, scene);
        for (var i = 0; i < clients; i++)
        {
            var connection = new SqliteConnection($"Data Source={databasePath}");
            await connection.OpenAsync(ct);
            var update = connection.CreateCommand();
            update.CommandText = Sql;
            update.Parameters.Add("$p", SqliteType.Integer);
            update.Parameters.Add("$l", SqliteType.Integer).Value = scene.RoutedLocationId;
            update.Parameters.Add("$k", SqliteType.Text).Value = scene.SegmentKey;
            update.Prepare();
            path.clients.Add((connection, update));
        }

        await using var pragmas = path.clients[0].Connection.CreateCommand();
        pragmas.CommandText = "SELECT (SELECT journal_mode FROM pragma_journal_mode), (SELECT synchronous FROM pragma_synchronous)";
        await using (var reader = await pragmas.ExecuteReaderAsync(ct))
        {
            await reader.ReadAsync(ct);
            var synchronous = reader.GetInt64(1) switch { 0 => "OFF", 1 => "NORMAL", 2 => "FULL", 3 => "EXTRA", var n => $"{n}" };
            path.FileSettings = $"journal_mode={reader.GetString(0)}, synchronous={synchronous}";
        }

        return path;
    }

    public async Task<bool> PlaceAsync(int client, string externalId, int product, CancellationToken ct)
    {
        var (connection, update) = clients[client];
        await using var tx = connection.BeginTransaction(deferred: false); // BEGIN IMMEDIATE
        update.Transaction = tx;
        update.Parameters[0].Value = scene.ProductIds[product];
        var updated = await update.ExecuteNonQueryAsync(ct);
        await tx.CommitAsync(ct);
        return updated == 1;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var (connection, update) in clients)
        {
            await update.DisposeAsync();
            await connection.DisposeAsync();
        }
    }
}

/// <summary>The order service called directly: <see cref="OrderService.CreateAsync"/> with the domain services over the file.</summary>
internal sealed class ServiceAllocatePath(string databasePath, AllocateScene scene, ServiceProvider? over = null) : IAllocatePath
{
    private static readonly Actor Actor = new("bench-allocate", MovementSource.Api);
    private readonly ServiceProvider services = over ?? ScaleData.Services(databasePath);

    public string Name => "OrderService.CreateAsync";

    public string DatabasePath => databasePath;

    public bool WritesOrders => true;

    public async Task<bool> PlaceAsync(int client, string externalId, int product, CancellationToken ct)
    {
        var request = new OrderRequest(externalId, AllocatePaths.Source, false, [new OrderItemRequest(null, scene.Skus[product], 1, null, null)]);
        var (order, created) = await services.GetRequiredService<OrderService>().CreateAsync(request, Actor, ct);
        if (!created) throw new InvalidOperationException($"Order {externalId} existed already.");
        return order.Status == "allocated";
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();
}

/// <summary>
/// Over HTTP: <c>POST /api/v1/orders</c> with an Integration key to the app's API on a real Kestrel
/// (<see cref="AllocateHttpHost"/>), one shared <see cref="HttpClient"/> (so one keep-alive connection per client).
/// </summary>
internal sealed class HttpAllocatePath : IAllocatePath
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };
    private readonly AllocateHttpHost host;
    private readonly AllocateScene scene;
    private readonly HttpClient client;

    private HttpAllocatePath(AllocateHttpHost host, AllocateScene scene)
    {
        this.host = host;
        this.scene = scene;
        client = new HttpClient { BaseAddress = host.BaseAddress };
        client.DefaultRequestHeaders.Add(Identity.ApiKeyAuthenticationHandler.HeaderName, host.ApiKey);
    }

    public string Name => "HTTP POST /api/v1/orders";

    public string DatabasePath => host.DatabasePath;

    public bool WritesOrders => true;

    public static async Task<HttpAllocatePath> StartAsync(string databasePath, string contentRoot, AllocateScene scene, CancellationToken ct = default) =>
        new(await AllocateHttpHost.StartAsync(databasePath, contentRoot, ct), scene);

    /// <summary>The same over a PostgreSQL database (<paramref name="connectionString"/>).</summary>
    public static async Task<HttpAllocatePath> StartOnPostgreSqlAsync(string connectionString, string contentRoot, AllocateScene scene, CancellationToken ct = default) =>
        new(await AllocateHttpHost.StartAsync(connectionString, contentRoot, ct, Domain.Store.DatabaseProvider.PostgreSQL), scene);

    public async Task<bool> PlaceAsync(int client, string externalId, int product, CancellationToken ct)
    {
        var body = $$"""{"externalId":"{{externalId}}","source":"{{AllocatePaths.Source}}","items":[{"sku":"{{scene.Skus[product]}}","quantity":1}]}""";
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.ContentType = Json;
        using var response = await this.client.PostAsync("api/v1/orders", content, ct);
        var answer = await response.Content.ReadAsByteArrayAsync(ct);
        if (response.StatusCode != System.Net.HttpStatusCode.Created)
            throw new InvalidOperationException($"POST /api/v1/orders answered {(int)response.StatusCode}: {Encoding.UTF8.GetString(answer)}");
        using var order = JsonDocument.Parse(answer);
        return order.RootElement.GetProperty("status").GetString() == "allocated";
    }

    public async ValueTask DisposeAsync()
    {
        client.Dispose();
        await host.DisposeAsync();
    }
}

internal static class AllocatePaths
{
    /// <summary>The orders' source (the idempotency key is source + external id).</summary>
    public const string Source = "bench";
}
