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
    public static readonly (string Table, string Area, string? Subject)[] InventoryTables =
    [
        ("Settings", "Settings", null),
        ("Tags", "Tags", null),
        ("TagValues", "Tags", null),
        ("Products", "Stock", null),
        ("BundleComponents", "Stock", null),
        ("Locations", "Stock", null),
        ("StorageLocations", "Stock", null),
        ("Records", "Stock", null),
        ("StockRows", "Stock", null),
        ("Segments", "Stock", null),
        ("Orders", "Stock", null),
        ("OrderItems", "Stock", null),
        ("Allocations", "Stock", null),
        ("StockRules", "Stock", "stock-rules"),
        ("LowStockAlerts", "Stock", "alerts"),
        ("RedistributionJobs", "Redistribution", null),
    ];

    /// <summary>Identity's tables: sign-in cookies and API keys are checked against them.</summary>
    public static readonly (string Table, string Area, string? Subject)[] IdentityTables =
    [
        ("AspNetUsers", "Users", null),
        ("AspNetUserRoles", "Users", null),
        ("AspNetRoles", "Users", null),
        ("ApiKeys", "ApiKeys", null),
    ];

    public static IEnumerable<string> Create(IEnumerable<(string Table, string Area, string? Subject)> tables) =>
        tables.Select(t => $"""
            CREATE TRIGGER inventory_announce AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "{t.Table}"
            FOR EACH STATEMENT EXECUTE FUNCTION inventory_announce('{t.Area}'{(t.Subject is null ? "" : $", '{t.Subject}'")});
            """).Prepend(CreateFunction);

    /// <summary>Drops the triggers; the function stays while the other context's tables use it (DROP ... IF EXISTS elsewhere).</summary>
    public static IEnumerable<string> Drop(IEnumerable<(string Table, string Area, string? Subject)> tables) =>
        tables.Select(t => $"DROP TRIGGER IF EXISTS inventory_announce ON \"{t.Table}\";");
}
