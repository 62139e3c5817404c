using InventoryAdmin.Domain.Model.Ledger;
using InventoryAdmin.Domain.Model.Redistribution;
using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Domain.Services.Redistribution;
using InventoryAdmin.Tests.Support.Domain;
using InventoryAdmin.Tests.Support.Orders;
using Microsoft.EntityFrameworkCore;
using static InventoryAdmin.Tests.Support.Stock.StockTestBed;

namespace InventoryAdmin.Tests.Support.Redistribution;

/// <summary>
/// The redistribution service and its job runner over the order test bed (a real SQLite file with the SPEC tags
/// Channel Kibo 80 / Amazon 10 / Walmart 10 and OrderType STH 70 / BOPIS 30, tags on).
/// </summary>
public abstract class RedistributionTestBase : OrderServiceTestBase
{
    protected static readonly Actor Admin = new("admin@example.com", MovementSource.Ui);

    protected readonly RedistributionService _redistribution;

    protected RedistributionTestBase(int recordsPerTransaction = RedistributionOptions.DefaultRecordsPerTransaction, InventoryTestStore? store = null)
        : base(store)
    {
        var clock = new FixedTimeProvider(Now);
        Signal = new RedistributionSignal();
        Runner = NewRunner(recordsPerTransaction);
        _redistribution = new RedistributionService(_bed.Store.Factory, _bed.Changes, clock, Signal);
    }

    protected RedistributionSignal Signal { get; }

    protected RedistributionRunner Runner { get; }

    /// <summary>A runner as a freshly started app has it (nothing in memory).</summary>
    protected RedistributionRunner NewRunner(int recordsPerTransaction = RedistributionOptions.DefaultRecordsPerTransaction) =>
        new(_bed.Store.Factory, _bed.Changes, new FixedTimeProvider(Now), new RedistributionOptions(recordsPerTransaction));

    protected static RedistributionRequest Request(string mode = "now", bool dryRun = false, string[]? skus = null, string[]? locations = null,
        string[]? upcs = null) => new(skus, upcs, locations, mode, dryRun);

    /// <summary>Starts a job "now" and runs it to the end as the background loop would.</summary>
    protected async Task<RedistributionJobDto> RunNowAsync(RedistributionRequest? request = null)
    {
        var job = await _redistribution.StartAsync(request ?? Request(), Admin);
        Assert.Equal("queued", job.Status);
        while (await Runner.RunBatchAsync(job.Id, CancellationToken.None))
        {
        }

        return await _redistribution.GetAsync(job.Id);
    }

    /// <summary>On Hand per segment ("Kibo/STH" → units) of a record, segments with units only.</summary>
    protected async Task<Dictionary<string, int>> OnHandAsync(string sku, string location) =>
        (await FiguresAsync(sku, location)).Segments.Where(s => s.OnHand > 0).ToDictionary(Name, s => s.OnHand);

    protected async Task<List<Movement>> JobMovementsAsync(long jobId)
    {
        await using var db = _bed.Store.CreateContext();
        var reference = $"redistribution:{jobId}";
        return await db.Movements.AsNoTracking().Where(m => m.Reference == reference).OrderBy(m => m.Id).ToListAsync();
    }

    protected async Task<RedistributionJob> StoredJobAsync(long id)
    {
        await using var db = _bed.Store.CreateContext();
        return await db.RedistributionJobs.AsNoTracking().SingleAsync(j => j.Id == id);
    }

    /// <summary>The SPEC tags on, a DC, and each product with 10 units, all in Amazon/STH (its target is 1 of 10).</summary>
    protected async Task DriftedProductsAtDcAsync(params string[] skus)
    {
        await _bed.UseSpecTagsAsync();
        await LocationAsync(Dc);
        await _bed.AddProductsAsync(skus);
        foreach (var sku in skus) await StockAsync(sku, Dc, 10, Seg("Amazon", "STH"));
    }

    protected static (string Tag, string Value)[] Seg(string channel, string orderType) => [("Channel", channel), ("OrderType", orderType)];
}
