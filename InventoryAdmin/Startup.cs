using InventoryAdmin.Domain.Services.Demo;
using InventoryAdmin.Domain.Store;
using InventoryAdmin.Identity;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin;

/// <summary>What happens once at start: the database is migrated, demo data loaded, and sign-in explained.</summary>
internal static class Startup
{
    public const string DemoSeedSetting = "Demo:Seed";

    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var seedDemo = app.Configuration.GetValue(DemoSeedSetting, true);
        await InventoryDatabase.MigrateAsync(app.Services.GetRequiredService<IDbContextFactory<InventoryDbContext>>());
        await IdentityBootstrap.RunAsync(app.Services, seedDemo, app.Configuration, app.Logger);
        await SharedKeyRing.EnsureAsync(app.Services);
        if (seedDemo) await app.Services.GetRequiredService<DemoDataSeeder>().SeedAsync();

        app.Lifetime.ApplicationStarted.Register(() => _ = PrintSignInAsync(app, seedDemo));
    }

    private static async Task PrintSignInAsync(WebApplication app, bool seedDemo)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var url = addresses.FirstOrDefault() ?? "(no address)";
        if (seedDemo)
        {
            var users = string.Join(Environment.NewLine, IdentityBootstrap.DemoUsers.Select(u => $"    {u.Email,-26} {u.Role}"));
            app.Logger.LogInformation(
                "InventoryAdmin is running at {Url} — sign in at {Url}/Account/Login with password {Password} as one of:{NewLine}{Users}",
                url, url, IdentityBootstrap.DemoPassword, Environment.NewLine, users);
        }
        else if (!await IdentityBootstrap.AnyUserAsync(app.Services))
        {
            app.Logger.LogWarning("InventoryAdmin is running at {Url} — no user exists yet: open {Url}/Account/Setup to create the first admin.", url, url);
        }
        else
        {
            app.Logger.LogInformation("InventoryAdmin is running at {Url} — sign in at {Url}/Account/Login.", url, url);
        }
    }
}
