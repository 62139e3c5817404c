namespace InventoryAdmin.Domain.Store;

/// <summary>
/// Triggers that copy every change of a segment's figures into SegmentChanges in the writing transaction, whatever code
/// wrote it (one writer or several, EF or raw SQL): the delta feed and the low-stock tracker read that table, and a
/// rolled-back change leaves no row. Created by the ChannelAvailability migration of each engine.
/// </summary>
public static class SegmentChangeTriggers
{
    /// <summary>The current transaction's id as a bigint (xid8 never wraps).</summary>
    public const string PostgreSqlTxId = "(pg_current_xact_id()::text::bigint)";

    /// <summary>Below it every transaction has ended: a reader's snapshot then shows all of their changes, for good.</summary>
    public const string PostgreSqlSafeTxId = "(pg_snapshot_xmin(pg_current_snapshot())::text::bigint)";

    private const string SqliteColumns = "\"ProductId\", \"LocationId\", \"SegmentKey\", \"OnHand\", \"Locked\", \"Allocated\", \"ChangedAtUtc\", \"TxId\"";
    private const string SqliteNow = "strftime('%Y-%m-%d %H:%M:%f', 'now')";

    public static readonly string[] SqliteCreate =
    [
        $"""
        CREATE TRIGGER "Segments_Changes_Insert" AFTER INSERT ON "Segments"
        BEGIN INSERT INTO "SegmentChanges" ({SqliteColumns}) VALUES (NEW."ProductId", NEW."LocationId", NEW."SegmentKey", NEW."OnHand", NEW."Locked", NEW."Allocated", {SqliteNow}, 0); END;
        """,
        $"""
        CREATE TRIGGER "Segments_Changes_Update" AFTER UPDATE OF "OnHand", "Locked", "Allocated" ON "Segments"
        WHEN NEW."OnHand" <> OLD."OnHand" OR NEW."Locked" <> OLD."Locked" OR NEW."Allocated" <> OLD."Allocated"
        BEGIN INSERT INTO "SegmentChanges" ({SqliteColumns}) VALUES (NEW."ProductId", NEW."LocationId", NEW."SegmentKey", NEW."OnHand", NEW."Locked", NEW."Allocated", {SqliteNow}, 0); END;
        """,
        $"""
        CREATE TRIGGER "Segments_Changes_Delete" AFTER DELETE ON "Segments"
        BEGIN INSERT INTO "SegmentChanges" ({SqliteColumns}) VALUES (OLD."ProductId", OLD."LocationId", OLD."SegmentKey", 0, 0, 0, {SqliteNow}, 0); END;
        """,
    ];

    public static readonly string[] SqliteDrop =
    [
        "DROP TRIGGER IF EXISTS \"Segments_Changes_Insert\";",
        "DROP TRIGGER IF EXISTS \"Segments_Changes_Update\";",
        "DROP TRIGGER IF EXISTS \"Segments_Changes_Delete\";",
    ];

    public static readonly string[] PostgreSqlCreate =
    [
        """
        CREATE FUNCTION segments_changes() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'DELETE' THEN
                INSERT INTO "SegmentChanges" ("ProductId", "LocationId", "SegmentKey", "OnHand", "Locked", "Allocated", "ChangedAtUtc")
                VALUES (OLD."ProductId", OLD."LocationId", OLD."SegmentKey", 0, 0, 0, clock_timestamp());
                RETURN OLD;
            END IF;
            IF TG_OP = 'UPDATE' AND NEW."OnHand" = OLD."OnHand" AND NEW."Locked" = OLD."Locked" AND NEW."Allocated" = OLD."Allocated" THEN
                RETURN NEW;
            END IF;
            INSERT INTO "SegmentChanges" ("ProductId", "LocationId", "SegmentKey", "OnHand", "Locked", "Allocated", "ChangedAtUtc")
            VALUES (NEW."ProductId", NEW."LocationId", NEW."SegmentKey", NEW."OnHand", NEW."Locked", NEW."Allocated", clock_timestamp());
            RETURN NEW;
        END $$;
        """,
        """
        CREATE TRIGGER segments_changes AFTER INSERT OR UPDATE OR DELETE ON "Segments" FOR EACH ROW EXECUTE FUNCTION segments_changes();
        """,
    ];

    public static readonly string[] PostgreSqlDrop =
    [
        "DROP TRIGGER IF EXISTS segments_changes ON \"Segments\";",
        "DROP FUNCTION IF EXISTS segments_changes();",
    ];
}
