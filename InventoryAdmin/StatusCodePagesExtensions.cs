using Microsoft.AspNetCore.Diagnostics;

namespace InventoryAdmin;

internal static class StatusCodePagesExtensions
{
    /// <summary>
    /// Keeps the app's not-found page away from the API (whose clients expect problem details or an empty
    /// 404). Placed after <c>UseStatusCodePagesWithReExecute</c>, which stays on the main pipeline.
    /// </summary>
    public static IApplicationBuilder UseStatusCodePagesOnlyForPages(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/api") && context.Features.Get<IStatusCodePagesFeature>() is { } pages)
                pages.Enabled = false;
            return next(context);
        });
}
