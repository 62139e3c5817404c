using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace InventoryAdmin.Api;

/// <summary>
/// Writes every problem under /api as application/problem+json, whatever the request's Accept header says (the framework's
/// default writer gives up on e.g. <c>Accept: text/csv</c> and the status-code page falls back to plain text).
/// </summary>
internal sealed class ApiProblemWriter(IOptions<ProblemDetailsOptions> problemOptions, IOptions<JsonOptions> jsonOptions) : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => ApiProblems.IsApi(context.HttpContext.Request);

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        problemOptions.Value.CustomizeProblemDetails?.Invoke(context);
        var problem = context.ProblemDetails;
        return new ValueTask(context.HttpContext.Response.WriteAsJsonAsync(problem, problem.GetType(), jsonOptions.Value.SerializerOptions,
            "application/problem+json", context.HttpContext.RequestAborted));
    }
}
