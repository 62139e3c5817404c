using InventoryAdmin.Domain.Services;
using InventoryAdmin.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace InventoryAdmin.Api;

/// <summary>/api/v1/admin: API keys, users and the ledger check, for Admin keys only.</summary>
internal static class AdminEndpoints
{
    public static void MapAdminEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/admin").WithTags("Admin").RequireAuthorization(ApiPolicies.Admin);

        group.MapGet("/api-keys", (ApiKeyService keys, CancellationToken ct) => keys.ListAsync(ct));
        group.MapPost("/api-keys", async Task<Created<CreatedApiKey>> (CreateApiKeyRequest body, HttpContext http, ApiKeyService keys, CancellationToken ct) =>
        {
            var created = await keys.CreateAsync(body.Name, body.Role, http.User.Identity?.Name ?? "api", ct);
            return TypedResults.Created($"/api/v1/admin/api-keys/{created.Key.Id}", created);
        });
        group.MapPost("/api-keys/{id:int}/revoke", (int id, ApiKeyService keys, CancellationToken ct) => keys.RevokeAsync(id, ct));

        group.MapPost("/ledger/replay", (LedgerReplayService ledger, CancellationToken ct) => ledger.ReplayAsync(ct));

        group.MapGet("/users", (UserAdminService users, CancellationToken ct) => users.ListAsync(ct));
        group.MapPost("/users", async Task<Created<UserDto>> (CreateUserRequest body, UserAdminService users, CancellationToken ct) =>
        {
            var user = await users.CreateAsync(body.Email, body.Password, body.Roles ?? [], ct);
            return TypedResults.Created($"/api/v1/admin/users/{user.Id}", user);
        });
    }
}
