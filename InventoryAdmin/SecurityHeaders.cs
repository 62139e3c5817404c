using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace InventoryAdmin;

/// <summary>
/// Headers on every answer, pages and API alike: no MIME sniffing, no full URLs in the Referer sent to other sites, no framing
/// (X-Frame-Options and CSP frame-ancestors, against clickjacking), and no Server header advertising the stack.
/// </summary>
internal static class SecurityHeaders
{
    /// <summary>
    /// Through a startup filter, so the headers are set outside everything else in the pipeline, including the routing and
    /// authorization the host adds (a sign-in redirect or a 401 carries them too).
    /// </summary>
    public static IServiceCollection AddSecurityHeaders(this IServiceCollection services) => services
        .Configure<KestrelServerOptions>(kestrel => kestrel.AddServerHeader = false)
        .AddTransient<IStartupFilter, SecurityHeadersStartupFilter>();

    /// <summary>Set as the answer starts, so error pages and problem documents (which clear headers) carry them too.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(static state =>
        {
            var headers = ((HttpContext)state).Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers.XFrameOptions = "DENY";
            // Blazor's interactive pages send frame-ancestors 'self'; this app is never framed, so any framing directive becomes 'none'.
            var directives = headers.ContentSecurityPolicy.ToString().Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(d => !d.StartsWith("frame-ancestors", StringComparison.OrdinalIgnoreCase))
                .Append("frame-ancestors 'none'");
            headers.ContentSecurityPolicy = string.Join("; ", directives);
            return Task.CompletedTask;
        }, context);
        return next(context);
    });
}
