using System.Text.Json;
using System.Text.Json.Serialization;
using InventoryAdmin.Identity;

namespace InventoryAdmin.Api;

public static class InventoryApi
{
    public static IServiceCollection AddInventoryApi(this IServiceCollection services)
    {
        services.AddOpenApi();
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
            // A misspelt or repeated field is refused (400 naming it) instead of being ignored, so it never widens an action.
            o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
            o.SerializerOptions.AllowDuplicateProperties = false;
        });
        // Bad input throws, so ApiExceptionHandler can answer with a problem document naming the field.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddApiProblems();
        services.AddAuthentication()
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder().AddApiPolicies();
        return services;
    }

    /// <summary>Maps /api/v1 (API key required), the OpenAPI document and /health.</summary>
    public static WebApplication MapInventoryApi(this WebApplication app)
    {
        app.UseApiProblems();

        var v1 = app.MapGroup("/api/v1").RequireAuthorization(ApiPolicies.AnyKey).DisableAntiforgery();
        v1.MapSettingsEndpoints();
        v1.MapTagsEndpoints();
        v1.MapInventoryEndpoints();
        v1.MapCatalogueEndpoints();
        v1.MapTraitEndpoints();
        v1.MapOrderEndpoints();
        v1.MapRedistributionEndpoints();
        v1.MapAdminEndpoints();
        v1.MapAvailabilityEndpoints();

        app.MapOpenApi().RequireAuthorization(ApiPolicies.AnyKey);
        // The grid's Export button: same CSV, for a signed-in browser (cookie, not API key).
        app.MapGet("/downloads/inventory.csv", InventoryEndpoints.ExportCsv).RequireAuthorization().ExcludeFromDescription();
        app.MapGet("/downloads/stock-rules.csv", AvailabilityEndpoints.ExportCsv).RequireAuthorization().ExcludeFromDescription();
        app.MapHealthChecks("/health").AllowAnonymous();
        return app;
    }
}
