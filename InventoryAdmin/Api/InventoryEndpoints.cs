using System.Security.Claims;
using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Services.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace InventoryAdmin.Api;

internal static class InventoryEndpoints
{
    public static void MapInventoryEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/inventory").WithTags("Inventory");

        group.MapPost("/refresh", async Task<Ok<StockChangeResult>> (InventoryBatchRequest body, ClaimsPrincipal user, StockService stock, CancellationToken ct) =>
            TypedResults.Ok(await stock.RefreshAsync(body.ToLines(refresh: true), ApiActor.Of(user), ct)))
            .RequireAuthorization(ApiPolicies.StockEditor);
        group.MapPost("/adjust", async Task<Ok<StockChangeResult>> (InventoryBatchRequest body, ClaimsPrincipal user, StockService stock, CancellationToken ct) =>
            TypedResults.Ok(await stock.AdjustAsync(body.ToLines(refresh: false), ApiActor.Of(user), ct)))
            .RequireAuthorization(ApiPolicies.StockEditor);

        group.MapGet("", (string? search, string? locationCode, int? page, int? pageSize, InventoryQueryService query, CancellationToken ct) =>
            query.ListAsync(search, locationCode, page ?? 1, pageSize ?? 50, ct));
        group.MapGet("/{sku}", (string sku, string? locationCode, InventoryQueryService query, CancellationToken ct) =>
            query.GetRecordAsync(sku, locationCode, ct));
        group.MapGet("/{sku}/movements", (string sku, string? locationCode, int? page, int? pageSize, InventoryQueryService query, CancellationToken ct) =>
            query.MovementsAsync(sku, locationCode, page ?? 1, pageSize ?? 50, ct));
    }
}
