using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Domain.Store.PostgreSQL;

/// <summary>What the model needs on PostgreSQL beyond the engine-neutral configurations.</summary>
public static class PostgreSqlModel
{
    /// <summary>
    /// ICU, case-insensitive in every letter ("KÖLN-SÜD" = "köln-süd"), accents still count: strength 2. It takes the place
    /// of SQLite's NOCASE on the same columns, so the unique indexes on SKU, location code, tag and value names refuse a
    /// second spelling and equality, IN and ORDER BY need no rewriting. Chosen over a normalized key column, which would
    /// add a column, an index and a backfill to both engines' schemas and make every lookup name the key instead of the
    /// value. Its cost: PostgreSQL 15 refuses LIKE on a nondeterministic collation, so a search by prefix compares under
    /// the database default with ILIKE (<see cref="TextSearch"/>).
    /// </summary>
    public const string CaseInsensitiveCollation = "case_insensitive";

    public const string SqliteCaseInsensitiveCollation = "NOCASE";

    public static void Apply(ModelBuilder modelBuilder)
    {
        modelBuilder.HasCollation(CaseInsensitiveCollation, locale: "und-u-ks-level2", provider: "icu", deterministic: false);
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetProperties()))
            if (property.GetCollation() == SqliteCaseInsensitiveCollation)
                property.SetCollation(CaseInsensitiveCollation);
        // The writing transaction's id: readers of changes hand out only those of transactions older than every running one.
        modelBuilder.Entity<Model.Availability.SegmentChange>().Property(c => c.TxId).HasDefaultValueSql(SegmentChangeTriggers.PostgreSqlTxId);
    }

    /// <summary>Instants are UTC <see cref="DateTime"/>s; timestamptz takes only Kind=Utc, so a value read back from elsewhere is marked UTC.</summary>
    public static void Conventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}
