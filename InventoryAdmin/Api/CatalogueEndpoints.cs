using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Services.Contracts;

namespace InventoryAdmin.Api;

internal static class CatalogueEndpoints
{
    public static void MapCatalogueEndpoints(this RouteGroupBuilder api)
    {
        var products = api.MapGroup("/products").WithTags("Products");
        products.MapGet("", (string? search, int? page, int? pageSize, CatalogueService catalogue, CancellationToken ct) =>
            catalogue.ProductsAsync(search, page ?? 1, pageSize ?? 50, ct));
        products.MapGet("/{sku}", (string sku, CatalogueService catalogue, CancellationToken ct) => catalogue.ProductAsync(sku, ct));
        products.MapPut("/{sku}", async Task<IResult> (string sku, ProductRequest body, CatalogueService catalogue, CancellationToken ct) =>
        {
            var (product, created) = await catalogue.PutProductAsync(sku, body.Name, body.Upc, body.Kind, body.Components, ct);
            return created ? TypedResults.Created($"/api/v1/products/{Uri.EscapeDataString(product.Sku)}", product) : TypedResults.Ok(product);
        }).RequireAuthorization(ApiPolicies.StockEditor);

        var locations = api.MapGroup("/locations").WithTags("Locations");
        locations.MapGet("", (CatalogueService catalogue, CancellationToken ct) => catalogue.LocationsAsync(ct));
        locations.MapGet("/{code}", (string code, CatalogueService catalogue, CancellationToken ct) => catalogue.LocationAsync(code, ct));
        locations.MapPut("/{code}", async Task<IResult> (string code, LocationRequest body, CatalogueService catalogue, CancellationToken ct) =>
        {
            var (location, created) = await catalogue.PutLocationAsync(code, body.Name, body.Priority, body.UseComponentInventory, ct);
            return created ? TypedResults.Created($"/api/v1/locations/{Uri.EscapeDataString(location.Code)}", location) : TypedResults.Ok(location);
        }).RequireAuthorization(ApiPolicies.StockEditor);
    }
}
