using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace InventoryAdmin.Bench;

/// <summary>
/// The names of the scale data: three locations (the demo's) and N products named like the demo catalogue,
/// one kind in ten, so a search for a kind ("Hoodie") finds a tenth of them.
/// </summary>
internal static class ScaleCatalogue
{
    public static readonly (string Code, string Name, int Priority)[] Locations =
    [
        ("Retailer2", "Retailer 2 – Downtown store", 10),
        ("DC-East", "East distribution centre", 20),
        ("Store-North", "North mall store", 5),
    ];

    private static readonly (string Kind, string Code)[] Kinds =
    [
        ("T-Shirt", "TSHI"), ("Hoodie", "HOOD"), ("Sneaker", "SNEA"), ("Backpack", "BACK"), ("Water Bottle", "WATE"),
        ("Cap", "CAP"), ("Jacket", "JACK"), ("Socks", "SOCK"), ("Beanie", "BEAN"), ("Tote Bag", "TOTE"),
    ];

    private static readonly string[] Colours = ["Black", "Navy", "Red", "Sand", "Olive"];

    /// <summary>Product n (1-based): SKU like HOOD-NAV-000012, a unique 12-digit UPC, a name like "Navy Hoodie 12".</summary>
    public static (string Sku, string Upc, string Name) Product(int n)
    {
        var (kind, code) = Kinds[n % Kinds.Length];
        var colour = Colours[n / Kinds.Length % Colours.Length];
        return ($"{code}-{colour[..3].ToUpperInvariant()}-{n:D6}", $"{750000000000L + n}", $"{colour} {kind} {n}");
    }

    /// <summary>
    /// Inserts products 1..<paramref name="count"/> with one prepared statement in one transaction: products are
    /// catalogue, not quantities, so they need not go through the stock service. On PostgreSQL: one binary COPY.
    /// </summary>
    public static async Task InsertProductsAsync(ScaleStore store, int count, CancellationToken ct = default)
    {
        if (store.IsPostgreSql)
        {
            await using var pg = new NpgsqlConnection(store.ConnectionString);
            await pg.OpenAsync(ct);
            await using var copy = await pg.BeginBinaryImportAsync("""COPY "Products" ("Sku", "Upc", "Name", "Kind") FROM STDIN (FORMAT BINARY)""", ct);
            for (var n = 1; n <= count; n++)
            {
                var (s, u, m) = Product(n);
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(s, NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync(u, NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync(m, NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync("Standard", NpgsqlDbType.Varchar, ct);
            }

            await copy.CompleteAsync(ct);
            return;
        }

        await using var connection = new SqliteConnection(store.ConnectionString);
        await connection.OpenAsync(ct);
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
        await using var insert = connection.CreateCommand();
        insert.Transaction = tx;
        insert.CommandText = "INSERT INTO Products (Sku, Upc, Name, Kind) VALUES ($sku, $upc, $name, 'Standard')";
        var sku = insert.Parameters.Add("$sku", SqliteType.Text);
        var upc = insert.Parameters.Add("$upc", SqliteType.Text);
        var name = insert.Parameters.Add("$name", SqliteType.Text);
        insert.Prepare();
        for (var n = 1; n <= count; n++)
        {
            (sku.Value, upc.Value, name.Value) = Product(n);
            await insert.ExecuteNonQueryAsync(ct);
        }

        await tx.CommitAsync(ct);
    }
}
