using InventoryAdmin.Domain.Model.Ledger;
using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Services.Contracts;
using InventoryAdmin.Identity;
using InventoryAdmin.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InventoryAdmin.Tests.Browser;

/// <summary>
/// An admin scopes a redistribution to a drifted demo product, previews the moves, redistributes with a confirmation
/// and watches the progress bar reach 100 %; a second preview has nothing to move. A warehouse manager gets no page.
/// </summary>
public class RedistributionBrowserTests : IAsyncLifetime
{
    private const string Dc = "DC-East";
    private readonly InventoryAppFactory app;
    private BrowserSession admin = default!;
    private BrowserSession warehouse = default!;

    public RedistributionBrowserTests()
        : this(null)
    {
    }

    /// <param name="postgreSqlDatabase">Run the app on PostgreSQL, on this (new) database of the test cluster (see the PostgreSQL subclass).</param>
    protected RedistributionBrowserTests(string? postgreSqlDatabase) => app = new InventoryAppFactory(seedDemo: true, realServer: true, postgreSqlDatabase: postgreSqlDatabase);

    public async Task InitializeAsync()
    {
        app.StartServer();
        admin = await BrowserSession.StartAsync(app.ClientOptions.BaseAddress, app.ScreenshotPrefix("redistribution-admin"));
        warehouse = await BrowserSession.StartAsync(app.ClientOptions.BaseAddress, app.ScreenshotPrefix("redistribution-warehouse"));
    }

    public async Task DisposeAsync()
    {
        await admin.DisposeAsync();
        await warehouse.DisposeAsync();
        await app.DisposeAsync();
    }

    [Fact]
    public async Task AdminPreviewsAndRedistributes_TheProgressBarReaches100_AndASecondPreviewMovesNothing()
    {
        var sku = (await app.Services.GetRequiredService<InventoryQueryService>().GridAsync(new(LocationCode: Dc, PageSize: 1))).Items[0].Sku;
        // Amazon sold nothing while the other channels sold out: 40 extra units sit in Amazon/STH.
        await app.Services.GetRequiredService<StockService>().AdjustAsync(
            [new StockLine(sku, null, Dc, new Dictionary<string, string> { ["Channel"] = "Amazon", ["OrderType"] = "STH" }, 40)],
            new Actor("receiving", MovementSource.Api));

        await admin.SignInAsync("admin@demo.local", IdentityBootstrap.DemoPassword);
        await admin.OpenAsync("/redistribution");
        await Expect(admin.Page.GetByTestId("history-empty")).ToBeVisibleAsync();
        await admin.Page.GetByTestId("scope-skus").FillAsync(sku);
        await admin.Page.GetByTestId("preview").ClickAsync();

        var moves = admin.Page.GetByTestId("preview-moves");
        await Expect(moves).ToBeVisibleAsync();
        await Expect(moves.Locator("tbody tr").First).ToContainTextAsync(sku);
        await Expect(moves.Locator("tbody tr").First).ToContainTextAsync("Channel: Amazon");
        await Expect(admin.Page.GetByTestId("preview-totals")).ToContainTextAsync("to change");
        await admin.ScreenshotAsync("1-preview");

        await admin.Page.GetByTestId("redistribute").ClickAsync();
        var dialog = admin.Page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync("Allocated and locked units stay where they are");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Redistribute" }).ClickAsync();

        var card = admin.Page.GetByTestId("job-card");
        await Expect(card.GetByTestId("job-status")).ToHaveTextAsync("completed");
        await Expect(card.GetByTestId("job-progress")).ToHaveTextAsync("100 %");
        await Expect(admin.Page.GetByTestId("redistribute")).ToBeEnabledAsync();
        await Expect(card.GetByTestId("units-moved")).Not.ToHaveTextAsync("0");
        await Expect(admin.Page.GetByTestId("history").Locator("tbody tr")).ToHaveCountAsync(1);
        await Expect(admin.Page.GetByTestId("history")).ToContainTextAsync("admin@demo.local");
        await admin.ScreenshotAsync("2-completed");

        await admin.Page.GetByTestId("preview").ClickAsync();
        await Expect(admin.Page.GetByTestId("preview-empty")).ToBeVisibleAsync();
        await admin.ScreenshotAsync("3-second-preview");
    }

    [Fact]
    public async Task UnknownSku_IsNamedUnderTheSkuField_AndNothingStarts()
    {
        await admin.SignInAsync("admin@demo.local", IdentityBootstrap.DemoPassword);
        await admin.OpenAsync("/redistribution");

        await admin.Page.GetByTestId("scope-skus").FillAsync("NO-SUCH-SKU");
        await admin.Page.GetByTestId("preview").ClickAsync();

        await Expect(admin.Page.Locator(".mud-input-helper-text.mud-input-error")).ToContainTextAsync("Unknown SKU: NO-SUCH-SKU");
        await Expect(admin.Page.GetByTestId("preview-card")).ToHaveCountAsync(0);
        await Expect(admin.Page.GetByTestId("history-empty")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task AWarehouseManager_HasNoRedistributionPage_NorALinkToIt()
    {
        await warehouse.SignInAsync("warehouse@demo.local", IdentityBootstrap.DemoPassword);
        await warehouse.OpenAsync("/inventory");
        await Expect(warehouse.Page.Locator("a[href='redistribution']")).ToHaveCountAsync(0);

        // [Authorize(Roles)] is enforced by the server before any component renders.
        await warehouse.Page.GotoAsync("/redistribution");
        await Expect(warehouse.Page.GetByRole(AriaRole.Heading, new() { Name = "Access denied" })).ToBeVisibleAsync();
        Assert.Contains("/Account/AccessDenied", warehouse.Page.Url);
        await Expect(warehouse.Page.GetByTestId("preview")).ToHaveCountAsync(0);
    }
}
