using System.Security.Claims;
using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Services.Contracts;

namespace InventoryAdmin.Api;

/// <summary>Redistribution jobs (API.md): Admin keys only.</summary>
internal static class RedistributionEndpoints
{
    public static void MapRedistributionEndpoints(this RouteGroupBuilder api)
    {
        var jobs = api.MapGroup("/redistributions").WithTags("Redistribution").RequireAuthorization(ApiPolicies.Admin);
        jobs.MapPost("", async Task<IResult> (RedistributionRequest body, ClaimsPrincipal user, RedistributionService service, CancellationToken ct) =>
        {
            var job = await service.StartAsync(body, ApiActor.Of(user), ct);
            return TypedResults.Accepted(job.Id == 0 ? (string?)null : $"/api/v1/redistributions/{job.Id}", job);
        });
        jobs.MapGet("", (int? take, RedistributionService service, CancellationToken ct) => service.HistoryAsync(take ?? 50, ct));
        jobs.MapGet("/{id:long}", (long id, RedistributionService service, CancellationToken ct) => service.GetAsync(id, ct));
        jobs.MapPost("/{id:long}/cancel", (long id, ClaimsPrincipal user, RedistributionService service, CancellationToken ct) =>
            service.CancelAsync(id, ApiActor.Of(user), ct));
    }
}
