using InventoryAdmin.Identity;
using Microsoft.AspNetCore.Authorization;

namespace InventoryAdmin.Api;

/// <summary>API authorization: only the X-Api-Key scheme counts (a browser cookie does not), roles from the key.</summary>
public static class ApiPolicies
{
    public const string AnyKey = "api";
    public const string TagEditor = "api:tag-editor";
    public const string Admin = "api:admin";
    public const string StockEditor = "api:stock-editor";
    public const string OrderTaker = "api:order-taker";

    /// <summary>Keys of people's roles: everything but an Integration key (which may not use tags, users or keys).</summary>
    public const string Staff = "api:staff";

    public static AuthorizationBuilder AddApiPolicies(this AuthorizationBuilder builder) => builder
        .AddPolicy(AnyKey, p => p.AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName).RequireAuthenticatedUser())
        .AddPolicy(TagEditor, p => p.AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName).RequireRole(Roles.Merchandiser, Roles.Admin))
        .AddPolicy(StockEditor, p => p.AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName).RequireRole(Roles.WarehouseManager, Roles.Admin))
        .AddPolicy(Staff, p => p.AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName)
            .RequireRole(Roles.Merchandiser, Roles.WarehouseManager, Roles.Admin))
        .AddPolicy(OrderTaker, p => p.AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName)
            .RequireRole(Roles.Integration, Roles.WarehouseManager, Roles.Admin))
        .AddPolicy(Admin, p => p.AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName).RequireRole(Roles.Admin));
}
