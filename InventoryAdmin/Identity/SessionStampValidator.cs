using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace InventoryAdmin.Identity;

/// <summary>
/// Identity's security-stamp check of the sign-in cookie, run on every request (<see cref="IdentitySetup.ConfigureSessions"/>),
/// without the framework's rebuild of the principal and re-issue of the cookie after each successful check. Every change
/// that alters what the cookie says (roles, disabling; see <see cref="UserAdminService"/>) changes the stamp and so ends
/// the session, so a cookie whose stamp still matches is still right. That keeps the per-request cost to one read of the
/// user by id, and no Set-Cookie on every answer. A session it ends is marked (<see cref="SessionEnded"/>) so the sign-in
/// page can say why the user is there.
/// </summary>
public sealed class SessionStampValidator(
    IOptions<SecurityStampValidatorOptions> options,
    SignInManager<ApplicationUser> signInManager,
    ILoggerFactory logger)
    : SecurityStampValidator<ApplicationUser>(options, signInManager, logger)
{
    public override async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var hadSession = context.Principal?.Identity?.IsAuthenticated == true;
        await base.ValidateAsync(context);
        if (hadSession && context.Principal is null) SessionEnded.Mark(context.HttpContext);
    }

    protected override Task SecurityStampVerified(ApplicationUser user, CookieValidatePrincipalContext context) => Task.CompletedTask;
}

/// <summary>
/// Remembers, for the next sign-in page, that a session was ended by a change to the account (disabled, roles changed)
/// rather than by signing out: a short-lived HttpOnly cookie, since the browser is redirected to the sign-in page by the
/// next answer, plus a flag for the rare case that the sign-in page itself is the request that found the session ended.
/// </summary>
public static class SessionEnded
{
    public const string CookieName = "InventoryAdmin.SessionEnded";
    private static readonly object ItemKey = new();

    private static readonly CookieBuilder Cookie = new()
    {
        SameSite = SameSiteMode.Lax,
        HttpOnly = true,
        IsEssential = true,
        MaxAge = TimeSpan.FromMinutes(5),
        SecurePolicy = CookieSecurePolicy.SameAsRequest,
    };

    public const string Message = "Your session ended because an administrator changed your account (your roles or your access). "
        + "Sign in again to continue; if you cannot, ask an administrator.";

    public static void Mark(HttpContext context)
    {
        context.Items[ItemKey] = true;
        context.Response.Cookies.Append(CookieName, "1", Cookie.Build(context));
    }

    /// <summary>True once after a session was ended by an account change: the mark is removed as it is read.</summary>
    public static bool Take(HttpContext context)
    {
        var marked = context.Items.ContainsKey(ItemKey) || context.Request.Cookies.ContainsKey(CookieName);
        // Also when this very request set it (the sign-in page found the session ended): the deletion replaces that Set-Cookie.
        if (marked) context.Response.Cookies.Delete(CookieName);
        return marked;
    }
}
