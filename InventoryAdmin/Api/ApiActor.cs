using System.Security.Claims;
using InventoryAdmin.Domain.Model.Ledger;
using InventoryAdmin.Domain.Services;

namespace InventoryAdmin.Api;

internal static class ApiActor
{
    public static Actor Of(ClaimsPrincipal user) => new(user.Identity?.Name ?? "key:unknown", MovementSource.Api);
}
