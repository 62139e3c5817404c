using InventoryAdmin.Components.Account;
using InventoryAdmin.Domain.Store;
using InventoryAdmin.Identity;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MudBlazor.Services;
using Serilog;

namespace InventoryAdmin;

internal static class WebServiceCollectionExtensions
{
    /// <summary>Blazor Server with MudBlazor, Identity in the same database, Serilog, health checks.</summary>
    public static IServiceCollection AddWebServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSerilog((sp, lc) => lc.ReadFrom.Configuration(configuration).ReadFrom.Services(sp));
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices(mud => mud.SnackbarConfiguration.PositionClass = MudBlazor.Defaults.Classes.Position.BottomRight);

        services.AddCascadingAuthenticationState();
        services.AddScoped<IdentityRedirectManager>();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        services.AddAuthorization();

        services.AddDbContextFactory<AppIdentityDbContext>((sp, options) =>
            options.Use(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<StoreInstance>()));
        services.AddIdentityCore<ApplicationUser>(IdentitySetup.Configure)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AppIdentityDbContext>()
            .AddSignInManager<AppSignInManager>()
            .AddDefaultTokenProviders();
        services.Configure<SecurityStampValidatorOptions>(IdentitySetup.ConfigureSessions);
        services.AddScoped<ISecurityStampValidator, SessionStampValidator>();
        services.AddSharedKeyRing();
        services.AddSingleton<ApiKeyService>();
        services.AddSingleton<UserAdminService>();

        services.AddHostedService<Jobs.RedistributionWorker>();
        services.AddHostedService<Jobs.AvailabilityWorker>();
        services.AddHostedService<Jobs.ChangeListenerWorker>();

        services.AddHealthChecks().AddDbContextCheck<InventoryDbContext>();
        return services;
    }
}
