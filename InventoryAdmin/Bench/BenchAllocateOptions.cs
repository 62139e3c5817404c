namespace InventoryAdmin.Bench;

/// <summary>
/// What <c>bench allocate</c> reads from the command line (<c>--products</c>, <c>--orders</c>, <c>--runs</c>,
/// <c>--stock</c>, <c>--keep</c>); the rest lets a test run the same code small and fast.
/// </summary>
/// <param name="Products">Products in the catalogue, each at the three scale locations.</param>
/// <param name="Orders">Orders per measured run (one path at one client count), each for one unit of a random product.</param>
/// <param name="Runs">Measured runs per path and client count; the report gives their median.</param>
/// <param name="StockPerRecord">Units counted in per product and location (the stock service splits them over the six segments).</param>
/// <param name="WarmUpOrders">Orders per path before the measured runs (JIT, connection pools, Kestrel), not timed.</param>
internal sealed record BenchAllocateOptions(
    int Products = 2_000,
    int Orders = 2_000,
    int Runs = 3,
    int StockPerRecord = 1_000,
    bool Keep = false,
    string? WorkDirectory = null,
    int WarmUpOrders = 500,
    int BatchSize = 5_000)
{
    /// <summary>The client counts measured, one after the other in each round.</summary>
    public static readonly int[] Clients = [1, 8];
}
