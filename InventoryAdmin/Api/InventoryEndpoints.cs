using System.Security.Claims;
using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Services;
using InventoryAdmin.Domain.Services.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace InventoryAdmin.Api;

internal static class InventoryEndpoints
{
    public static void MapInventoryEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/inventory").WithTags("Inventory");

        group.MapPost("/refresh", async Task<Ok<StockChangeResult>> (InventoryBatchRequest body, ClaimsPrincipal user, StockService stock, CancellationToken ct) =>
            TypedResults.Ok(await stock.RefreshAsync(body.ToLines(refresh: true, stock.Limits), ApiActor.Of(user), ct)))
            .RequireAuthorization(ApiPolicies.StockEditor)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        group.MapPost("/adjust", async Task<Ok<StockChangeResult>> (InventoryBatchRequest body, ClaimsPrincipal user, StockService stock, CancellationToken ct) =>
            TypedResults.Ok(await stock.AdjustAsync(body.ToLines(refresh: false, stock.Limits), ApiActor.Of(user), ct)))
            .RequireAuthorization(ApiPolicies.StockEditor)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        group.MapPost("/import", ImportAsync)
            .RequireAuthorization(ApiPolicies.StockEditor)
            .DescribeCsvUpload()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        // Not under /inventory/{sku}: a literal there would shadow the product whose SKU it spells (SKU "export").
        api.MapGet("/inventory.csv", ExportCsv).WithTags("Inventory")
            .Produces<string>(StatusCodes.Status200OK, "text/csv")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapGet("", (string? search, string? locationCode, int? page, int? pageSize, InventoryQueryService query, CancellationToken ct) =>
            query.ListAsync(search, locationCode, page ?? 1, pageSize ?? 50, ct));
        group.MapGet("/{sku}", async (string sku, string? locationCode, InventoryQueryService query, CancellationToken ct) =>
        {
            try
            {
                return await query.GetRecordAsync(sku, locationCode, ct);
            }
            catch (InventoryRuleException missing) when (missing.Kind == RuleViolationKind.NotFound && missing.Errors.ContainsKey("sku")
                && string.Equals(sku.Trim(), "export", StringComparison.OrdinalIgnoreCase))
            {
                throw InventoryRuleException.NotFound("sku", $"{missing.Message} The CSV export is at GET /api/v1/inventory.csv.");
            }
        });
        group.MapGet("/{sku}/movements", (string sku, string? locationCode, int? page, int? pageSize, InventoryQueryService query, CancellationToken ct) =>
            query.MovementsAsync(sku, locationCode, page ?? 1, pageSize ?? 50, ct));
    }

    /// <summary>200 with the report for a dry run or an applied import; 422 with the same errors when a real import is refused.</summary>
    private static async Task<Results<Ok<ImportReport>, ProblemHttpResult>> ImportAsync(HttpRequest request, bool? dryRun, ClaimsPrincipal user,
        StockImportService import, CancellationToken ct)
    {
        var (csv, refused) = await CsvUpload.OpenAsync(request, ct);
        if (refused is not null) return refused;
        if (csv is null) return CsvUpload.Missing(request);

        var report = await import.ImportAsync(csv, dryRun ?? false, ApiActor.Of(user), ct);
        if (dryRun == true || report.Errors.Count == 0) return TypedResults.Ok(report);

        return TypedResults.Problem(new ProblemDetails
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = ApiProblemTitles.BrokenRule,
            Detail = $"{report.ErrorCount} problem(s) in {report.Lines} line(s); nothing was imported. First: line {report.Errors[0].Line}, {report.Errors[0].Field}: {report.Errors[0].Message}",
            Instance = request.Path,
            Extensions = { ["lines"] = report.Lines, ["valid"] = report.Valid, ["applied"] = 0, ["errors"] = report.Errors, ["errorCount"] = report.ErrorCount },
        });
    }

    /// <summary>The grid's filtered view as CSV (GET /api/v1/inventory.csv); also served to signed-in browsers at /downloads/inventory.csv.</summary>
    internal static IResult ExportCsv(string? search, string? locationCode, string? segment, string? sortBy, bool? descending,
        StockExportService export, CancellationToken ct)
    {
        TextRules.RequireSearch(search); // before the stream starts, so a bad search is a 400 problem, not a cut-off download
        var query = new GridQuery(search, locationCode, SegmentQuery.Parse(segment), sortBy, descending ?? false);
        return TypedResults.Stream(output => export.WriteCsvAsync(query, output, ct), "text/csv; charset=utf-8", "inventory.csv");
    }
}
