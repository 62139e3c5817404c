using Bunit;
using InventoryAdmin.Components.Pages.Inventory;
using InventoryAdmin.Domain.Model.Ledger;
using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Domain.Services.Demo;
using InventoryAdmin.Identity;
using InventoryAdmin.Tests.Support;
using MudBlazor;

namespace InventoryAdmin.Tests.Components;

public sealed class InventoryGridTests
{
    [Fact]
    public async Task ExpandRow_ShowsSegmentsWhoseTotalEqualsTheRow()
    {
        await using var ctx = await ComponentTestContext.CreateAsync("warehouse@test", Roles.WarehouseManager);
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
    public async Task StockChangeElsewhere_UpdatesTheOpenGrid()
    {
        await using var ctx = await ComponentTestContext.CreateAsync("viewer@test", Roles.Merchandiser);
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
