using System.Globalization;
using InventoryAdmin.Domain.Model.Ledger;
using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Identity;
using InventoryAdmin.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InventoryAdmin.Tests.Browser;

/// <summary>
/// Two orders placed through the order service at two demo locations: the allocation monitor's aggregate is the sum of
/// its rows; a warehouse manager cancels part of one allocation (with its confirmation step) and fulfils the other order
/// (with a message box), and a monitor open in another browser follows without a reload.
/// </summary>
public class OrdersAndAllocationMonitorBrowserTests : IAsyncLifetime
{
    private const string Store = "Retailer2";
    private const string Dc = "DC-East";
    private const int StoreUnits = 35;
    private const int DcUnits = 59;
    private static readonly Actor WebShop = new("web-shop", MovementSource.Api);

    private readonly InventoryAppFactory app;
    private BrowserSession manager = default!;
    private BrowserSession watcher = default!;

    public OrdersAndAllocationMonitorBrowserTests()
        : this(null)
    {
    }

    /// <param name="postgreSqlDatabase">Run the app on PostgreSQL, on this (new) database of the test cluster (see the PostgreSQL subclass).</param>
    protected OrdersAndAllocationMonitorBrowserTests(string? postgreSqlDatabase) => app = new InventoryAppFactory(seedDemo: true, realServer: true, postgreSqlDatabase: postgreSqlDatabase);

    public async Task InitializeAsync()
    {
        app.StartServer();
        manager = await BrowserSession.StartAsync(app.ClientOptions.BaseAddress, app.ScreenshotPrefix("orders-manager"));
        watcher = await BrowserSession.StartAsync(app.ClientOptions.BaseAddress, app.ScreenshotPrefix("orders-watcher"));
    }

    public async Task DisposeAsync()
    {
        await manager.DisposeAsync();
        await watcher.DisposeAsync();
        await app.DisposeAsync();
    }

