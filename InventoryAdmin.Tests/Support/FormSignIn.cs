using System.Net;
using System.Text.RegularExpressions;

namespace InventoryAdmin.Tests.Support;

/// <summary>
/// Signs in through the real /Account/Login form (antiforgery token and all) over HTTP, as a browser would.
/// Cookies are handled by hand so a test can keep sending an old sign-in cookie after the user has changed.
/// </summary>
public static partial class FormSignIn
{
    /// <summary>The answer to one sign-in attempt: its status, where it sends the browser, the cookie it set and the error shown.</summary>
    public sealed record Attempt(HttpStatusCode Status, string? Location, string? SessionCookie, string? Error);

    public static async Task<Attempt> PostAsync(HttpClient client, string email, string password)
    {
        var form = await client.GetAsync("/Account/Login");
        var html = await form.Content.ReadAsStringAsync();
        var token = AntiforgeryToken().Match(html);
        if (form.StatusCode != HttpStatusCode.OK || !token.Success)
            throw new InvalidOperationException($"GET /Account/Login answered {(int)form.StatusCode} without a form: {html}");

        using var request = new HttpRequestMessage(HttpMethod.Post, "/Account/Login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "login",
                ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
                ["Input.Email"] = email,
                ["Input.Password"] = password,
            }),
        };
        request.Headers.Add("Cookie", CookiePairs(form));
        var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var error = AlertText().Match(body);
        var session = CookiePairs(response).Split("; ").FirstOrDefault(c => c.StartsWith(".AspNetCore.Identity.Application=", StringComparison.Ordinal));
        return new Attempt(response.StatusCode, response.Headers.Location?.ToString(), session,
            error.Success ? WebUtility.HtmlDecode(error.Groups[1].Value.Trim()) : null);
    }

    /// <summary>Signs in and returns the session cookie ("name=value") to send on later requests.</summary>
    public static async Task<string> SignInAsync(HttpClient client, string email, string password)
    {
        var attempt = await PostAsync(client, email, password);
        return attempt is { Status: HttpStatusCode.Redirect, SessionCookie: { } cookie }
            ? cookie
            : throw new InvalidOperationException($"Sign-in as {email} failed: {attempt}");
    }

    /// <summary>GET with exactly this cookie, the way a browser that kept it would send it.</summary>
    public static async Task<HttpResponseMessage> GetWithCookieAsync(HttpClient client, string path, string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }

    private static string CookiePairs(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var values)
            ? values.Select(v => v.Split(';')[0]).Where(v => !v.EndsWith('='))
            : []);

    [GeneratedRegex("""name="__RequestVerificationToken" value="([^"]+)" """)]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("""<div class="account-alert[^"]*" role="alert">([^<]*)</div>""")]
    private static partial Regex AlertText();
}
