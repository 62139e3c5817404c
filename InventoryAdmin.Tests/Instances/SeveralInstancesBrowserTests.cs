#if POSTGRESQL
using System.Diagnostics;
using InventoryAdmin.Identity;
using InventoryAdmin.Tests.Api.Inventory;
using InventoryAdmin.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace InventoryAdmin.Tests.Instances;

/// <summary>
/// A browser signed in on instance B sees a count made through instance A, without reloading. The goal is under a
/// second (README prints the figure); the assertion bound is generous (3 s), as the issue asks, because the whole
/// suite shares two cores with both instances and the browser.
/// </summary>
public sealed class SeveralInstancesBrowserTests(TwoInstances instances, ITestOutputHelper output) : IClassFixture<TwoInstances>, IAsyncLifetime
{
    private const string Sku = "TSHI-BLA-001";
    private static readonly TimeSpan GenerousBound = TimeSpan.FromSeconds(3);
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
        var committed = Stopwatch.GetElapsedTime(sent);
        await Expect(row).ToContainTextAsync("4,321", new() { Timeout = 10_000 });
        var seen = Stopwatch.GetElapsedTime(sent);

        output.WriteLine($"A's count shown in the browser on B {seen.TotalMilliseconds:F0} ms after the request was sent " +
                         $"({(seen - committed).TotalMilliseconds:F0} ms after A answered; goal < 1,000 ms)");
        await watcher.ScreenshotAsync("seen-on-b");
        Assert.True(seen < GenerousBound, $"B's grid showed A's count after {seen.TotalMilliseconds:F0} ms (bound {GenerousBound.TotalMilliseconds:F0} ms).");
    }
}
#endif
