#if POSTGRESQL
using System.Diagnostics;
using InventoryAdmin.Identity;
using InventoryAdmin.Tests.Api.Inventory;
using InventoryAdmin.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace InventoryAdmin.Tests.Instances;

/// <summary>A browser signed in on instance B sees a count made through instance A, without reloading, within a second.</summary>
public sealed class SeveralInstancesBrowserTests(TwoInstances instances, ITestOutputHelper output) : IClassFixture<TwoInstances>, IAsyncLifetime
{
    private const string Sku = "TSHI-BLA-001";
    private BrowserSession watcher = default!;

    public async Task InitializeAsync() => watcher = await BrowserSession.StartAsync(instances.B.ClientOptions.BaseAddress, "instances-b", width: 1440, height: 900);

    public async Task DisposeAsync() => await watcher.DisposeAsync();

    [Fact]
    public async Task CountThroughA_ShowsInTheGridOnB_InUnderASecond()
    {
        await watcher.SignInAsync("admin@demo.local", IdentityBootstrap.DemoPassword);
        // The search comes in the link (the grid's URL state): typing it into the box on PostgreSQL sometimes leaves the
        // grid unfiltered, an open fault of its own (README, Tests) that this test is not about.
        await watcher.OpenAsync("/inventory?q=" + Sku);
        var row = watcher.Page.GetByTestId("inventory-grid").Locator("tr", new() { HasText = "DC-East" }).Filter(new() { HasText = Sku });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).Not.ToContainTextAsync("4,321");
        var arrange = await InventoryArrange.CreateAsync(instances.A);

        var sent = Stopwatch.GetTimestamp();
        await arrange.RefreshAsync(new { sku = Sku, locationCode = "DC-East", quantity = 4321 });
        await Expect(row).ToContainTextAsync("4,321", new() { Timeout = 10_000 });
        var seen = Stopwatch.GetElapsedTime(sent);

        output.WriteLine($"A's count (its HTTP round trip included) shown in the browser on B after {seen.TotalMilliseconds:F0} ms");
        await watcher.ScreenshotAsync("seen-on-b");
        Assert.True(seen < TimeSpan.FromSeconds(1), $"B's grid showed A's count after {seen.TotalMilliseconds:F0} ms.");
    }
}
#endif
