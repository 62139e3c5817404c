namespace InventoryAdmin.Domain.Services.Redistribution;

/// <summary>
/// Configuration <c>Redistribution:RecordsPerTransaction</c>: how many whole records one transaction of a job holds.
/// A transaction never holds part of a record, so a crash or a cancel never leaves a record half moved; more records
/// per commit means fewer fsyncs (PERFORMANCE.md lesson 2) but a longer hold of SQLite's write lock.
/// </summary>
public sealed record RedistributionOptions(int RecordsPerTransaction = RedistributionOptions.DefaultRecordsPerTransaction)
{
    public const int DefaultRecordsPerTransaction = 100;

    public static RedistributionOptions From(string? configured) =>
        new(int.TryParse(configured, out var n) && n > 0 ? Math.Min(n, 10_000) : DefaultRecordsPerTransaction);
}
