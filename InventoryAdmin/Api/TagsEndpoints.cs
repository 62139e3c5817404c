using System.Security.Claims;
using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Services.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace InventoryAdmin.Api;

internal static class TagsEndpoints
{
    public static void MapTagsEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/tags").WithTags("Tags").RequireAuthorization(ApiPolicies.Staff);
        group.MapGet("", (TagService tags, CancellationToken ct) => tags.ListAsync(ct));
        group.MapGet("/{name}", (string name, TagService tags, CancellationToken ct) => tags.GetAsync(name, ct));

        group.MapPost("", async Task<Created<TagDto>> (TagRequest body, ClaimsPrincipal user, TagService tags, CancellationToken ct) =>
        {
            var tag = await tags.CreateAsync(body.ToDraft(), ApiActor.Of(user), ct);
            return TypedResults.Created($"/api/v1/tags/{Uri.EscapeDataString(tag.Name)}", tag);
        }).RequireAuthorization(ApiPolicies.TagEditor);

        group.MapPut("/{name}", async Task<Ok<TagDto>> (string name, TagRequest body, ClaimsPrincipal user, TagService tags, CancellationToken ct) =>
            TypedResults.Ok(await tags.UpdateAsync(name, body.ToDraft(), body.ConfirmModeChange, ApiActor.Of(user), ct)))
            .RequireAuthorization(ApiPolicies.TagEditor);

        group.MapDelete("/{name}", async Task<NoContent> (string name, ClaimsPrincipal user, TagService tags, CancellationToken ct) =>
        {
            await tags.DeleteAsync(name, ApiActor.Of(user), ct);
            return TypedResults.NoContent();
        }).RequireAuthorization(ApiPolicies.TagEditor);
    }
}
