namespace InventoryAdmin.Bench;

/// <summary>What the generated store holds, and whether every record's total is the sum of its stock rows.</summary>
internal sealed record ScaleDataCheck(long Products, long Records, long StockRows, long Movements, long RecordsOffTheirRows, long RecordsNotInSixSegments)
{
    public bool IsConsistent(int products, int locations) =>
        Products == products && Records == (long)products * locations && RecordsOffTheirRows == 0 && RecordsNotInSixSegments == 0;

    public static Task<ScaleDataCheck> RunAsync(string databasePath, CancellationToken ct = default) =>
        RunAsync(ScaleStore.Sqlite(databasePath), ct);

    public static async Task<ScaleDataCheck> RunAsync(ScaleStore store, CancellationToken ct = default)
    {
        await using var connection = await store.OpenAsync(ct);
        async Task<long> CountAsync(string sql)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        }

        return new ScaleDataCheck(
            await CountAsync("""SELECT COUNT(*) FROM "Products" """),
            await CountAsync("""SELECT COUNT(*) FROM "Records" """),
            await CountAsync("""SELECT COUNT(*) FROM "StockRows" """),
            await CountAsync("""SELECT COUNT(*) FROM "Movements" """),
            await CountAsync("""
                SELECT COUNT(*) FROM "Records" r
                WHERE r."OnHand" <> (SELECT COALESCE(SUM(s."Quantity"), 0) FROM "StockRows" s WHERE s."ProductId" = r."ProductId" AND s."LocationId" = r."LocationId")
                """),
            await CountAsync("""
                SELECT COUNT(*) FROM "Records" r
                WHERE (SELECT COUNT(*) FROM "StockRows" s WHERE s."ProductId" = r."ProductId" AND s."LocationId" = r."LocationId") <> 6
                """));
    }
}
