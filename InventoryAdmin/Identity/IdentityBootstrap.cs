using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Identity;

/// <summary>
/// At start: migrates the Identity tables, creates the roles, and either the demo users (Demo:Seed)
/// or the first admin from Admin:Email / Admin:Password. With neither, /Account/Setup creates the first admin.
/// </summary>
public static class IdentityBootstrap
{
    public const string DemoPassword = "Demo!2345";

    public static readonly (string Email, string Role)[] DemoUsers =
    [
        ("admin@demo.local", Roles.Admin),
        ("merchandiser@demo.local", Roles.Merchandiser),
        ("warehouse@demo.local", Roles.WarehouseManager),
    ];

    public static async Task RunAsync(IServiceProvider services, bool seedDemo, IConfiguration configuration, ILogger logger)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppIdentityDbContext>();
        await db.Database.MigrateAsync();

        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));

        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        if (seedDemo)
        {
            foreach (var (email, role) in DemoUsers)
                await EnsureUserAsync(users, email, DemoPassword, role, logger);
        }
        else if (configuration["Admin:Email"] is { Length: > 0 } email && configuration["Admin:Password"] is { Length: > 0 } password)
        {
            if (!await users.Users.AnyAsync()) await EnsureUserAsync(users, email, password, Roles.Admin, logger);
        }
    }

    public static async Task<bool> AnyUserAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppIdentityDbContext>().Users.AnyAsync();
    }

    private static async Task EnsureUserAsync(UserManager<ApplicationUser> users, string email, string password, string role, ILogger logger)
    {
        if (await users.FindByEmailAsync(email) is not null) return;
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            logger.LogError("Could not create user {Email}: {Errors}", email, string.Join(" ", result.Errors.Select(e => e.Description)));
            return;
        }

        await users.AddToRoleAsync(user, role);
    }
}
