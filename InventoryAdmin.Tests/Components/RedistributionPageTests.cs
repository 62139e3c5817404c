using Bunit;
using InventoryAdmin.Components.Pages.Redistribution;
using InventoryAdmin.Domain.Model.Ledger;
using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Domain.Services.Demo;
using InventoryAdmin.Domain.Services.Redistribution;
using InventoryAdmin.Domain.Store;
using InventoryAdmin.Identity;
using InventoryAdmin.Tests.Support;
using MudBlazor;

namespace InventoryAdmin.Tests.Components;

/// <summary>The /redistribution page against the real services: it follows a running job live and cancels one after confirmation.</summary>
public class RedistributionPageTests
{
    private readonly DatabaseProvider engine;

    public RedistributionPageTests()
        : this(DatabaseProvider.Sqlite)
    {
    }

    /// <summary>The same tests on another engine (see the PostgreSQL subclass).</summary>
    protected RedistributionPageTests(DatabaseProvider engine) => this.engine = engine;

    private static readonly Actor Admin = new("admin@test", MovementSource.Ui);

    [Fact]
    public async Task Page_FollowsARunningJobLive_UntilItsProgressBarIsFull()
    {
        await using var ctx = await ComponentTestContext.CreateAsync(engine, "admin@test", Roles.Admin);
        await DriftedDemoAsync(ctx);
        var job = await ctx.Get<RedistributionService>().StartAsync(new RedistributionRequest(null, null, ["DC-East"], "now", false), Admin);
        ctx.Bunit.Render<MudPopoverProvider>();

        var page = ctx.Bunit.Render<RedistributionPage>();
        page.WaitForAssertion(() =>
        {
            Assert.Equal("queued", page.Find("[data-testid=job-card] [data-testid=job-status]").TextContent.Trim());
            Assert.Equal("0 %", page.Find("[data-testid=job-progress]").TextContent.Trim());
        }, TimeSpan.FromSeconds(5));

        // The background loop's work, batch by batch: the open page hears of each one without a reload.
        var runner = ctx.Get<RedistributionRunner>();
        while (await runner.RunBatchAsync(job.Id, CancellationToken.None))
        {
        }

        var done = await ctx.Get<RedistributionService>().GetAsync(job.Id);
        Assert.True(done.UnitsMoved >= 40, $"{done.UnitsMoved} units moved");
        page.WaitForAssertion(() =>
        {
            Assert.Equal("completed", page.Find("[data-testid=job-card] [data-testid=job-status]").TextContent.Trim());
            Assert.Equal("100 %", page.Find("[data-testid=job-progress]").TextContent.Trim());
            Assert.Equal(done.UnitsMoved.ToString("N0"), page.Find("[data-testid=units-moved]").TextContent.Trim());
            Assert.Single(page.FindAll("[data-testid=history] tbody tr"));
        }, TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Cancel_AsksFirst_ThenCancelsTheQueuedJob()
    {
        await using var ctx = await ComponentTestContext.CreateAsync(engine, "admin@test", Roles.Admin);
        await DriftedDemoAsync(ctx);
        var job = await ctx.Get<RedistributionService>().StartAsync(new RedistributionRequest(null, null, null, "now", false), Admin);
        ctx.Bunit.Render<MudPopoverProvider>();
        var dialogs = ctx.Bunit.Render<MudDialogProvider>();
        var page = ctx.Bunit.Render<RedistributionPage>();
        page.WaitForElement("[data-testid=cancel-job]", TimeSpan.FromSeconds(5));

        // The click waits on the message box, so it is not awaited.
        _ = page.InvokeAsync(() => page.Find("[data-testid=cancel-job]").Click());
        dialogs.WaitForAssertion(() => Assert.Contains("The job stops after the records it is on", dialogs.Markup), TimeSpan.FromSeconds(5));
        Assert.Equal("queued", (await ctx.Get<RedistributionService>().GetAsync(job.Id)).Status);
        await dialogs.InvokeAsync(() => dialogs.FindAll("button").Single(b => b.TextContent.Contains("Cancel job")).Click());

        page.WaitForAssertion(() => Assert.Equal("cancelled", page.Find("[data-testid=job-card] [data-testid=job-status]").TextContent.Trim()),
            TimeSpan.FromSeconds(5));
        Assert.Equal(("cancelled", "admin@test"), ((await ctx.Get<RedistributionService>().GetAsync(job.Id)).Status,
            (await ctx.Get<RedistributionService>().GetAsync(job.Id)).CancelledBy));
    }

    /// <summary>The demo data, with 40 units of one product at DC-East counted into Amazon/STH on top of its split.</summary>
    private static async Task DriftedDemoAsync(ComponentTestContext ctx)
    {
        await ctx.Get<DemoDataSeeder>().SeedAsync();
        var sku = (await ctx.Get<InventoryQueryService>().GridAsync(new GridQuery(LocationCode: "DC-East", PageSize: 1))).Items[0].Sku;
        await ctx.Get<StockService>().AdjustAsync(
            [new StockLine(sku, null, "DC-East", new Dictionary<string, string> { ["Channel"] = "Amazon", ["OrderType"] = "STH" }, 40)], Admin);
    }
}
