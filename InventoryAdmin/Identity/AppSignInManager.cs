using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace InventoryAdmin.Identity;

/// <summary>
/// Identity's sign-in with one rule added: a disabled user cannot sign in and no session of theirs is valid.
/// A sign-in attempt for a disabled account answers <see cref="SignInResult.NotAllowed"/> before the password is
/// looked at, so the sign-in page cannot tell it from a wrong password. The cookie's security-stamp check
/// (every request, see <see cref="IdentitySetup.ConfigureSessions"/>) and the circuits' revalidation use
/// <see cref="ValidateSecurityStampAsync(ApplicationUser, string)"/>, so a disabled user's session ends even if
/// the stamp were left as it was.
/// </summary>
public sealed class AppSignInManager(
    UserManager<ApplicationUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<ApplicationUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<ApplicationUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<ApplicationUser> confirmation)
    : SignInManager<ApplicationUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(ApplicationUser user) =>
        !user.IsDisabled && await base.CanSignInAsync(user);

    public override async Task<bool> ValidateSecurityStampAsync(ApplicationUser? user, string? securityStamp) =>
        user is { IsDisabled: false } && await base.ValidateSecurityStampAsync(user, securityStamp);
}
