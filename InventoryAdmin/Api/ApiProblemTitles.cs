namespace InventoryAdmin.Api;

/// <summary>The title of a problem document by its status: the same few sentences for every refusal of the API.</summary>
internal static class ApiProblemTitles
{
    public const string Malformed = "The request is malformed.";
    public const string NotFound = "Not found.";
    public const string Conflict = "The request conflicts with the current state.";
    public const string BrokenRule = "The request breaks a rule.";
    public const string TooLarge = "The request is larger than the limit.";
    public const string UnsupportedMediaType = "The request's content type is not supported.";
    public const string ServerError = "Server error.";

    public static string For(int status) => status switch
    {
        StatusCodes.Status400BadRequest => Malformed,
        StatusCodes.Status404NotFound => NotFound,
        StatusCodes.Status409Conflict => Conflict,
        StatusCodes.Status413PayloadTooLarge => TooLarge,
        StatusCodes.Status415UnsupportedMediaType => UnsupportedMediaType,
        StatusCodes.Status422UnprocessableEntity => BrokenRule,
        >= 500 => ServerError,
        _ => Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } phrase ? phrase + "." : "The request was refused.",
    };

    /// <summary>What a bare status (no endpoint, wrong method, wrong content type…) means for the caller.</summary>
    public static string? DetailFor(HttpContext context) => context.Response.StatusCode switch
    {
        StatusCodes.Status404NotFound =>
            $"Nothing answers {context.Request.Method} {context.Request.Path}. Check the path and its ids (numbers where /openapi/v1.json says so).",
        StatusCodes.Status405MethodNotAllowed => $"{context.Request.Method} is not allowed on {context.Request.Path}; /openapi/v1.json lists the methods.",
        StatusCodes.Status415UnsupportedMediaType => "Send the body as JSON, with Content-Type: application/json (UTF-8).",
        _ => null,
    };
}
