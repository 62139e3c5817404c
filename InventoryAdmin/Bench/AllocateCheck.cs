using Microsoft.Data.Sqlite;

namespace InventoryAdmin.Bench;

/// <summary>
/// What one path's file holds after its runs. Oversold counts units beyond what the stock allowed: units a segment
/// has allocated beyond its On Hand − Locked, plus successful allocations beyond the free stock the path could draw on.
/// </summary>
/// <param name="Path">The path's name.</param>
/// <param name="Attempts">Orders placed (warm-up included).</param>
/// <param name="Successes">Orders the path reported as allocated.</param>
/// <param name="Stock">Free units the path could allocate from.</param>
/// <param name="AllocatedUnits">Sum of the segments' Allocated.</param>
/// <param name="OverAllocatedUnits">Sum over segments of max(0, Allocated − (On Hand − Locked)).</param>
/// <param name="Mismatches">For the order paths: orders, allocation units and records' Allocated that disagree with the successes and the segments.</param>
internal sealed record AllocateCheck(string Path, long Attempts, long Successes, long Stock, long AllocatedUnits, long OverAllocatedUnits, long Mismatches)
{
    public long Oversold => OverAllocatedUnits + Math.Max(0, Successes - Stock);

    /// <summary>Every success is one unit in the segments, and (order paths) one order each, one allocation per success.</summary>
    public bool IsConsistent => Oversold == 0 && AllocatedUnits == Successes && Mismatches == 0;

    public static async Task<AllocateCheck> RunAsync(IAllocatePath path, long attempts, long successes, long stock, CancellationToken ct = default)
    {
        await using var connection = new SqliteConnection($"Data Source={path.DatabasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(ct);
        async Task<long> ScalarAsync(string sql)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            return (long)(await command.ExecuteScalarAsync(ct))!;
        }

        var allocated = await ScalarAsync("SELECT COALESCE(SUM(Allocated), 0) FROM Segments");
        var over = await ScalarAsync("SELECT COALESCE(SUM(MAX(0, Allocated - (OnHand - Locked))), 0) FROM Segments");
        var mismatches = 0L;
        if (path.WritesOrders)
        {
            mismatches += Math.Abs(await ScalarAsync("SELECT COUNT(*) FROM Orders") - attempts);
            mismatches += Math.Abs(await ScalarAsync("SELECT COALESCE(SUM(Quantity), 0) FROM Allocations") - successes);
            mismatches += await ScalarAsync("""
                SELECT COUNT(*) FROM Records r
                WHERE r.Allocated <> (SELECT COALESCE(SUM(s.Allocated), 0) FROM Segments s WHERE s.ProductId = r.ProductId AND s.LocationId = r.LocationId)
                """);
        }

        return new AllocateCheck(path.Name, attempts, successes, stock, allocated, over, mismatches);
    }
}
