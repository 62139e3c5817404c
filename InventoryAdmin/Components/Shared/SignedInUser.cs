using System.Security.Claims;
using InventoryAdmin.Domain.Model.Ledger;
using InventoryAdmin.Domain.Services;
using Microsoft.AspNetCore.Components.Authorization;

namespace InventoryAdmin.Components.Shared;

/// <summary>The user of an interactive page: who to write into the ledger and what their roles allow.</summary>
public sealed record SignedInUser(ClaimsPrincipal Principal)
{
    public Actor Actor => new(Principal.Identity?.Name ?? "unknown", MovementSource.Ui);

    public bool IsInAnyRole(params string[] roles) => roles.Any(Principal.IsInRole);

    public static async Task<SignedInUser> FromAsync(Task<AuthenticationState> state) => new((await state).User);
}
