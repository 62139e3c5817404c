using System.Net;
using System.Text.RegularExpressions;

namespace InventoryAdmin.Tests.Api.Hardening;

/// <summary>Signs in through the real /Account/Login form over HTTP, as a browser without JavaScript would (antiforgery cookie and token included).</summary>
internal static partial class FormSignIn
{
    /// <summary>A client that keeps cookies and does not follow redirects, so each answer can be inspected.</summary>
    public static HttpClient CreateClient(Uri baseAddress, CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = baseAddress };

    /// <summary>Opens the login page (with the ReturnUrl, if any) and posts the form; returns the answer to the post.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string email, string password, string? returnUrl = null)
    {
        var loginPath = "/Account/Login" + (returnUrl is null ? "" : "?ReturnUrl=" + Uri.EscapeDataString(returnUrl));
        var page = await client.GetAsync(loginPath);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        var token = AntiforgeryToken().Match(html);
        Assert.True(token.Success, "The login page carries no antiforgery token.");

        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        return await client.PostAsync(loginPath, form);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
