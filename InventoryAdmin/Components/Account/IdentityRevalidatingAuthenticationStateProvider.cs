using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using InventoryAdmin.Identity;

namespace InventoryAdmin.Components.Account;

// A server-side AuthenticationStateProvider that revalidates the connected user every
// IdentitySetup.CircuitRevalidationInterval an interactive circuit is connected, by the same rule as the
// cookie's per-request check (security stamp unchanged, user not disabled).
internal sealed class IdentityRevalidatingAuthenticationStateProvider(
        ILoggerFactory loggerFactory,
        IServiceScopeFactory scopeFactory)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => IdentitySetup.CircuitRevalidationInterval;

    protected override async Task<bool> ValidateAuthenticationStateAsync(
        AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        // A new scope, so the user is read fresh from the database.
        await using var scope = scopeFactory.CreateAsyncScope();
        var signInManager = scope.ServiceProvider.GetRequiredService<SignInManager<ApplicationUser>>();
        return await signInManager.ValidateSecurityStampAsync(authenticationState.User) is not null;
    }
}
