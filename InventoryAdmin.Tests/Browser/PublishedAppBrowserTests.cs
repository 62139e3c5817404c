using System.Net;
using InventoryAdmin.Identity;
using InventoryAdmin.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace InventoryAdmin.Tests.Browser;

/// <summary>
/// The published app in Production (no demo data, first admin from the environment): it serves the framework's
/// and MudBlazor's files, so its pages become interactive; a sign-in and a location created through a dialog.
/// </summary>
public sealed class PublishedAppBrowserTests(PublishedApp app, ITestOutputHelper output) : IClassFixture<PublishedApp>
{
    [Theory]
    [InlineData("_framework/blazor.web.js", "text/javascript")]
    [InlineData("_content/MudBlazor/MudBlazor.min.js", "text/javascript")]
    [InlineData("_content/MudBlazor/MudBlazor.min.css", "text/css")]
    [InlineData("app.css", "text/css")]
    public async Task PublishedApp_InProduction_ServesTheStaticFiles(string path, string contentType)
    {
        using var client = new HttpClient { BaseAddress = app.App.BaseAddress };

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 1000);
    }

    [Fact]
    public async Task PublishedApp_InProduction_SignsInAndCreatesALocationInADialog()
    {
        output.WriteLine($"dotnet publish --no-build took {app.PublishTime.TotalSeconds:F1} s; the app listens at {app.App.BaseAddress}");
        await using var browser = await BrowserSession.StartAsync(app.App.BaseAddress, "published");
        var page = browser.Page;
        await page.SetViewportSizeAsync(1440, 900);

        await page.GotoAsync("/Account/Login");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await Expect(page.GetByText("Demo sign-ins")).ToHaveCountAsync(0);
        await browser.SignInAsync(PublishedApp.AdminEmail, PublishedApp.AdminPassword);

        await browser.OpenAsync("/catalogue/locations");
        await Expect(page.GetByText("No locations yet")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "New location" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("Code").FillAsync("Prod-Store");
        await dialog.GetByLabel("Name").FillAsync("Production store");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(page.Locator("table").GetByText("Production store")).ToBeVisibleAsync();
        await browser.ScreenshotAsync("locations-desktop");
        await page.SetViewportSizeAsync(390, 844);
        await browser.ScreenshotAsync("locations-phone");

        using var api = new HttpClient { BaseAddress = app.App.BaseAddress };
        api.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.HeaderName, app.BootstrapKey);
        Assert.Contains("\"Prod-Store\"", await api.GetStringAsync("/api/v1/locations"));
        Assert.DoesNotContain(" ERR] ", app.App.Log);
    }
}
