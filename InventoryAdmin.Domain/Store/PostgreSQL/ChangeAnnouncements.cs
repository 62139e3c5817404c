namespace InventoryAdmin.Domain.Store.PostgreSQL;

/// <summary>
/// PostgreSQL: every write to a table that open pages or caches show is announced with NOTIFY by a statement trigger,
/// inside the writing transaction, whatever code wrote it (EF or raw SQL). PostgreSQL delivers it only when that
/// transaction commits (a rolled-back change announces nothing) and once per transaction for equal payloads, so a
/// batch of 10,000 rows is one notification. The payload is small JSON: area, subject, version (the transaction's id)
/// and the announcing instance (the connection's <c>inventory.instance</c> setting, <see cref="StoreInstance"/>), so an
/// instance skips its own: it has told its own pages already, in process.
/// </summary>
public static class ChangeAnnouncements
{
    public const string Channel = "inventory_changes";

    public const string InstanceSetting = "inventory.instance";

    public static readonly string CreateFunction = $"""
        CREATE OR REPLACE FUNCTION inventory_announce() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_notify('{Channel}', json_build_object('a', TG_ARGV[0], 's', TG_ARGV[1], 'v', pg_current_xact_id()::text,
                'i', current_setting('{InstanceSetting}', true))::text);
            RETURN NULL;
        END $$;
        """;

    /// <summary>The inventory store's tables, each with the area (and subject) it announces.</summary>
    public static readonly (string Table, string Area, string? Subject, string? UpdatedWhen)[] InventoryTables =
    [
        ("Settings", "Settings", null, null),
        ("Tags", "Tags", null, null),
        ("TagValues", "Tags", null, null),
        ("Products", "Stock", null, null),
        ("BundleComponents", "Stock", null, null),
        ("Locations", "Stock", null, null),
        ("StorageLocations", "Stock", null, null),
        ("Records", "Stock", null, null),
        ("StockRows", "Stock", null, null),
        ("Segments", "Stock", null, null),
        ("Orders", "Stock", null, null),
        ("OrderItems", "Stock", null, null),
        ("Allocations", "Stock", null, null),
        ("StockRules", "Stock", "stock-rules", null),
        ("LowStockAlerts", "Stock", "alerts", null),
        ("RedistributionJobs", "Redistribution", null, null),
    ];

    /// <summary>Identity's tables: sign-in cookies and API keys are checked against them.</summary>
    public static readonly (string Table, string Area, string? Subject, string? UpdatedWhen)[] IdentityTables =
    [
        // Not every sign-in or use (Identity's store writes every column of the user): only what ends a session or a key.
        ("AspNetUsers", "Users", null, """OLD."SecurityStamp" IS DISTINCT FROM NEW."SecurityStamp" OR OLD."LockoutEnd" IS DISTINCT FROM NEW."LockoutEnd" """),
        ("AspNetUserRoles", "Users", null, null),
        ("ApiKeys", "ApiKeys", null, """OLD."RevokedAtUtc" IS DISTINCT FROM NEW."RevokedAtUtc" OR OLD."Role" IS DISTINCT FROM NEW."Role" """),
    ];

    /// <summary>
    /// The function, then per table one statement trigger for any write, or, for a table with <c>UpdatedWhen</c>, a row
    /// trigger for the updates that meet it and a statement trigger for deletes.
    /// </summary>
    public static IEnumerable<string> Create(IEnumerable<(string Table, string Area, string? Subject, string? UpdatedWhen)> tables) =>
        tables.SelectMany(t =>
        {
            var execute = $"EXECUTE FUNCTION inventory_announce('{t.Area}'{(t.Subject is null ? "" : $", '{t.Subject}'")});";
            return t.UpdatedWhen is null
                ? [$"""CREATE TRIGGER inventory_announce AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "{t.Table}" FOR EACH STATEMENT {execute}"""]
                : new[]
                {
                    $"""CREATE TRIGGER inventory_announce AFTER UPDATE ON "{t.Table}" FOR EACH ROW WHEN ({t.UpdatedWhen.Trim()}) {execute}""",
                    $"""CREATE TRIGGER inventory_announce_delete AFTER DELETE ON "{t.Table}" FOR EACH STATEMENT {execute}""",
                };
        }).Prepend(CreateFunction);

    /// <summary>Drops the triggers; the function stays (the other context's tables may still use it).</summary>
    public static IEnumerable<string> Drop(IEnumerable<(string Table, string Area, string? Subject, string? UpdatedWhen)> tables) =>
        tables.SelectMany(t => new[]
        {
            $"DROP TRIGGER IF EXISTS inventory_announce ON \"{t.Table}\";",
            $"DROP TRIGGER IF EXISTS inventory_announce_delete ON \"{t.Table}\";",
        });
}