    [Fact]
    public async Task MonitorAddsUp_AndFollowsACancelAndAFulfilLive()
    {
        var orders = app.Services.GetRequiredService<OrderService>();
        // The demo's own orders are cancelled first, so the monitor shows only this test's.
        foreach (var demo in (await orders.ListAsync(null, null, 1, 100)).Items)
            await orders.CancelAsync(demo.ExternalId, demo.Source, null, WebShop);
        var sku = await DemoSkuAvailableAtBothAsync();
        await orders.CreateAsync(new OrderRequest("UI-1001", "web", false, [new OrderItemRequest("1", sku, StoreUnits, null, Store)]), WebShop);
        await orders.CreateAsync(new OrderRequest("UI-1002", "web", false, [new OrderItemRequest("1", sku, DcUnits, null, Dc)]), WebShop);
        // More than any location holds: stays unallocated with a reason.
        await orders.CreateAsync(new OrderRequest("UI-1003", "marketplace", false, [new OrderItemRequest("1", sku, 5000, null, null)]), WebShop);

        // The DC's POS pulled its allocation 45 min ago and has not acknowledged it; the store's has waited 2 h 5 min unsent.
        await app.Services.GetRequiredService<AllocationMonitorService>().PullAsync(Dc);
        await AgeAllocationsAsync(Store, created: TimeSpan.FromMinutes(125), sent: null);
        await AgeAllocationsAsync(Dc, created: TimeSpan.FromMinutes(50), sent: TimeSpan.FromMinutes(45));

        // The watcher keeps the monitor open for the whole test.
        await watcher.SignInAsync("admin@demo.local", IdentityBootstrap.DemoPassword);
        await watcher.OpenAsync("/allocations");
        var aggregate = watcher.Page.GetByTestId("monitor-aggregate");
        await Expect(watcher.Page.GetByTestId("monitor-row")).ToHaveCountAsync(2);
        var rowUnits = await watcher.Page.Locator("[data-testid=monitor-row] [data-col=units]").AllTextContentsAsync();
        var aggregateUnits = Number(await aggregate.Locator("[data-col=units]").TextContentAsync());
        Assert.Equal(rowUnits.Sum(Number), aggregateUnits);
        Assert.Equal(StoreUnits + DcUnits, aggregateUnits);
        await Expect(Cell(watcher, Store, "units")).ToHaveTextAsync(StoreUnits.ToString("N0"));
        await Expect(Cell(watcher, Dc, "units")).ToHaveTextAsync(DcUnits.ToString("N0"));
        await Expect(watcher.Page.GetByTestId("monitor-unallocated")).ToContainTextAsync("UI-1003");
        await Expect(Row(watcher, Store).GetByTestId("warn-unsent")).ToContainTextAsync("Unsent for 2 h 5 min");
        await Expect(Row(watcher, Store).GetByTestId("warn-unacknowledged")).ToHaveCountAsync(0);
        await Expect(Row(watcher, Dc).GetByTestId("warn-unacknowledged")).ToContainTextAsync("Not acknowledged for 45 min");
        await Expect(Row(watcher, Dc).GetByTestId("warn-unsent")).ToHaveCountAsync(0);
        await Expect(Cell(watcher, Dc, "unacknowledged")).ToHaveTextAsync("1");
        await Expect(aggregate.GetByTestId("warn-unsent")).ToHaveCountAsync(1);
        await Expect(aggregate.GetByTestId("warn-unacknowledged")).ToHaveCountAsync(1);
        await watcher.ScreenshotAsync("1-monitor");

        await manager.SignInAsync("warehouse@demo.local", IdentityBootstrap.DemoPassword);
        await manager.OpenAsync("/orders");
        // This test's three orders, newest first, above the demo's five (cancelled).
        await Expect(manager.Page.GetByTestId("order-link")).ToHaveCountAsync(8);
        await Expect(manager.Page.GetByTestId("order-link").First).ToHaveTextAsync("UI-1003");
        await manager.ScreenshotAsync("2-orders");

        // Cancel 10 of the store's 35: quantity, then the confirmation step.
        await manager.Page.GetByTestId("order-link").Filter(new() { HasText = "UI-1001" }).ClickAsync();
        await Expect(manager.Page.GetByTestId("order-header")).ToContainTextAsync("web");
        var allocation = manager.Page.GetByTestId("allocation-row");
        await Expect(allocation.Locator("[data-col=open]")).ToHaveTextAsync(StoreUnits.ToString("N0"));
        await manager.ScreenshotAsync("3-order");
        await allocation.GetByTestId("cancel-allocation").ClickAsync();
        var dialog = manager.Page.GetByTestId("settle-dialog");
        var quantity = manager.Page.Locator("input[data-testid=settle-quantity]");
        await Expect(quantity).ToHaveValueAsync(StoreUnits.ToString(CultureInfo.InvariantCulture));
        await quantity.FillAsync("36");
        await quantity.PressAsync("Tab");
        await Expect(dialog).ToContainTextAsync($"Only {StoreUnits} open; cancel 1 to {StoreUnits}.");
        await Expect(manager.Page.GetByTestId("settle-next")).ToBeDisabledAsync();
        await quantity.FillAsync("10");
        await quantity.PressAsync("Tab");
        await Expect(manager.Page.GetByTestId("settle-next")).ToBeEnabledAsync();
        await manager.ScreenshotAsync("4-settle-dialog");
        await manager.Page.GetByTestId("settle-next").ClickAsync();
        await Expect(manager.Page.GetByTestId("settle-confirm-text")).ToContainTextAsync("10 unit(s)");
        await manager.ScreenshotAsync("5-settle-confirm");
        await manager.Page.GetByTestId("settle-confirm").ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        await Expect(allocation.Locator("[data-col=cancelled]")).ToHaveTextAsync("10");
        await Expect(allocation.Locator("[data-col=open]")).ToHaveTextAsync((StoreUnits - 10).ToString("N0"));
        await Expect(manager.Page.GetByTestId("order-status")).ToHaveAttributeAsync("data-status", "inProgress");
        await manager.ScreenshotAsync("6-order-after-cancel");

        // The watcher's monitor was not reloaded.
        await Expect(Cell(watcher, Store, "units")).ToHaveTextAsync((StoreUnits - 10).ToString("N0"));
        await Expect(aggregate.Locator("[data-col=units]")).ToHaveTextAsync((StoreUnits - 10 + DcUnits).ToString("N0"));
        await watcher.ScreenshotAsync("7-monitor-after-cancel");

        // Fulfil everything open on the DC order, confirmed in a message box.
        await manager.OpenAsync("/orders/UI-1002");
        await manager.Page.GetByTestId("fulfil-all").ClickAsync();
        await Expect(manager.Page.GetByRole(AriaRole.Dialog)).ToContainTextAsync($"{DcUnits} open unit(s) in 1 allocation(s) are shipped");
        await manager.ScreenshotAsync("8-fulfil-all-confirm");
        await manager.Page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Fulfil all", Exact = true }).ClickAsync();
        await Expect(manager.Page.GetByTestId("order-status")).ToHaveAttributeAsync("data-status", "completed");
        await Expect(manager.Page.GetByTestId("fulfil-all")).ToHaveCountAsync(0);
        await manager.ScreenshotAsync("9-order-fulfilled");

        await Expect(watcher.Page.GetByTestId("monitor-row")).ToHaveCountAsync(1);
        await Expect(aggregate.Locator("[data-col=units]")).ToHaveTextAsync((StoreUnits - 10).ToString("N0"));
        await watcher.ScreenshotAsync("10-monitor-after-fulfil");

        // An order that does not exist gets a friendly message.
        await manager.OpenAsync("/orders/NO-SUCH-ORDER");
        await Expect(manager.Page.GetByTestId("order-problem")).ToContainTextAsync("There is no order 'NO-SUCH-ORDER'");
    }

