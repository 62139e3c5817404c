using System.Security.Claims;
using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Services.Availability;
using InventoryAdmin.Domain.Services.Contracts;

namespace InventoryAdmin.Api;

/// <summary>Orders, returns, POS sync, the allocation monitor and the availability feed (API.md). Integration keys may use them.</summary>
internal static class OrderEndpoints
{
    public static void MapOrderEndpoints(this RouteGroupBuilder api)
    {
        var orders = api.MapGroup("/orders").WithTags("Orders").RequireAuthorization(ApiPolicies.OrderTaker);
        orders.MapPost("", async Task<IResult> (OrderRequest body, ClaimsPrincipal user, OrderService service, CancellationToken ct) =>
        {
            var (order, created) = await service.CreateAsync(body, ApiActor.Of(user), ct);
            return created ? TypedResults.Created($"/api/v1/orders/{Uri.EscapeDataString(order.ExternalId)}", order) : TypedResults.Ok(order);
        });
        orders.MapGet("", (string? search, string? status, int? page, int? pageSize, OrderService service, CancellationToken ct) =>
            service.ListAsync(search, status, page ?? 1, pageSize ?? 50, ct));
        orders.MapGet("/{externalId}", (string externalId, string? source, OrderService service, CancellationToken ct) =>
            service.GetAsync(externalId, source, ct));
        orders.MapPost("/{externalId}/fulfil", (string externalId, string? source, SettleRequest? body, ClaimsPrincipal user, OrderService service,
            CancellationToken ct) => service.FulfilAsync(externalId, source, body?.Items, ApiActor.Of(user), ct));
        orders.MapPost("/{externalId}/cancel", (string externalId, string? source, SettleRequest? body, ClaimsPrincipal user, OrderService service,
            CancellationToken ct) => service.CancelAsync(externalId, source, body?.Items, ApiActor.Of(user), ct));
        orders.MapPost("/{externalId}/returns", async Task<IResult> (string externalId, string? source, ReturnRequest body, ClaimsPrincipal user,
            OrderService service, CancellationToken ct) =>
            TypedResults.Created($"/api/v1/orders/{Uri.EscapeDataString(externalId)}", await service.ReturnAsync(externalId, source, body.Items, ApiActor.Of(user), ct)));

        var pos = api.MapGroup("/pos/{locationCode}").WithTags("POS").RequireAuthorization(ApiPolicies.OrderTaker);
        pos.MapPost("/pull", (string locationCode, AllocationMonitorService monitor, CancellationToken ct) => monitor.PullAsync(locationCode, ct));
        pos.MapPost("/ack", (string locationCode, PosAckRequest body, AllocationMonitorService monitor, CancellationToken ct) =>
            monitor.AcknowledgeAsync(locationCode, body.AllocationIds, ct));

        api.MapGet("/allocations/monitor", (string? locationCode, AllocationMonitorService monitor, CancellationToken ct) => monitor.MonitorAsync(locationCode, ct))
            .WithTags("Allocations");
        api.MapGet("/availability", (string? skus, string? segment, string? locationCode, AllocationMonitorService monitor, CancellationToken ct) =>
            monitor.AvailabilityAsync(skus?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), SegmentQuery.Parse(segment),
                locationCode, ct))
            .WithTags("Availability");
        api.MapGet("/availability/changes", (string? after, int? limit, string? segment, string? locationCode, AvailabilityChangeService feed,
                CancellationToken ct) => feed.ChangesAsync(after, limit ?? AvailabilityChangeService.MaxLimit, SegmentQuery.Parse(segment), locationCode, ct))
            .WithTags("Availability")
            .WithSummary("Segments whose available, safety stock or promisable changed after the cursor; follow next until items is empty.");
    }
}

/// <summary>POST /orders/{id}/fulfil and /cancel: the allocations and units (none = everything open).</summary>
public sealed record SettleRequest(IReadOnlyList<SettleLine?>? Items);

/// <summary>POST /orders/{id}/returns.</summary>
public sealed record ReturnRequest(IReadOnlyList<ReturnLine?>? Items);

/// <summary>POST /pos/{locationCode}/ack.</summary>
public sealed record PosAckRequest(IReadOnlyList<long>? AllocationIds);
