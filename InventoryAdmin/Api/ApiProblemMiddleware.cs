using System.Text.Json;
using InventoryAdmin.Domain.Model;
using Microsoft.AspNetCore.Mvc;

namespace InventoryAdmin.Api;

/// <summary>
/// Turns refused API requests into RFC 7807 problem details: malformed input 400, unknown 404,
/// conflict 409, broken rule 422, each with field-level messages.
/// </summary>
internal sealed class ApiProblemMiddleware(RequestDelegate next, ILogger<ApiProblemMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (InventoryRuleException ex) when (!context.Response.HasStarted)
        {
            var status = ex.Kind switch
            {
                RuleViolationKind.NotFound => StatusCodes.Status404NotFound,
                RuleViolationKind.Conflict => StatusCodes.Status409Conflict,
                RuleViolationKind.Malformed => StatusCodes.Status400BadRequest,
                RuleViolationKind.TooLarge => StatusCodes.Status413PayloadTooLarge,
                _ => StatusCodes.Status422UnprocessableEntity,
            };
            await WriteAsync(context, status, ex.Message, ex.Errors, ex.ErrorCount);
        }
        catch (BadHttpRequestException ex) when (!context.Response.HasStarted)
        {
            var field = ex.InnerException is JsonException { Path: { Length: > 0 } path } ? ToField(path) : "body";
            var message = ex.InnerException is JsonException json ? $"{ex.Message} {json.Message}" : ex.Message;
            logger.LogInformation("Malformed API request {Path}: {Message}", context.Request.Path, message);
            await WriteAsync(context, StatusCodes.Status400BadRequest, message, new Dictionary<string, string[]> { [field] = [message] });
        }
        catch (Exception ex) when (!context.Response.HasStarted && ex is not OperationCanceledException)
        {
            // Integrations get problem details for server faults too; the details stay in the log.
            logger.LogError(ex, "API request {Method} {Path} failed", context.Request.Method, context.Request.Path);
            await WriteAsync(context, StatusCodes.Status500InternalServerError,
                $"The server could not complete the request (trace id {context.TraceIdentifier}). Nothing was changed.", new Dictionary<string, string[]>());
        }
    }

    private static Task WriteAsync(HttpContext context, int status, string detail, IReadOnlyDictionary<string, string[]> errors, int? errorCount = null)
    {
        var problem = new HttpValidationProblemDetails(errors.ToDictionary(e => e.Key, e => e.Value))
        {
            Status = status,
            Title = status switch
            {
                400 => "The request is malformed.",
                404 => "Not found.",
                409 => "The request conflicts with the current state.",
                413 => "The request is larger than the limit.",
                500 => "Server error.",
                _ => "The request breaks a rule.",
            },
            Detail = detail,
            Instance = context.Request.Path,
        };
        // errors lists at most 100 fields (InventoryRuleException.MaxListedErrors); errorCount says how many there were.
        if (errorCount is { } count) problem.Extensions["errorCount"] = count;
        return TypedResults.Problem(problem).ExecuteAsync(context);
    }

    /// <summary>"$.values[0].percent" → "values[0].percent".</summary>
    private static string ToField(string jsonPath) => jsonPath.TrimStart('$', '.');
}
