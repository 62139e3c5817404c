using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Services.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace InventoryAdmin.Api;

internal static class SettingsEndpoints
{
    public static void MapSettingsEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/settings/inventory").WithTags("Settings").RequireAuthorization(ApiPolicies.Staff);
        group.MapGet("", (InventorySettingsService settings, CancellationToken ct) => settings.GetAsync(ct));
        group.MapPut("", async Task<Ok<InventorySettingsDto>> (SettingsRequest body, InventorySettingsService settings, CancellationToken ct) =>
            TypedResults.Ok(await settings.SetTagsEnabledAsync(
                body.TagsEnabled ?? throw new InventoryRuleException("tagsEnabled", "tagsEnabled is required (true or false)."), ct)))
            .RequireAuthorization(ApiPolicies.TagEditor);
    }
}
