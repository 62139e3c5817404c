using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace InventoryAdmin.Identity;

/// <summary>Authenticates API calls by the X-Api-Key header; answers 401/403 with problem details (with traceId, as every /api refusal).</summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyService keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(HeaderName, out var values) || string.IsNullOrWhiteSpace(values.ToString()))
            return AuthenticateResult.NoResult();

        var identity = await keys.AuthenticateAsync(values.ToString().Trim(), Context.RequestAborted);
        if (identity is null) return AuthenticateResult.Fail("Unknown or revoked API key.");

        var claims = new[]
        {
            new Claim(ClaimTypes.Name, $"key:{identity.Name}"),
            new Claim(ClaimTypes.Role, identity.Role),
        };
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        WriteProblemAsync(StatusCodes.Status401Unauthorized, "Unauthorized",
            $"Send a valid API key in the {HeaderName} header. Keys are created by an admin at /admin/api-keys.");

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        WriteProblemAsync(StatusCodes.Status403Forbidden, "Forbidden",
            $"This API key's role ({Context.User.FindFirstValue(ClaimTypes.Role)}) may not use this endpoint.");

    /// <summary>Through the app's problem details service, so the document carries instance and traceId like every other refusal.</summary>
    private async Task WriteProblemAsync(int status, string title, string detail)
    {
        Response.StatusCode = status;
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        var service = Context.RequestServices.GetService<IProblemDetailsService>();
        if (service is null || !await service.TryWriteAsync(new ProblemDetailsContext { HttpContext = Context, ProblemDetails = problem }))
            await Response.WriteAsJsonAsync(problem, options: null, contentType: "application/problem+json");
    }
}
