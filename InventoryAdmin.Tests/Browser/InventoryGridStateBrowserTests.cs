using System.Text.RegularExpressions;
using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Identity;
using InventoryAdmin.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InventoryAdmin.Tests.Browser;

/// <summary>The grid's search, filters, sort and page live in the URL: a filter starts on page 1, and Back, reload and a shared link restore the rows.</summary>
public class InventoryGridStateBrowserTests : IAsyncLifetime
{
    private readonly InventoryAppFactory app;
    private BrowserSession browser = default!;

    public InventoryGridStateBrowserTests()
        : this(null)
    {
    }

    /// <param name="postgreSqlDatabase">Run the app on PostgreSQL, on this (new) database of the test cluster (see the PostgreSQL subclass).</param>
    protected InventoryGridStateBrowserTests(string? postgreSqlDatabase) => app = new InventoryAppFactory(seedDemo: true, realServer: true, postgreSqlDatabase: postgreSqlDatabase);

    public async Task InitializeAsync()
    {
        app.StartServer();
        browser = await BrowserSession.StartAsync(app.ClientOptions.BaseAddress, app.ScreenshotPrefix("grid-state"), width: 1440, height: 900);
        await browser.SignInAsync("admin@demo.local", IdentityBootstrap.DemoPassword);
    }

    public async Task DisposeAsync()
    {
        await browser.DisposeAsync();
        await app.DisposeAsync();
    }

    [Fact]
    public async Task FilterFromPageTwo_StartsOnPageOne_AndBackAndReloadRestoreTheGrid()
    {
        var page = browser.Page;
        var total = await TotalAsync(new GridQuery());
        Assert.Equal(54, await TotalAsync(new GridQuery(LocationCode: "DC-East")));
        await browser.OpenAsync("/inventory");
        await Expect(Caption(page)).ToHaveTextAsync($"1-25 of {total}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Next page" }).ClickAsync();
        await Expect(Caption(page)).ToHaveTextAsync($"26-50 of {total}");
        await Expect(page).ToHaveURLAsync(new Regex(@"/inventory\?page=2$"));

        // Choosing a location from page 2 shows the first page of that location's rows (it used to read "26-50 of 54").
        await ChooseAsync(page, "Location", "DC-East — East distribution centre");
        await Expect(Caption(page)).ToHaveTextAsync("1-25 of 54");
        await Expect(page).ToHaveURLAsync(new Regex(@"/inventory\?location=DC-East$"));

        // Sort by On Hand, largest first, then go to page 2: all of it is in the URL.
        var onHand = page.GetByTestId("inventory-grid").Locator("th", new() { HasText = "On Hand" });
        await onHand.Locator(".sortable-column-header").ClickAsync();
        await onHand.Locator(".sortable-column-header").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("sort=OnHand&dir=desc"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Next page" }).ClickAsync();
        await Expect(Caption(page)).ToHaveTextAsync("26-50 of 54");
        await Expect(page).ToHaveURLAsync(new Regex(@"/inventory\?location=DC-East&sort=OnHand&dir=desc&page=2$"));
        var rowsBefore = await SkusAsync(page);
        Assert.Equal(25, rowsBefore.Count);
        Assert.True(OnHands(await page.GetByTestId("inventory-grid").Locator("tbody tr.mud-table-row").AllInnerTextsAsync()) is var figures
                    && figures.SequenceEqual(figures.OrderDescending()), "Rows are sorted by On Hand, largest first.");
        await browser.ScreenshotAsync("1-filtered-sorted-page-2");

        // Open a product, then Back: the same filter, sort, page and rows.
        await page.GetByTestId("inventory-grid").Locator("tbody tr.mud-table-row a").First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/inventory/" + Regex.Escape(Uri.EscapeDataString(rowsBefore[0])) + "$"));
        await Expect(page.GetByTestId("movement-history")).ToBeVisibleAsync();
        await page.GoBackAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/inventory\?location=DC-East&sort=OnHand&dir=desc&page=2$"));
        await ExpectRestoredAsync(page, rowsBefore);
        await browser.ScreenshotAsync("2-after-back");

        // Reload (or a shared link): the same again.
        await page.ReloadAsync();
        await Expect(page.Locator("[data-interactive]").First).ToHaveAttributeAsync("data-interactive", "true");
        await ExpectRestoredAsync(page, rowsBefore);

        // A search goes back to page 1 and joins the URL.
        await page.Locator("input[data-testid=grid-search]").FillAsync("HOOD");
        await Expect(Caption(page)).ToHaveTextAsync("1-5 of 5");
        await Expect(page).ToHaveURLAsync(new Regex(@"/inventory\?q=HOOD&location=DC-East&sort=OnHand&dir=desc$"));
    }

