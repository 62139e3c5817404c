using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using InventoryAdmin.Identity;

namespace InventoryAdmin.Components.Account;

internal sealed class IdentityRedirectManager(NavigationManager navigationManager)
{
    public const string StatusCookieName = "Identity.StatusMessage";

    private static readonly CookieBuilder StatusCookieBuilder = new()
    {
        SameSite = SameSiteMode.Strict,
        HttpOnly = true,
        IsEssential = true,
        MaxAge = TimeSpan.FromSeconds(5),
    };

    public void RedirectTo(string? uri) => navigationManager.NavigateTo(LocalOrStartPage(uri ?? ""));

    /// <summary>
    /// Prevents open redirects: a path on this site as it is, an absolute address on this site as its path, anything else
    /// (another site, <c>//host</c>, <c>/\host</c>, a script) the start page.
    /// </summary>
    private string LocalOrStartPage(string uri)
    {
        if (uri.Contains('\\', StringComparison.Ordinal) || uri.Any(char.IsControl)) return "";
        if (Uri.IsWellFormedUriString(uri, UriKind.Relative) && !uri.StartsWith("//", StringComparison.Ordinal))
            return uri;
        return Uri.TryCreate(uri, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https"
            && absolute.AbsoluteUri.StartsWith(navigationManager.BaseUri, StringComparison.OrdinalIgnoreCase)
            ? navigationManager.ToBaseRelativePath(absolute.AbsoluteUri)
            : "";
    }

    public void RedirectTo(string uri, Dictionary<string, object?> queryParameters)
    {
        var uriWithoutQuery = navigationManager.ToAbsoluteUri(uri).GetLeftPart(UriPartial.Path);
        var newUri = navigationManager.GetUriWithQueryParameters(uriWithoutQuery, queryParameters);
        RedirectTo(newUri);
    }

    public void RedirectToWithStatus(string uri, string message, HttpContext context)
    {
        context.Response.Cookies.Append(StatusCookieName, message, StatusCookieBuilder.Build(context));
        RedirectTo(uri);
    }

    private string CurrentPath => navigationManager.ToAbsoluteUri(navigationManager.Uri).GetLeftPart(UriPartial.Path);

    public void RedirectToCurrentPage() => RedirectTo(CurrentPath);

    public void RedirectToCurrentPageWithStatus(string message, HttpContext context)
        => RedirectToWithStatus(CurrentPath, message, context);

    public void RedirectToInvalidUser(UserManager<ApplicationUser> userManager, HttpContext context)
        => RedirectToWithStatus("Account/InvalidUser", $"Error: Unable to load user with ID '{userManager.GetUserId(context.User)}'.", context);
}
