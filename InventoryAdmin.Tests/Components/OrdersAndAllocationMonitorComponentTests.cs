using System.Globalization;
using AngleSharp.Dom;
using Bunit;
using InventoryAdmin.Components.Pages.Allocations;
using InventoryAdmin.Components.Pages.Orders;
using InventoryAdmin.Components.Shared;
using InventoryAdmin.Domain.Model.Ledger;
using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Domain.Store;
using InventoryAdmin.Identity;
using InventoryAdmin.Tests.Support;
using Microsoft.EntityFrameworkCore;
using MudBlazor;

namespace InventoryAdmin.Tests.Components;

/// <summary>
/// The allocation monitor, the orders list, the order page and its settle dialog over orders placed through the
/// order service: the aggregate adds up, warnings show for old allocations, only staff can settle, bad quantities are flagged.
/// </summary>
public class OrdersAndAllocationMonitorComponentTests
{
    private readonly DatabaseProvider engine;

    public OrdersAndAllocationMonitorComponentTests()
        : this(DatabaseProvider.Sqlite)
    {
    }

    /// <summary>The same tests on another engine (see the PostgreSQL subclass).</summary>
    protected OrdersAndAllocationMonitorComponentTests(DatabaseProvider engine) => this.engine = engine;

    private static readonly Actor Channel = new("web-shop", MovementSource.Api);
    private static readonly Actor Manager = new("warehouse@test", MovementSource.Ui);
    private static readonly TimeSpan WaitLong = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Monitor_AggregateRowEqualsTheSumOfTheLocationRows()
    {
        await using var ctx = await ComponentTestContext.CreateAsync(engine, "warehouse@test", Roles.WarehouseManager);
        await ArrangeAsync(ctx);
        ctx.Bunit.Render<MudPopoverProvider>();

        var page = ctx.Bunit.Render<AllocationMonitor>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=monitor-row]").Count), WaitLong);
        var rows = page.FindAll("[data-testid=monitor-row]");
        var aggregate = page.Find("[data-testid=monitor-aggregate]");
        foreach (var column in new[] { "open", "units", "unsent", "unacknowledged" })
            Assert.Equal(rows.Sum(r => Number(r, column)), Number(aggregate, column));
        Assert.Equal(94, Number(aggregate, "units"));
        Assert.Equal((35, 59), (Number(Row(page, "Retailer2"), "units"), Number(Row(page, "DC-East"), "units")));
        Assert.Equal(2, Number(aggregate, "open"));
        // The idle location is left out of the rows; it adds nothing to the aggregate.
        Assert.DoesNotContain(rows, r => r.GetAttribute("data-location") == "Store-X");
    }

    [Fact]
    public async Task Monitor_OldUnsentAllocation_ShowsItsAgeAndAWarningChip_OnlyForItsLocation()
    {
        await using var ctx = await ComponentTestContext.CreateAsync(engine, "warehouse@test", Roles.WarehouseManager);
        await ArrangeAsync(ctx);
        await ctx.Get<AllocationMonitorService>().PullAsync("DC-East");
        await using (var db = await ctx.Get<IDbContextFactory<InventoryDbContext>>().CreateDbContextAsync())
        {
            var store = await db.Locations.SingleAsync(l => l.Code == "Retailer2");
            var old = DateTime.UtcNow - TimeSpan.FromMinutes(125);
            await db.Allocations.Where(a => a.LocationId == store.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.CreatedAtUtc, old));
        }

        ctx.Bunit.Render<MudPopoverProvider>();
        var page = ctx.Bunit.Render<AllocationMonitor>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=monitor-row]").Count), WaitLong);
        var store2 = Row(page, "Retailer2");
        Assert.Equal("2 h 5 min", store2.QuerySelector("[data-col=oldest]")!.TextContent.Trim());
        Assert.Contains("Unsent for 2 h 5 min", store2.QuerySelector("[data-testid=warn-unsent]")!.TextContent);
        var dc = Row(page, "DC-East");
        Assert.Null(dc.QuerySelector("[data-testid=warn-unsent]"));
        Assert.Contains("On time", dc.TextContent);
        Assert.Equal((1, 1), (Number(dc, "unacknowledged"), Number(page.Find("[data-testid=monitor-aggregate]"), "unacknowledged")));
        Assert.NotNull(page.Find("[data-testid=monitor-aggregate]").QuerySelector("[data-testid=warn-unsent]"));
    }

    [Fact]
    public async Task Monitor_ListsUnallocatedItems_LinkedToTheirOrder_AndTheSearchNarrowsThem()
    {
        await using var ctx = await ComponentTestContext.CreateAsync(engine, "warehouse@test", Roles.WarehouseManager);
        await ArrangeAsync(ctx);
        await ctx.Get<OrderService>().CreateAsync(new OrderRequest("W-3", "web", false, [new OrderItemRequest("1", "TEE-1", 7, null, null)]), Channel);
        ctx.Bunit.Render<MudPopoverProvider>();

        var page = ctx.Bunit.Render<AllocationMonitor>();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=unallocated-order]")), WaitLong);
        var link = page.Find("[data-testid=unallocated-order]");
        Assert.Equal(("W-3", "orders/W-3"), (link.TextContent.Trim(), link.GetAttribute("href")));
        page.Find("input[data-testid=unallocated-search]").Input("nothing-like-this");
        page.WaitForAssertion(() => Assert.Contains("No unallocated item has an order id or SKU containing", page.Find("[data-testid=unallocated-empty]").TextContent),
            WaitLong);
    }

    [Fact]
    public async Task Monitor_WithoutOrders_SaysThereIsNothingOpen()
    {
        await using var ctx = await ComponentTestContext.CreateAsync(engine, "merch@test", Roles.Merchandiser);
        ctx.Bunit.Render<MudPopoverProvider>();

        var page = ctx.Bunit.Render<AllocationMonitor>();

        page.WaitForAssertion(() => Assert.Contains("No open allocations", page.Find("[data-testid=monitor-empty]").TextContent), WaitLong);
        Assert.Contains("Nothing unallocated", page.Find("[data-testid=unallocated-empty]").TextContent);
    }

    [Fact]
    public async Task OrderList_ShowsTheOrdersWithTheirStatusAndLinks()
    {
        await using var ctx = await ComponentTestContext.CreateAsync(engine, "merch@test", Roles.Merchandiser);
        await ArrangeAsync(ctx);
        ctx.Bunit.Render<MudPopoverProvider>();

        var page = ctx.Bunit.Render<OrderList>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=order-link]").Count), WaitLong);
        Assert.Equal(["W-2", "W-1"], page.FindAll("[data-testid=order-link]").Select(l => l.TextContent.Trim()));
        Assert.All(page.FindAll("[data-testid=order-status]"), s => Assert.Equal("allocated", s.GetAttribute("data-status")));
    }

    [Fact]
    public async Task OrderPage_ForAMerchandiser_HasNoFulfilOrCancelButtons()
    {
        await using var ctx = await ComponentTestContext.CreateAsync(engine, "merch@test", Roles.Merchandiser);
        await ArrangeAsync(ctx);
        ctx.Bunit.Render<MudPopoverProvider>();

        var page = ctx.Bunit.Render<OrderPage>(p => p.Add(x => x.ExternalId, "W-1"));

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=allocation-row]")), WaitLong);
        Assert.Contains("Retailer2", page.Find("[data-testid=allocation-row]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=fulfil-allocation]"));
        Assert.Empty(page.FindAll("[data-testid=cancel-allocation]"));
        Assert.Empty(page.FindAll("[data-testid=fulfil-all]"));
        Assert.Empty(page.FindAll("[data-testid=cancel-all]"));
    }

    [Fact]
    public async Task OrderPage_ForAWarehouseManager_HasTheButtons()
    {
        await using var ctx = await ComponentTestContext.CreateAsync(engine, "warehouse@test", Roles.WarehouseManager);
        await ArrangeAsync(ctx);
        ctx.Bunit.Render<MudPopoverProvider>();

        var page = ctx.Bunit.Render<OrderPage>(p => p.Add(x => x.ExternalId, "W-1"));

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=fulfil-allocation]")), WaitLong);
        Assert.Single(page.FindAll("[data-testid=cancel-allocation]"));
        Assert.Single(page.FindAll("[data-testid=fulfil-all]"));
        Assert.Single(page.FindAll("[data-testid=cancel-all]"));
    }

    [Fact]
    public async Task OrderPage_UnknownId_SaysSo()
    {
        await using var ctx = await ComponentTestContext.CreateAsync(engine, "warehouse@test", Roles.WarehouseManager);

        var page = ctx.Bunit.Render<OrderPage>(p => p.Add(x => x.ExternalId, "NOPE-1"));

        page.WaitForAssertion(() => Assert.Contains("There is no order 'NOPE-1'", page.Find("[data-testid=order-problem]").TextContent), WaitLong);
    }

    [Fact]
    public async Task SettleDialog_QuantityAboveOpen_IsFlaggedAndTheButtonStaysDisabled()
    {
        await using var ctx = await ComponentTestContext.CreateAsync(engine, "warehouse@test", Roles.WarehouseManager);
        var allocation = new AllocationDto(7, "DC-East", new Dictionary<string, string>(), 8, 2, 1, 0, DateTime.UtcNow, null, null);
        var (dialog, reference) = await ctx.ShowDialogAsync(Parameters(allocation, fulfil: true));

        Assert.Equal("5", dialog.Find("input[data-testid=settle-quantity]").GetAttribute("value"));
        Assert.False(dialog.Find("[data-testid=settle-next]").HasAttribute("disabled"));
        dialog.Find("input[data-testid=settle-quantity]").Input("6");
        dialog.Find("input[data-testid=settle-quantity]").Blur();

        dialog.WaitForAssertion(() =>
        {
            Assert.Contains("Only 5 open; fulfil 1 to 5.", dialog.Markup);
            Assert.True(dialog.Find("[data-testid=settle-next]").HasAttribute("disabled"));
        });
        dialog.Find("input[data-testid=settle-quantity]").Input("0");
        dialog.WaitForAssertion(() => Assert.Contains("Fulfil at least 1 unit.", dialog.Markup));
        Assert.True(dialog.Find("[data-testid=settle-next]").HasAttribute("disabled"));
        Assert.False(reference.Result.IsCompleted);
    }

    [Fact]
    public async Task SettleDialog_CancelPartAfterConfirming_ReleasesThoseUnits()
    {
        await using var ctx = await ComponentTestContext.CreateAsync(engine, "warehouse@test", Roles.WarehouseManager);
        await ArrangeAsync(ctx);
        var allocation = (await ctx.Get<OrderService>().GetAsync("W-1")).Items[0].Allocations[0];
        var (dialog, reference) = await ctx.ShowDialogAsync(Parameters(allocation, fulfil: false));

        dialog.Find("input[data-testid=settle-quantity]").Input("5");
        await dialog.InvokeAsync(() => dialog.Find("[data-testid=settle-next]").Click());
        dialog.WaitForAssertion(() => Assert.Contains("5 unit(s)", dialog.Find("[data-testid=settle-confirm-text]").TextContent));
        Assert.False(reference.Result.IsCompleted);
        await dialog.InvokeAsync(() => dialog.Find("[data-testid=settle-confirm]").Click());

        var result = await reference.Result.WaitAsync(WaitLong);
        var updated = Assert.IsType<OrderDto>(result!.Data).Items[0].Allocations[0];
        Assert.Equal((5, 30), (updated.Cancelled, updated.Open));
        Assert.Equal(30, (await ctx.Get<AllocationMonitorService>().MonitorAsync("Retailer2")).Aggregate.Units);
    }

    [Fact]
    public async Task SettleDialog_RefusedByTheService_ShowsTheMessageAndStaysOpen()
    {
        await using var ctx = await ComponentTestContext.CreateAsync(engine, "warehouse@test", Roles.WarehouseManager);
        await ArrangeAsync(ctx);
        var allocation = (await ctx.Get<OrderService>().GetAsync("W-1")).Items[0].Allocations[0];
        // Someone else cancels all but 2 while the dialog is open with the old figures.
        await ctx.Get<OrderService>().CancelAsync("W-1", null, [new SettleLine(allocation.Id, 33)], Manager);
        var (dialog, reference) = await ctx.ShowDialogAsync(Parameters(allocation, fulfil: false));

        dialog.Find("input[data-testid=settle-quantity]").Input("10");
        await dialog.InvokeAsync(() => dialog.Find("[data-testid=settle-next]").Click());
        await dialog.InvokeAsync(() => dialog.Find("[data-testid=settle-confirm]").Click());

        dialog.WaitForAssertion(() => Assert.Contains("has 2 open", dialog.Find("[data-testid=settle-error]").TextContent), WaitLong);
        Assert.False(reference.Result.IsCompleted);
    }

    [Theory]
    [InlineData(20, "< 1 min")]
    [InlineData(45 * 60, "45 min")]
    [InlineData(2 * 3600, "2 h")]
    [InlineData(2 * 3600 + 5 * 60 + 30, "2 h 5 min")]
    [InlineData(3 * 86400 + 4 * 3600 + 10 * 60, "3 d 4 h")]
    public void Age_ReadsLikeAMonitor(int seconds, string expected) => Assert.Equal(expected, Age.Format(TimeSpan.FromSeconds(seconds)));

    /// <summary>Retailer2 (35 units), DC-East (59) and Store-X (none) with one product; orders W-1 (35 at Retailer2) and W-2 (59 at DC-East).</summary>
    private static async Task ArrangeAsync(ComponentTestContext ctx)
    {
        var catalogue = ctx.Get<CatalogueService>();
        await catalogue.PutLocationAsync("Retailer2", "Retailer 2", 10, false);
        await catalogue.PutLocationAsync("DC-East", "DC East", 20, false);
        await catalogue.PutLocationAsync("Store-X", "Store X", 5, false);
        await catalogue.PutProductAsync("TEE-1", "Tee", null, null);
        await ctx.Get<StockService>().RefreshAsync(
            [new StockLine("TEE-1", null, "Retailer2", null, 35, "Count"), new StockLine("TEE-1", null, "DC-East", null, 59, "Count")], Manager);
        var orders = ctx.Get<OrderService>();
        await orders.CreateAsync(new OrderRequest("W-1", "web", false, [new OrderItemRequest("1", "TEE-1", 35, null, "Retailer2")]), Channel);
        await orders.CreateAsync(new OrderRequest("W-2", "web", false, [new OrderItemRequest("1", "TEE-1", 59, null, "DC-East")]), Channel);
    }

    private static DialogParameters<SettleDialog> Parameters(AllocationDto allocation, bool fulfil) => new()
    {
        { d => d.Fulfil, fulfil },
        { d => d.ExternalId, "W-1" },
        { d => d.Source, "web" },
        { d => d.Sku, "TEE-1" },
        { d => d.Allocation, allocation },
        { d => d.Actor, Manager },
    };

    private static IElement Row(IRenderedComponent<AllocationMonitor> page, string location) =>
        page.FindAll("[data-testid=monitor-row]").Single(r => r.GetAttribute("data-location") == location);

    private static int Number(IElement row, string column) =>
        int.Parse(row.QuerySelector($"[data-col={column}]")!.TextContent.Trim(), NumberStyles.AllowThousands, CultureInfo.CurrentCulture);
}
