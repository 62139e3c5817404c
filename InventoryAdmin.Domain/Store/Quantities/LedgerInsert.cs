using InventoryAdmin.Domain.Services;

namespace InventoryAdmin.Domain.Store;

/// <summary>
/// The one place the ledger's columns are named: every <c>INSERT INTO "Movements"</c> of <see cref="QuantityWriter"/>
/// and its parts is built here, with the column list and the values (SQL expressions or parameters) side by side in the
/// same order. The text is built from constants and the callers' expressions only; values are parameters.
/// </summary>
internal static class LedgerInsert
{
    private static readonly string[] Columns =
        ["AtUtc", "Actor", "Source", "Reason", "ProductId", "LocationId", "SegmentKey", "StorageLocationId", "Before", "Delta", "After", "LockedDelta", "AllocatedDelta", "Reference"];

    /// <summary>Values per ledger row.</summary>
    public static int Width => Columns.Length;

    /// <summary><c>INSERT INTO "Movements" (…columns…)</c>.</summary>
    public static string Head { get; } = $"INSERT INTO \"Movements\" ({string.Join(", ", Columns.Select(c => $"\"{c}\""))})";

    /// <summary>One row of SQL expressions.</summary>
    public static string Values(LedgerRow row) => $"{Head} VALUES ({row})";

    /// <summary>The rows each SELECT makes (several joined by UNION ALL); <c>From</c> is what follows the expressions.</summary>
    public static string Select(params (LedgerRow Row, string From)[] parts) =>
        Head + "\n" + string.Join("\nUNION ALL\n", parts.Select(p => $"SELECT {p.Row}\n{p.From}"));

    /// <summary>One row's values in column order, for a multi-row statement (<see cref="MultiRowCommand"/> after <c>Head + " VALUES"</c>).</summary>
    public static object?[] Row(DateTime at, Actor actor, string reason, int productId, int locationId, string segmentKey, int storageLocationId,
        int before, int after, int lockedDelta, int allocatedDelta, string? reference) =>
        [at, actor.Name, actor.Source.ToString(), reason, productId, locationId, segmentKey, storageLocationId, before, after - before, after, lockedDelta, allocatedDelta, reference];
}

/// <summary>A ledger row as SQL expressions, one per column of <see cref="LedgerInsert"/> (a parameter, a constant or a column of the source).</summary>
internal sealed record LedgerRow(string AtUtc, string Actor, string Source, string Reason, string ProductId, string LocationId, string SegmentKey,
    string StorageLocationId, string Before, string Delta, string After, string LockedDelta, string AllocatedDelta, string Reference)
{
    public override string ToString() => string.Join(", ",
        AtUtc, Actor, Source, Reason, ProductId, LocationId, SegmentKey, StorageLocationId, Before, Delta, After, LockedDelta, AllocatedDelta, Reference);
}
