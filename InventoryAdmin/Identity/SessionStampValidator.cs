using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace InventoryAdmin.Identity;

/// <summary>
/// Identity's security-stamp check of the sign-in cookie, run on every request (<see cref="IdentitySetup.ConfigureSessions"/>),
/// without the framework's rebuild of the principal and re-issue of the cookie after each successful check. Every change
/// that alters what the cookie says (roles, disabling; see <see cref="UserAdminService"/>) changes the stamp and so ends
/// the session, so a cookie whose stamp still matches is still right. That keeps the per-request cost to one read of the
/// user by id, and no Set-Cookie on every answer.
/// </summary>
public sealed class SessionStampValidator(
    IOptions<SecurityStampValidatorOptions> options,
    SignInManager<ApplicationUser> signInManager,
    ILoggerFactory logger)
    : SecurityStampValidator<ApplicationUser>(options, signInManager, logger)
{
    protected override Task SecurityStampVerified(ApplicationUser user, CookieValidatePrincipalContext context) => Task.CompletedTask;
}