    /// <summary>A demo SKU whose default segment (what an order without tags takes) has enough available at both locations.</summary>
    private async Task<string> DemoSkuAvailableAtBothAsync()
    {
        var query = app.Services.GetRequiredService<InventoryQueryService>();
        var records = (await query.ListAsync(null, null, 1, 100)).Items;
        int Available(RecordDto record, string location) => record.Locations.Where(l => l.LocationCode == location)
            .SelectMany(l => l.Segments).Where(s => s.Tags.GetValueOrDefault("Channel") == "Kibo" && s.Tags.GetValueOrDefault("OrderType") == "STH")
            .Sum(s => s.Available);
        var found = records.FirstOrDefault(r => Available(r, Store) >= StoreUnits && Available(r, Dc) >= DcUnits);
        Assert.True(found is not null, $"No demo product has {StoreUnits} available at {Store} and {DcUnits} at {Dc} in Kibo/STH.");
        return found.Sku;
    }

    /// <summary>Moves a location's allocations back in time (created, and sent when given), as if they had waited.</summary>
    private async Task AgeAllocationsAsync(string location, TimeSpan created, TimeSpan? sent)
    {
        await using var db = app.CreateDbContext();
        var id = await db.Locations.Where(l => l.Code == location).Select(l => l.Id).SingleAsync();
        var createdAt = DateTime.UtcNow - created;
        DateTime? sentAt = DateTime.UtcNow - sent;
        await db.Allocations.Where(a => a.LocationId == id).ExecuteUpdateAsync(s => s
            .SetProperty(a => a.CreatedAtUtc, createdAt)
            .SetProperty(a => a.SentAtUtc, a => sentAt ?? a.SentAtUtc));
    }

    private static ILocator Row(BrowserSession session, string location) =>
        session.Page.Locator($"[data-testid=monitor-row][data-location='{location}']");

    private static ILocator Cell(BrowserSession session, string location, string column) => Row(session, location).Locator($"[data-col={column}]");

    private static int Number(string? text) => int.Parse((text ?? "").Trim(), NumberStyles.AllowThousands, CultureInfo.GetCultureInfo("en-US"));
}
