using System.Diagnostics;
using System.Text;
using Microsoft.AspNetCore.Http.Features;
using KestrelServerOptions = Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions;
using Microsoft.Net.Http.Headers;

namespace InventoryAdmin.Api;

/// <summary>
/// Problem details for /api with the framework's pieces: <c>AddProblemDetails</c>, an <see cref="IExceptionHandler"/>
/// (<see cref="ApiExceptionHandler"/>) and status-code pages, so every 4xx and 5xx from /api is an application/problem+json document.
/// </summary>
internal static class ApiProblems
{
    /// <summary>The longest request target (path and query) the API answers; Kestrel's own default limit.</summary>
    public const int MaxTargetLength = 8 * 1024;

    /// <summary>
    /// Kestrel answers a request line over its limit with a bare 414 before the app sees it. It is raised to this, so a target
    /// between <see cref="MaxTargetLength"/> and this gets a 414 problem document from the app instead.
    /// </summary>
    private const int KestrelRequestLineLimit = 64 * 1024;

    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");

    public static IServiceCollection AddApiProblems(this IServiceCollection services)
    {
        // Before AddProblemDetails, so it is asked first (the framework's writer follows for the pages).
        services.AddSingleton<IProblemDetailsWriter, ApiProblemWriter>();
        services.AddProblemDetails(o => o.CustomizeProblemDetails = Complete);
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.Configure<KestrelServerOptions>(kestrel => kestrel.Limits.MaxRequestLineSize = KestrelRequestLineLimit);
        return services;
    }

    /// <summary>For requests under /api: exceptions and bare error statuses become problem documents; an unreadable charset is a 415.</summary>
    public static IApplicationBuilder UseApiProblems(this IApplicationBuilder app) =>
        app.UseWhen(c => IsApi(c.Request), api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
            api.Use((context, next) =>
            {
                RefuseLongTarget(context);
                RefuseUnreadableCharset(context.Request);
                return next(context);
            });
        });

    /// <summary>Fills what a bare status or a domain refusal leaves out: title, a detail for bare statuses, instance and trace id.</summary>
    private static void Complete(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var http = context.HttpContext;
        problem.Status ??= http.Response.StatusCode;
        problem.Title ??= ApiProblemTitles.For(problem.Status.Value);
        problem.Detail ??= ApiProblemTitles.DetailFor(http);
        problem.Instance ??= http.Request.Path;
        problem.Extensions.TryAdd("traceId", Activity.Current?.Id ?? http.TraceIdentifier);
    }

    private static void RefuseLongTarget(HttpContext context)
    {
        var length = context.Features.Get<IHttpRequestFeature>()?.RawTarget.Length ?? 0;
        if (length > MaxTargetLength)
            throw new BadHttpRequestException(
                $"The address is {length:N0} characters long; the API answers addresses up to {MaxTargetLength:N0}. Send long lists in a request body.",
                StatusCodes.Status414UriTooLong);
    }

    /// <summary>A body in a charset this server cannot decode (e.g. <c>application/json; charset=ebcdic</c>) is refused before anything reads it.</summary>
    private static void RefuseUnreadableCharset(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || !type.Charset.HasValue) return;
        var charset = type.Charset.Value.Trim('"');
        try
        {
            _ = Encoding.GetEncoding(charset);
        }
        catch (ArgumentException)
        {
            throw new BadHttpRequestException(
                $"The body's charset '{charset}' is not supported. Send it as UTF-8, e.g. Content-Type: {type.MediaType}; charset=utf-8.",
                StatusCodes.Status415UnsupportedMediaType);
        }
    }
}
