using System.Text.Json;
using System.Text.RegularExpressions;
using InventoryAdmin.Domain.Model;
using Microsoft.AspNetCore.Diagnostics;

namespace InventoryAdmin.Api;

/// <summary>
/// Turns what an /api request threw into a problem document: a broken rule 404/409/422 with its field messages, malformed input
/// (bad JSON, an unknown or repeated property, a value of the wrong type, no body) 400 naming the field, a framework refusal
/// its own status (413, 415…), anything else 500 with the trace id (the details stay in the log).
/// </summary>
internal sealed partial class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (!ApiProblems.IsApi(context.Request)) return false;

        var problem = exception switch
        {
            InventoryRuleException rule => Refused(rule),
            BadHttpRequestException bad => Malformed(bad),
            _ => null,
        };
        if (problem is null)
        {
            logger.LogError(exception, "API request {Method} {Path} failed", context.Request.Method, context.Request.Path);
            problem = new HttpValidationProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Detail = $"The server could not complete the request (trace id {context.TraceIdentifier}). Nothing was changed.",
            };
        }
        else
        {
            logger.LogInformation("Refused API request {Method} {Path}: {Status} {Detail}", context.Request.Method, context.Request.Path,
                problem.Status, problem.Detail);
        }

        context.Response.StatusCode = problem.Status!.Value;
        problem.Title = ApiProblemTitles.For(problem.Status.Value);
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    private static HttpValidationProblemDetails Refused(InventoryRuleException rule)
    {
        var problem = new HttpValidationProblemDetails(rule.Errors.ToDictionary(e => e.Key, e => e.Value))
        {
            Status = rule.Kind switch
            {
                RuleViolationKind.NotFound => StatusCodes.Status404NotFound,
                RuleViolationKind.Conflict => StatusCodes.Status409Conflict,
                RuleViolationKind.Malformed => StatusCodes.Status400BadRequest,
                RuleViolationKind.TooLarge => StatusCodes.Status413PayloadTooLarge,
                _ => StatusCodes.Status422UnprocessableEntity,
            },
            Detail = rule.Message,
        };
        // errors lists at most 100 fields (InventoryRuleException.MaxListedErrors); errorCount says how many there were.
        problem.Extensions["errorCount"] = rule.ErrorCount;
        return problem;
    }

    private static HttpValidationProblemDetails Malformed(BadHttpRequestException bad)
    {
        var (field, message) = bad.InnerException switch
        {
            JsonException json => FromJson(json),
            _ when ParameterBindingFailed().Match(bad.Message) is { Success: true } m =>
                (m.Groups["name"].Value, $"'{m.Groups["value"].Value}' is not a valid {m.Groups["name"].Value} (expected {m.Groups["type"].Value.TrimEnd('?')})."),
            _ when bad.StatusCode == StatusCodes.Status400BadRequest && bad.Message.Contains("body", StringComparison.OrdinalIgnoreCase) =>
                ("body", "The request needs a JSON object as its body; it was empty or null."),
            _ => (bad.StatusCode switch
            {
                StatusCodes.Status414UriTooLong => "url",
                StatusCodes.Status415UnsupportedMediaType => "contentType",
                _ => "body",
            }, bad.Message),
        };
        return new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = bad.StatusCode,
            Detail = message,
        };
    }

    /// <summary>The field a JSON error is about ("$.items[1].quantity" → "items[1].quantity") and a message naming it.</summary>
    private static (string Field, string Message) FromJson(JsonException json)
    {
        var path = (json.Path ?? "$").TrimStart('$').TrimStart('.');
        if (UnmappedProperty().Match(json.Message) is { Success: true } unmapped)
        {
            var field = FieldOf(path, unmapped.Groups["name"].Value);
            return (field, $"'{LastSegment(field)}' is not a field of this request, so nothing was done. Check its spelling against /openapi/v1.json.");
        }

        if (DuplicateProperty().Match(json.Message) is { Success: true } duplicate)
        {
            var field = FieldOf(path, duplicate.Groups["name"].Value);
            return (field, $"'{LastSegment(field)}' is given more than once; give each field once (names are not case-sensitive).");
        }

        var message = json.Message;
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (cut > 0) message = message[..cut];
        return path.Length == 0
            ? ("body", $"The body is not valid JSON for this request: {message}")
            : (path, $"'{path}' has a value of the wrong type, or the JSON breaks off there: {message}");
    }

    /// <summary>The path of the property a JSON error names: the error's path when it already ends at that property, else the property under it.</summary>
    private static string FieldOf(string path, string name) =>
        string.Equals(LastSegment(path), name, StringComparison.OrdinalIgnoreCase) ? path : path.Length == 0 ? name : $"{path}.{name}";

    private static string LastSegment(string path) => path[(path.LastIndexOfAny(['.', ']']) + 1)..];

    [GeneratedRegex("^Failed to bind parameter \"(?<type>.+) (?<name>[^ ]+)\" from \"(?<value>.*)\"\\.$")]
    private static partial Regex ParameterBindingFailed();

    [GeneratedRegex("The JSON property '(?<name>.+?)' could not be mapped")]
    private static partial Regex UnmappedProperty();

    [GeneratedRegex("[Dd]uplicate (?:JSON )?property '(?<name>.+?)'|'(?<name>[^']+)' .*duplicate")]
    private static partial Regex DuplicateProperty();
}
