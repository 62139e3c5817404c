using InventoryAdmin.Domain.Services.Availability;
using InventoryAdmin.Domain.Services.Contracts;

namespace InventoryAdmin.Api;

/// <summary>Channel availability (API.md): stock rules (WarehouseManager, Admin write; any key reads), low-stock alerts (any key).</summary>
internal static class AvailabilityEndpoints
{
    public static void MapAvailabilityEndpoints(this RouteGroupBuilder api)
    {
        var rules = api.MapGroup("/stock-rules").WithTags("Stock rules");
        rules.MapGet("", (StockRuleService service, CancellationToken ct) => service.ListAsync(ct));
        rules.MapPut("", (StockRulesRequest body, StockRuleService service, CancellationToken ct) => service.PutAsync(body.Items, ct))
            .RequireAuthorization(ApiPolicies.StockEditor);

        api.MapGet("/alerts/low-stock", (string? locationCode, int? page, int? pageSize, AlertService alerts, CancellationToken ct) =>
            alerts.LowStockAsync(locationCode, page ?? 1, pageSize ?? 50, ct)).WithTags("Alerts");
    }

    /// <summary>The stock rules page's Export button: the rules as CSV, for a signed-in browser.</summary>
    internal static IResult ExportCsv(StockRuleCsv csv, CancellationToken ct) =>
        TypedResults.Stream(output => csv.WriteAsync(output, ct), "text/csv; charset=utf-8", "stock-rules.csv");
}
