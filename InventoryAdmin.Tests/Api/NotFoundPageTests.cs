using System.Net;
using InventoryAdmin.Tests.Support;

namespace InventoryAdmin.Tests.Api;

public sealed class NotFoundPageTests
{
    [Fact]
    public async Task MistypedPageAddress_Returns404_WithTheAppsNotFoundPageInItsLayout()
    {
        await using var app = new InventoryAppFactory();
        var client = app.CreateApiClient(null);

        var response = await client.GetAsync("/inventroy");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Page not found", html);
        Assert.Contains("mud-appbar", html);
    }

    [Fact]
    public async Task UnknownApiAddress_StaysABare404_WithoutThePage()
    {
        await using var app = new InventoryAppFactory();
        var client = app.CreateApiClient(null);

        var response = await client.GetAsync("/api/v1/no-such-resource");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Page not found", await response.Content.ReadAsStringAsync());
    }
}
