namespace InventoryAdmin.Bench;

/// <summary>
/// What the verbs read from the command line (<c>--products</c>, <c>--db</c>, <c>--keep</c>; <c>--db postgres</c> for the
/// benches sets <see cref="PostgreSql"/>); the rest lets a test run the same code small and fast.
/// </summary>
internal sealed record BenchOptions(
    int Products = 100_000,
    string? DatabasePath = null,
    bool Keep = false,
    string? WorkDirectory = null,
    int BatchSize = 5_000,
    int WarmUps = 3,
    int Runs = 15,
    bool PostgreSql = false);
