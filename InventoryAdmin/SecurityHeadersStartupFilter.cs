namespace InventoryAdmin;

/// <summary>Puts <see cref="SecurityHeaders.UseSecurityHeaders"/> in front of the whole pipeline.</summary>
internal sealed class SecurityHeadersStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseSecurityHeaders();
        next(app);
    };
}