    [Fact]
    public async Task SharedLinkWithASegmentAndPageSize_OpensThatView()
    {
        var page = browser.Page;
        await browser.OpenAsync("/inventory?segment=Channel:Amazon&size=50");
        await Expect(page.GetByTestId("segment-figures-label")).ToHaveTextAsync("Figures for Channel = Amazon");
        await Expect(Caption(page)).ToContainTextAsync("1-50 of");
        await Expect(page.GetByTestId("inventory-grid").Locator("tbody tr.mud-table-row")).ToHaveCountAsync(50);
        await browser.ScreenshotAsync("3-shared-segment-link");

        // The expanded row marks the Amazon segments and totals them beside the total of all.
        await browser.OpenAsync("/inventory?q=JACK-RED-033&location=DC-East&segment=Channel:Amazon");
        var row = page.GetByTestId("inventory-grid").Locator("tbody tr.mud-table-row");
        await Expect(row).ToHaveCountAsync(1);
        await row.GetByRole(AriaRole.Button, new() { Name = "Expand group" }).ClickAsync();
        await Expect(page.GetByTestId("segments-matching-total")).ToContainTextAsync("Total of Channel = Amazon");
        await Expect(page.Locator("[data-testid=segment-row][data-match=true]")).ToHaveCountAsync(2);
        await browser.ScreenshotAsync("4-filtered-expansion", page.GetByTestId("inventory-grid"));

        // A link to something that is not there opens all rows instead of failing.
        await browser.OpenAsync("/inventory?location=Nowhere&segment=Channel:Nope&sort=Colour&page=-4&size=7");
        await Expect(Caption(page)).ToHaveTextAsync($"1-25 of {await TotalAsync(new GridQuery())}");
        await Expect(page.GetByTestId("segment-figures-label")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task BeforeTheCircuitStarts_ThePagerSaysLoading_NotZeroOfZero()
    {
        // Without script the page stays as prerendered: what a user sees until the first page of rows arrives.
        await using var still = await BrowserSession.StartAsync(app.ClientOptions.BaseAddress, app.ScreenshotPrefix("grid-prerender"), width: 1440, height: 900, javaScript: false);
        await still.SignInAsync("admin@demo.local", IdentityBootstrap.DemoPassword);
        await still.Page.GotoAsync("/inventory");
        await Expect(still.Page.GetByTestId("pager-loading")).ToContainTextAsync("Loading");
        await Expect(still.Page.GetByTestId("inventory-grid")).Not.ToContainTextAsync("0-0 of 0");
        await Expect(still.Page.GetByTestId("inventory-grid")).Not.ToContainTextAsync("No inventory matches");
        await still.ScreenshotAsync("1-loading");

        await still.Page.GotoAsync("/orders");
        await Expect(still.Page.GetByTestId("pager-loading")).ToContainTextAsync("Loading");
        await Expect(still.Page.GetByTestId("orders-table")).Not.ToContainTextAsync("0-0 of 0");
        await Expect(still.Page.GetByTestId("orders-table")).Not.ToContainTextAsync("No orders");
    }

    private static async Task ExpectRestoredAsync(IPage page, IReadOnlyList<string> rows)
    {
        await Expect(Caption(page)).ToHaveTextAsync("26-50 of 54");
        await Expect(Select(page, "Location").Locator("input").First).ToHaveValueAsync("DC-East");
        await Expect(page.GetByTestId("inventory-grid").Locator("th", new() { HasText = "On Hand" }).Locator(".sort-direction-icon.mud-direction-desc"))
            .ToHaveCountAsync(1);
        await Expect(page.GetByTestId("inventory-grid").Locator("tbody tr.mud-table-row a").First).ToHaveTextAsync(rows[0]);
        Assert.Equal(rows, await SkusAsync(page));
    }

    private async Task<int> TotalAsync(GridQuery query) => (await app.Services.GetRequiredService<InventoryQueryService>().GridAsync(query)).Total;

    private static ILocator Caption(IPage page) =>
        page.GetByTestId("inventory-grid").Locator(".mud-table-pagination-caption").Last;

    private static ILocator Select(IPage page, string label) =>
        page.GetByTestId("inventory-grid").Locator(".mud-input-control.mud-select", new() { HasText = label });

    private static async Task ChooseAsync(IPage page, string label, string option)
    {
        await Select(page, label).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = option }).ClickAsync();
    }

    private static async Task<IReadOnlyList<string>> SkusAsync(IPage page) =>
        (await page.GetByTestId("inventory-grid").Locator("tbody tr.mud-table-row a").AllInnerTextsAsync()).Select(s => s.Trim()).ToList();

    /// <summary>The On Hand column (the fourth figure from the right of each row's text: On Hand, Locked, Allocated, Available).</summary>
    private static List<int> OnHands(IEnumerable<string> rowTexts) => rowTexts
        .Select(t => t.Split(['\t', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(c => int.TryParse(c, System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture, out _)).ToList())
        .Select(cells => int.Parse(cells[^4], System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture))
        .ToList();
}
