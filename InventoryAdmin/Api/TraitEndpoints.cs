using System.Security.Claims;
using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Services.Contracts;

namespace InventoryAdmin.Api;

/// <summary>Storage locations, traits, locks and moves (SPEC §4). Changes need a WarehouseManager or Admin key.</summary>
internal static class TraitEndpoints
{
    public static void MapTraitEndpoints(this RouteGroupBuilder api)
    {
        var locations = api.MapGroup("/locations/{code}").WithTags("Locations");
        locations.MapGet("/storage-locations", (string code, TraitService traits, CancellationToken ct) => traits.StorageLocationsAsync(code, ct));
        locations.MapGet("/storage-locations/{name}", async (string code, string name, TraitService traits, CancellationToken ct) =>
            (await traits.StorageLocationsAsync(code, ct)).FirstOrDefault(s => string.Equals(s.Name, name.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw InventoryRuleException.NotFound("name", $"There is no storage location '{name.Trim()}' at {code.Trim()}."));
        locations.MapPut("/storage-locations/{name}", async Task<IResult> (string code, string name, StorageLocationRequest? body, ClaimsPrincipal user,
            TraitService traits, CancellationToken ct) =>
        {
            var (storage, created) = await traits.PutStorageLocationAsync(code, name, body?.Traits, body?.Reason, ApiActor.Of(user), ct);
            return created
                ? TypedResults.Created($"/api/v1/locations/{Uri.EscapeDataString(storage.LocationCode)}/storage-locations/{Uri.EscapeDataString(storage.Name)}", storage)
                : TypedResults.Ok(storage);
        }).RequireAuthorization(ApiPolicies.StockEditor);
        locations.MapDelete("/storage-locations/{name}", async Task<IResult> (string code, string name, TraitService traits, CancellationToken ct) =>
        {
            await traits.DeleteStorageLocationAsync(code, name, ct);
            return TypedResults.NoContent();
        }).RequireAuthorization(ApiPolicies.StockEditor);
        locations.MapPost("/lock", (string code, LocationLockRequest? body, ClaimsPrincipal user, TraitService traits, CancellationToken ct) =>
            traits.SetLocationLockAsync(code, body?.StorageLocation, locked: true, body?.Reason, ApiActor.Of(user), ct))
            .RequireAuthorization(ApiPolicies.StockEditor);
        locations.MapPost("/unlock", (string code, LocationLockRequest? body, ClaimsPrincipal user, TraitService traits, CancellationToken ct) =>
            traits.SetLocationLockAsync(code, body?.StorageLocation, locked: false, body?.Reason, ApiActor.Of(user), ct))
            .RequireAuthorization(ApiPolicies.StockEditor);

        var inventory = api.MapGroup("/inventory").WithTags("Inventory");
        inventory.MapPost("/lock", (StockRowRequest body, ClaimsPrincipal user, TraitService traits, CancellationToken ct) =>
            traits.SetStockLockAsync(Row(body), locked: true, body.Reason, ApiActor.Of(user), ct))
            .RequireAuthorization(ApiPolicies.StockEditor);
        inventory.MapPost("/unlock", (StockRowRequest body, ClaimsPrincipal user, TraitService traits, CancellationToken ct) =>
            traits.SetStockLockAsync(Row(body), locked: false, body.Reason, ApiActor.Of(user), ct))
            .RequireAuthorization(ApiPolicies.StockEditor);
        inventory.MapPut("/traits", (StockRowRequest body, ClaimsPrincipal user, TraitService traits, CancellationToken ct) =>
            traits.SetStockTraitsAsync(Row(body), body.Traits, body.Reason, ApiActor.Of(user), ct))
            .RequireAuthorization(ApiPolicies.StockEditor);
        inventory.MapPost("/move", (StockMoveRequest body, ClaimsPrincipal user, StockService stock, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            if (string.IsNullOrWhiteSpace(body.Sku)) errors["sku"] = ["Give the product's SKU."];
            if (string.IsNullOrWhiteSpace(body.LocationCode)) errors["locationCode"] = ["Give the location code."];
            if (body.Quantity is null) errors["quantity"] = ["Give the number of units to move."];
            if (errors.Count > 0) throw new InventoryRuleException(errors.First().Value[0], errors);
            return stock.MoveAsync(new StockMove(body.Sku!, body.LocationCode!, body.Tags, body.FromStorageLocation, body.ToStorageLocation,
                body.Quantity!.Value, body.Reason), ApiActor.Of(user), ct);
        }).RequireAuthorization(ApiPolicies.StockEditor);
    }

    private static StockRowRef Row(StockRowRequest body)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(body.Sku)) errors["sku"] = ["Give the product's SKU."];
        if (string.IsNullOrWhiteSpace(body.LocationCode)) errors["locationCode"] = ["Give the location code."];
        if (errors.Count > 0) throw new InventoryRuleException(errors.First().Value[0], errors);
        return new StockRowRef(body.Sku!, body.LocationCode!, body.Tags, body.StorageLocation);
    }
}
