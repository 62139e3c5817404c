using System.Text;
using InventoryAdmin.Identity;
using InventoryAdmin.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InventoryAdmin.Tests.Browser;

/// <summary>A warehouse manager checks a CSV of counts, fixes the bad line it names, and applies it.</summary>
public class ImportBrowserTests : IAsyncLifetime
{
    private readonly InventoryAppFactory app;
    private BrowserSession browser = default!;

    public ImportBrowserTests()
        : this(null)
    {
    }

    /// <param name="postgreSqlDatabase">Run the app on PostgreSQL, on this (new) database of the test cluster (see the PostgreSQL subclass).</param>
    protected ImportBrowserTests(string? postgreSqlDatabase) => app = new InventoryAppFactory(seedDemo: true, realServer: true, postgreSqlDatabase: postgreSqlDatabase);

    public async Task InitializeAsync()
    {
        app.StartServer();
        browser = await BrowserSession.StartAsync(app.ClientOptions.BaseAddress, app.ScreenshotPrefix("import"));
    }

    public async Task DisposeAsync()
    {
        await browser.DisposeAsync();
        await app.DisposeAsync();
    }

    [Fact]
    public async Task WarehouseManager_SeesTheBadLine_ThenAppliesTheFixedFile()
    {
        await browser.SignInAsync("warehouse@demo.local", IdentityBootstrap.DemoPassword);
        await browser.OpenAsync("/inventory/import");
        var page = browser.Page;

        await UploadAsync(page, "sku,locationCode,quantity,Channel\nTSHI-BLA-001,Retailer2,40,Amazon\nTSHI-BLA-001,Retailer2,lots,\n");
        var report = page.GetByTestId("import-report");
        await Expect(report).ToContainTextAsync("1 problem(s) in 2 line(s)");
        await Expect(report).ToContainTextAsync("quantity");
        await browser.ScreenshotAsync("1-problem");

        await UploadAsync(page, "sku,locationCode,quantity,Channel\nTSHI-BLA-001,Retailer2,40,Amazon\nTSHI-BLA-001,DC-East,7,\n");
        await Expect(report).ToContainTextAsync("All 2 line(s) are valid");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply 2 count(s)" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply", Exact = true }).ClickAsync();
        await Expect(report).ToContainTextAsync("Applied 2 line(s)");
        await browser.ScreenshotAsync("2-applied");

        using var api = app.CreateApiClient(app.BootstrapKey);
        var record = await api.GetStringAsync("/api/v1/inventory/TSHI-BLA-001?locationCode=DC-East");
        Assert.Contains("\"onHand\":7", record);
    }

    /// <summary>As a user does it: the button opens the file chooser, which is given the file.</summary>
    private static async Task UploadAsync(IPage page, string csv)
    {
        var chooser = await page.RunAndWaitForFileChooserAsync(() =>
            page.GetByRole(AriaRole.Button, new() { Name = "Choose CSV file" }).ClickAsync());
        await chooser.SetFilesAsync(new FilePayload { Name = "counts.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
    }
}
