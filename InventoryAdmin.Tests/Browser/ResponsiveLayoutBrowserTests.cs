using InventoryAdmin.Identity;
using InventoryAdmin.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InventoryAdmin.Tests.Browser;

/// <summary>
/// The main pages at a phone's width (390 × 844) and at a desktop's (1440 × 900): nothing wider than the screen, the app bar's
/// user actions in a menu on the phone, and numeric column headers aligned with their right-aligned numbers.
/// </summary>
public class ResponsiveLayoutBrowserTests : IAsyncLifetime
{
    private const string Sku = "TSHI-BLA-001";

    private static readonly (string Name, string Path)[] MainPages =
    [
        ("overview", "/"),
        ("inventory", "/inventory"),
        ("record", $"/inventory/{Sku}"),
        ("orders", "/orders"),
        ("allocations", "/allocations"),
        ("settings", "/settings/inventory"),
        ("alerts", "/alerts"),
        ("stock-rules", "/settings/stock-rules"),
        ("location", "/catalogue/locations/DC-East"),
    ];

    private readonly InventoryAppFactory app;

    public ResponsiveLayoutBrowserTests()
        : this(null)
    {
    }

    /// <param name="postgreSqlDatabase">Run the app on PostgreSQL, on this (new) database of the test cluster (see the PostgreSQL subclass).</param>
    protected ResponsiveLayoutBrowserTests(string? postgreSqlDatabase) => app = new InventoryAppFactory(seedDemo: true, realServer: true, postgreSqlDatabase: postgreSqlDatabase);

    public Task InitializeAsync()
    {
        app.StartServer();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task AtPhoneWidth_NoMainPageIsWiderThanTheScreen()
    {
        await using var phone = await BrowserSession.StartAsync(app.ClientOptions.BaseAddress, app.ScreenshotPrefix("phone"), width: 390, height: 844);
        await phone.SignInAsync("admin@demo.local", IdentityBootstrap.DemoPassword);
        var tooWide = new List<string>();
        foreach (var (name, path) in MainPages)
        {
            await OpenLoadedAsync(phone, path);
            var width = await phone.Page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            if (width > 390) tooWide.Add($"{path}: {width} px");
            await phone.ScreenshotAsync(name, fullPage: false);
        }

        Assert.Empty(tooWide);
    }

    [Fact]
    public async Task AtPhoneWidth_TheUserAndSignOutAreInTheAppBarMenu()
    {
        await using var phone = await BrowserSession.StartAsync(app.ClientOptions.BaseAddress, app.ScreenshotPrefix("phone-menu"), width: 390, height: 844);
        await phone.SignInAsync("admin@demo.local", IdentityBootstrap.DemoPassword);
        await phone.OpenAsync("/inventory");
        var page = phone.Page;

        // The drawer does not open over the page on a phone; the menu button opens it.
        await Expect(page.Locator(".mud-drawer.mud-drawer--open")).ToHaveCountAsync(0);
        var account = page.GetByRole(AriaRole.Button, new() { Name = "Account" });
        await Expect(account).ToBeVisibleAsync();
        var box = await account.BoundingBoxAsync();
        Assert.True(box is { } b && b.X >= 0 && b.X + b.Width <= 390, $"The account button is on screen (at {box?.X} + {box?.Width}).");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeHiddenAsync();

        await account.ClickAsync();
        await Expect(page.GetByTestId("account-menu")).ToContainTextAsync("admin@demo.local");
        await Expect(page.GetByTestId("account-menu")).ToContainTextAsync("Admin");
        var signOut = page.GetByTestId("account-menu").GetByRole(AriaRole.Button, new() { Name = "Sign out" });
        await Expect(signOut).ToBeVisibleAsync();
        await phone.ScreenshotAsync("open");

        await signOut.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/Account/Login", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AtDesktopWidth_NumericHeadersLineUpWithTheirNumbers()
    {
        await using var desktop = await BrowserSession.StartAsync(app.ClientOptions.BaseAddress, app.ScreenshotPrefix("desktop"), width: 1440, height: 900);
        await desktop.SignInAsync("admin@demo.local", IdentityBootstrap.DemoPassword);
        var misaligned = new List<string>();
        var checkedColumns = new List<string>();
        foreach (var (name, path) in MainPages)
        {
            await OpenLoadedAsync(desktop, path);
            await desktop.ScreenshotAsync(name);
            foreach (var column in await desktop.Page.EvaluateAsync<NumericColumn[]>(MeasureNumericColumns))
            {
                checkedColumns.Add($"{path} {column.Title}");
                if (Math.Abs(column.Header - column.Cell) > 2) misaligned.Add($"{path} '{column.Title}': header ends at {column.Header:0}, numbers at {column.Cell:0}");
            }
        }

        Assert.Empty(misaligned);
        foreach (var expected in new[] { "/inventory On Hand", "/inventory Available", "/orders Units", "/allocations Units", $"/inventory/{Sku} Change" })
            Assert.Contains(expected, checkedColumns);
    }

    /// <summary>Opens a page and waits for its rows, so the screenshot and the measures see the loaded page.</summary>
    private static async Task OpenLoadedAsync(BrowserSession session, string path)
    {
        var page = session.Page;
        await session.OpenAsync(path);
        await Expect(page.Locator(".mud-main-content h4, .mud-main-content h5").First).ToBeVisibleAsync();
        if (path == "/inventory") await Expect(page.Locator("[data-testid=inventory-grid] tbody tr.mud-table-row").First).ToBeVisibleAsync();
        if (path.StartsWith("/inventory/", StringComparison.Ordinal)) await Expect(page.Locator("[data-testid=movement-history] tbody tr").First).ToBeVisibleAsync();
        if (path == "/orders") await Expect(page.GetByTestId("order-link").First).ToBeVisibleAsync();
        await Expect(page.GetByTestId("pager-loading")).ToHaveCountAsync(0);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    /// <summary>Per table: each header cell marked numeric, where its title's text ends and where the first row's number in that column ends.</summary>
    private const string MeasureNumericColumns = """
        () => {
          const textRight = el => {
            const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
            let right = null;
            while (walker.nextNode()) {
              if (!walker.currentNode.textContent.trim()) continue;
              const range = document.createRange();
              range.selectNodeContents(walker.currentNode);
              const box = range.getBoundingClientRect();
              if (box.width > 0) right = Math.max(right ?? -1e9, box.right);
            }
            return right;
          };
          const out = [];
          for (const table of document.querySelectorAll('.mud-main-content table')) {
            const heads = [...table.querySelectorAll(':scope > thead > tr > th')];
            const row = [...table.querySelectorAll(':scope > tbody > tr')].find(r => r.children.length === heads.length);
            if (!row) continue;
            heads.forEach((th, i) => {
              if (!th.classList.contains('num')) return;
              const header = textRight(th), cell = textRight(row.children[i]);
              if (header !== null && cell !== null) out.push({ title: th.innerText.trim(), header, cell });
            });
          }
          return out;
        }
        """;

    private sealed class NumericColumn
    {
        public string Title { get; set; } = "";

        public double Header { get; set; }

        public double Cell { get; set; }
    }
}
