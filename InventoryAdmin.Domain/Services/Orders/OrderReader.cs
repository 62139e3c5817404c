using System.Data.Common;
using InventoryAdmin.Domain.Model.Stock;
using InventoryAdmin.Domain.Services.Stock;
using InventoryAdmin.Domain.Store;

namespace InventoryAdmin.Domain.Services.Orders;

/// <summary>
/// The reads a new order needs (does it exist, the products and locations it names, where its items could go), as
/// prepared SQL on a connection that is kept open between orders: bench allocate's profile showed a fresh DbContext,
/// its connection and four EF queries costing more per order than the reservations and inserts together.
/// Used by <see cref="OrderReaders"/> before the write (a connection of its own) and by <see cref="OrderBatch"/>
/// inside the write transaction (the writer's connection).
/// </summary>
internal sealed class OrderReader : IAsyncDisposable
{
    private readonly DbConnection connection;
    private readonly bool owns;
    private readonly DbCommand exists;
    private readonly DbCommand product;
    private readonly DbCommand location;
    private readonly DbCommand segments;

    private OrderReader(DbConnection connection, DbTransaction? transaction, bool owns)
    {
        this.connection = connection;
        this.owns = owns;
        exists = StockWriter.Command(connection, transaction, """SELECT 1 FROM "Orders" WHERE "Source" = @source AND "ExternalId" = @id""", "@source", "@id");
        // Sku and Code ignore case as their columns do (NOCASE on SQLite, the ICU collation on PostgreSQL), as in the EF queries these replace.
        product = StockWriter.Command(connection, transaction, """SELECT "Id", "Kind" FROM "Products" WHERE "Sku" = @sku""", "@sku");
        location = StockWriter.Command(connection, transaction, """SELECT "Id", "Code" FROM "Locations" WHERE "Code" = @code""", "@code");
        segments = StockWriter.Command(connection, transaction, """
            SELECT l."Id", l."Code", l."Priority", s."SegmentKey", s."OnHand" - s."Locked" - s."Allocated"
            FROM "Segments" s JOIN "Locations" l ON l."Id" = s."LocationId"
            WHERE s."ProductId" = @p AND (@l IS NULL OR s."LocationId" = @l) AND (@k IS NULL OR s."SegmentKey" = @k)
            """, "@p", "@l", "@k");
        // Typed, so PostgreSQL knows a null's type.
        segments.Parameters["@l"].DbType = System.Data.DbType.Int32;
        segments.Parameters["@k"].DbType = System.Data.DbType.String;
    }

    /// <summary>A reader on a connection of its own, opened here and closed with the reader.</summary>
    public static async Task<OrderReader> OpenAsync(DatabaseProvider provider, string connectionString, CancellationToken ct)
    {
        var connection = StoreConnections.Create(provider, connectionString);
        try
        {
            await connection.OpenAsync(ct);
            return new OrderReader(connection, null, owns: true);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>A reader on the caller's connection (its transaction is set with <see cref="Use"/>).</summary>
    public static OrderReader On(DbConnection connection) => new(connection, null, owns: false);

    public void Use(DbTransaction? transaction)
    {
        exists.Transaction = transaction;
        product.Transaction = transaction;
        location.Transaction = transaction;
        segments.Transaction = transaction;
    }

    public async Task<bool> ExistsAsync(string externalId, string source, CancellationToken ct)
    {
        exists.Parameters["@source"].Value = source;
        exists.Parameters["@id"].Value = externalId;
        return await exists.ExecuteScalarAsync(ct) is not null and not DBNull;
    }

    /// <summary>The product with this SKU (case ignored), or null.</summary>
    public async Task<(int Id, ProductKind Kind)?> ProductAsync(string sku, CancellationToken ct)
    {
        product.Parameters["@sku"].Value = sku;
        await using var reader = await product.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct)) return null;
        return (reader.GetInt32(0), Enum.Parse<ProductKind>(reader.GetString(1)));
    }

    /// <summary>
    /// The location with this code. SQLite's NOCASE folds only A–Z, so a code that differs in another letter's case
    /// ("köln" for "Köln") is looked for among all locations, as <see cref="CatalogueService"/> does.
    /// </summary>
    public async Task<(int Id, string Code)?> LocationAsync(string code, CancellationToken ct)
    {
        location.Parameters["@code"].Value = code;
        var found = new List<(int Id, string Code)>();
        await using (var reader = await location.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct))
                found.Add((reader.GetInt32(0), reader.GetString(1)));
        if (found.Count > 0) return found[0];

        await using var all = connection.CreateCommand();
        all.Transaction = location.Transaction;
        all.CommandText = """SELECT "Id", "Code" FROM "Locations" """;
        await using (var reader = await all.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct))
                if (string.Equals(reader.GetString(1), code, StringComparison.OrdinalIgnoreCase))
                    return (reader.GetInt32(0), reader.GetString(1));
        return null;
    }

    /// <summary>The product's segments with their free units (On Hand − Locked − Allocated), at one location or all, of one segment or all.</summary>
    public async Task<IReadOnlyList<FreeSegment>> SegmentsAsync(int productId, int? locationId, string? segmentKey, CancellationToken ct)
    {
        segments.Parameters["@p"].Value = productId;
        segments.Parameters["@l"].Value = (object?)locationId ?? DBNull.Value;
        segments.Parameters["@k"].Value = (object?)segmentKey ?? DBNull.Value;
        var result = new List<FreeSegment>();
        await using var reader = await segments.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            result.Add(new FreeSegment(reader.GetInt32(0), reader.GetString(1), reader.GetInt32(2), reader.GetString(3), reader.GetInt32(4)));
        return result;
    }

    public async ValueTask DisposeAsync()
    {
        await exists.DisposeAsync();
        await product.DisposeAsync();
        await location.DisposeAsync();
        await segments.DisposeAsync();
        if (owns) await connection.DisposeAsync();
    }
}
