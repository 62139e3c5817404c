using Bunit;
using InventoryAdmin.Components.Pages.Catalogue;
using InventoryAdmin.Components.Pages.Inventory;
using InventoryAdmin.Components.Pages.Orders;
using InventoryAdmin.Domain.Services.Demo;
using InventoryAdmin.Domain.Store;
using InventoryAdmin.Identity;
using InventoryAdmin.Tests.Support;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace InventoryAdmin.Tests.Components;

/// <summary>
/// A search box given a control character or more than 200 characters shows the domain's message at the box and keeps
/// the list as it was (the service would refuse the search), instead of failing the page (issue 18, item 5).
/// </summary>
public class SearchBoxTests
{
    private readonly DatabaseProvider engine;

    public SearchBoxTests()
        : this(DatabaseProvider.Sqlite)
    {
    }

    /// <summary>The same tests on another engine (see the PostgreSQL subclass).</summary>
    protected SearchBoxTests(DatabaseProvider engine) => this.engine = engine;

    public static TheoryData<string, string> BadSearches() => new()
    {
        { "HOOD\u0007", "The search text contains a control character (U+0007 at position 5)" },
        { new string('h', 201), "The search text must be at most 200 characters." },
    };

    [Theory]
    [MemberData(nameof(BadSearches))]
    public async Task InventoryGrid_BadSearch_ShowsTheMessageAtTheBoxAndKeepsTheRows(string search, string message)
    {
        await using var ctx = await ComponentTestContext.CreateAsync(engine, "warehouse@test", Roles.WarehouseManager);
        await ctx.Get<DemoDataSeeder>().SeedAsync();
        ctx.Bunit.Render<MudPopoverProvider>();
        var grid = ctx.Bunit.Render<InventoryGrid>();
        grid.Find("input[data-testid=grid-search]").Input("HOOD-NAV");
        grid.WaitForAssertion(() => Assert.Equal(3, grid.FindAll("tbody tr.mud-table-row").Count), TimeSpan.FromSeconds(5));

        grid.Find("input[data-testid=grid-search]").Input(search);

        grid.WaitForAssertion(() => Assert.Contains(message, Box(grid, "grid-search").TextContent), TimeSpan.FromSeconds(5));
        Assert.Equal(3, grid.FindAll("tbody tr.mud-table-row").Count);
        // The download offered is still the accepted search's.
        Assert.EndsWith("search=HOOD-NAV", grid.Find("a[href*='downloads/inventory.csv']").GetAttribute("href"));
    }

    [Theory]
    [MemberData(nameof(BadSearches))]
    public async Task Products_BadSearch_ShowsTheMessageAtTheBox(string search, string message)
    {
        await using var ctx = await ComponentTestContext.CreateAsync(engine, "warehouse@test", Roles.WarehouseManager);
        await ctx.Get<DemoDataSeeder>().SeedAsync();
        ctx.Bunit.Render<MudPopoverProvider>();
        var page = ctx.Bunit.Render<Products>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("tbody tr.mud-table-row")), TimeSpan.FromSeconds(5));
        var rows = page.FindAll("tbody tr.mud-table-row").Count;

        page.Find("input[data-testid=products-search]").Input(search);

        page.WaitForAssertion(() => Assert.Contains(message, Box(page, "products-search").TextContent), TimeSpan.FromSeconds(5));
        Assert.Equal(rows, page.FindAll("tbody tr.mud-table-row").Count);
    }

    [Theory]
    [MemberData(nameof(BadSearches))]
    public async Task Orders_BadSearch_ShowsTheMessageAtTheBox(string search, string message)
    {
        await using var ctx = await ComponentTestContext.CreateAsync(engine, "warehouse@test", Roles.WarehouseManager);
        ctx.Bunit.Render<MudPopoverProvider>();
        var page = ctx.Bunit.Render<OrderList>();

        page.Find("input[data-testid=orders-search]").Input(search);

        page.WaitForAssertion(() => Assert.Contains(message, Box(page, "orders-search").TextContent), TimeSpan.FromSeconds(5));
    }

    private static AngleSharp.Dom.IElement Box<T>(IRenderedComponent<T> page, string testId) where T : IComponent =>
        page.Find($"input[data-testid={testId}]").Closest(".mud-input-control")!;
}
