using Bunit;
using InventoryAdmin.Components.Pages.Inventory;
using InventoryAdmin.Domain.Model.Ledger;
using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Domain.Services.Demo;
using InventoryAdmin.Domain.Store;
using InventoryAdmin.Identity;
using InventoryAdmin.Tests.Support;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace InventoryAdmin.Tests.Components;

public class InventoryGridTests
{
    private readonly DatabaseProvider engine;

    public InventoryGridTests()
        : this(DatabaseProvider.Sqlite)
    {
    }

    /// <summary>The same tests on another engine (see the PostgreSQL subclass).</summary>
    protected InventoryGridTests(DatabaseProvider engine) => this.engine = engine;

    [Fact]
    public async Task ExpandRow_ShowsSegmentsWhoseTotalEqualsTheRow()
    {
        await using var ctx = await ComponentTestContext.CreateAsync(engine, "warehouse@test", Roles.WarehouseManager);
        await ctx.Get<DemoDataSeeder>().SeedAsync();
        var row = (await ctx.Get<InventoryQueryService>().GridAsync(new GridQuery(Search: "HOOD-NAV"))).Items.First(r => r.OnHand > 0);
        ctx.Bunit.Render<MudPopoverProvider>();

        var grid = ctx.Bunit.Render<InventoryGrid>();
        grid.WaitForAssertion(() => Assert.NotEmpty(grid.FindAll("tbody tr.mud-table-row")), TimeSpan.FromSeconds(5));
        grid.Find("input[data-testid=grid-search]").Input("HOOD-NAV");
        grid.WaitForAssertion(() => Assert.Equal(3, grid.FindAll("tbody tr.mud-table-row").Count), TimeSpan.FromSeconds(5));

        // Find the toggle again right before clicking: a render in between replaces its event handler.
        grid.WaitForAssertion(() => grid.FindAll("tbody tr.mud-table-row").Single(r => r.TextContent.Contains(row.LocationCode))
            .QuerySelector("button[aria-label='Expand group']")!.Click(), TimeSpan.FromSeconds(5));

        grid.WaitForAssertion(() =>
        {
            var total = grid.Find("[data-testid=segments-total]").TextContent;
            Assert.Contains(row.OnHand.ToString("N0"), total);
            Assert.Equal(6, grid.FindAll("[data-testid=segment-row]").Count);
        }, TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task SegmentFilter_LabelsTheFigures_AndTheExpansionTotalsTheMatchingSegmentsBesideAll()
    {
        await using var ctx = await ComponentTestContext.CreateAsync(engine, "viewer@test", Roles.Merchandiser);
        await ctx.Get<DemoDataSeeder>().SeedAsync();
        var query = ctx.Get<InventoryQueryService>();
        var amazon = (await query.GridAsync(new GridQuery(Search: "JACK-RED-033",
            Segment: new Dictionary<string, string> { ["Channel"] = "Amazon" }))).Items.First(r => r.OnHand > 0);
        var all = (await query.GridAsync(new GridQuery(Search: "JACK-RED-033", LocationCode: amazon.LocationCode))).Items.Single();
        Assert.NotEqual(all.OnHand, amazon.OnHand);
        ctx.Bunit.Render<MudPopoverProvider>();
        ctx.Get<NavigationManager>().NavigateTo($"/inventory?q=JACK-RED-033&location={amazon.LocationCode}&segment=Channel:Amazon");

        var grid = ctx.Bunit.Render<InventoryGrid>();
        grid.WaitForAssertion(() => Assert.Single(grid.FindAll("tbody tr.mud-table-row")), TimeSpan.FromSeconds(5));
        Assert.Contains("Figures for Channel = Amazon", grid.Find("[data-testid=segment-figures-label]").TextContent);
        Assert.DoesNotContain("always add up", grid.Markup);
        Assert.Contains(amazon.OnHand.ToString("N0"), grid.Find("tbody tr.mud-table-row").TextContent);

        grid.WaitForAssertion(() => grid.Find("tbody tr.mud-table-row button[aria-label='Expand group']").Click(), TimeSpan.FromSeconds(5));
        grid.WaitForAssertion(() =>
        {
            Assert.Contains("Total of Channel = Amazon", grid.Find("[data-testid=segments-matching-total]").TextContent);
            Assert.Contains(amazon.OnHand.ToString("N0"), grid.Find("[data-testid=segments-matching-total]").TextContent);
            Assert.Contains("Total of all segments", grid.Find("[data-testid=segments-total]").TextContent);
            Assert.Contains(all.OnHand.ToString("N0"), grid.Find("[data-testid=segments-total]").TextContent);
            var rows = grid.FindAll("[data-testid=segment-row]");
            Assert.Equal(6, rows.Count);
            Assert.All(rows, r => Assert.Equal(r.TextContent.Contains("Amazon") ? "true" : "false", r.GetAttribute("data-match")));
            Assert.Equal(2, rows.Count(r => r.GetAttribute("data-match") == "true"));
        }, TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Unfiltered_ExpansionSaysTotalOfSegments_AndMarksNothing()
    {
        await using var ctx = await ComponentTestContext.CreateAsync(engine, "viewer@test", Roles.Merchandiser);
        await ctx.Get<DemoDataSeeder>().SeedAsync();
        var row = (await ctx.Get<InventoryQueryService>().GridAsync(new GridQuery(Search: "HOOD-NAV"))).Items.First(r => r.OnHand > 0);
        ctx.Bunit.Render<MudPopoverProvider>();
        ctx.Get<NavigationManager>().NavigateTo($"/inventory?q=HOOD-NAV&location={row.LocationCode}");

        var grid = ctx.Bunit.Render<InventoryGrid>();
        grid.WaitForAssertion(() => Assert.Single(grid.FindAll("tbody tr.mud-table-row")), TimeSpan.FromSeconds(5));
        Assert.Empty(grid.FindAll("[data-testid=segment-figures-label]"));
        grid.WaitForAssertion(() => grid.Find("tbody tr.mud-table-row button[aria-label='Expand group']").Click(), TimeSpan.FromSeconds(5));
        grid.WaitForAssertion(() => Assert.Contains("Total of segments", grid.Find("[data-testid=segments-total]").TextContent), TimeSpan.FromSeconds(5));
        Assert.Empty(grid.FindAll("[data-testid=segments-matching-total]"));
        Assert.All(grid.FindAll("[data-testid=segment-row]"), r => Assert.Null(r.GetAttribute("data-match")));
    }

    [Fact]
    public async Task NavLinkToPlainInventory_WhileFiltered_ShowsEverythingAgain()
    {
        await using var ctx = await ComponentTestContext.CreateAsync(engine, "viewer@test", Roles.Merchandiser);
        await ctx.Get<DemoDataSeeder>().SeedAsync();
        ctx.Bunit.Render<MudPopoverProvider>();
        var navigation = ctx.Get<NavigationManager>();
        navigation.NavigateTo("/inventory?q=HOOD-NAV&location=DC-East&sort=OnHand&dir=desc");
        var grid = ctx.Bunit.Render<InventoryGrid>();
        grid.WaitForAssertion(() => Assert.Single(grid.FindAll("tbody tr.mud-table-row")), TimeSpan.FromSeconds(10));

        navigation.NavigateTo("/inventory");

        grid.WaitForAssertion(() => Assert.Equal(25, grid.FindAll("tbody tr.mud-table-row").Count), TimeSpan.FromSeconds(10));
        Assert.Equal("", grid.Find("input[data-testid=grid-search]").GetAttribute("value") ?? "");
        Assert.EndsWith("/inventory", navigation.Uri);
    }

    [Fact]
    public async Task StockChangeElsewhere_UpdatesTheOpenGrid()
    {
        await using var ctx = await ComponentTestContext.CreateAsync(engine, "viewer@test", Roles.Merchandiser);
        await ctx.Get<DemoDataSeeder>().SeedAsync();
        ctx.Bunit.Render<MudPopoverProvider>();
        var grid = ctx.Bunit.Render<InventoryGrid>();
        grid.Find("input[data-testid=grid-search]").Input("HOOD-NAV");
        grid.WaitForAssertion(() => Assert.Equal(3, grid.FindAll("tbody tr.mud-table-row").Count), TimeSpan.FromSeconds(5));

        await ctx.Get<StockService>().RefreshAsync([new StockLine(null, null, "DC-East", null, 4321) with { Sku = GridSku(grid) }],
            new Actor("api-test", MovementSource.Api));

        grid.WaitForAssertion(() => Assert.Contains("4,321", grid.Markup), TimeSpan.FromSeconds(5));
        Assert.Empty(grid.FindAll("button[aria-label^='Refresh count']"));
    }

    private static string GridSku(IRenderedComponent<InventoryGrid> grid) =>
        grid.FindAll("tbody tr.mud-table-row").First().QuerySelector("a")!.TextContent.Trim();
}
