using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Identity;

/// <summary>
/// The data-protection keys (sign-in and antiforgery cookies) live in the database under one application name, so
/// every app instance on that database reads and writes the same key ring: a cookie issued by one is accepted by all.
/// </summary>
public static class SharedKeyRing
{
    public const string ApplicationName = "InventoryAdmin";

    /// <summary>Any number that no other advisory lock of the database uses ("IAkr").</summary>
    private const long CreateLock = 0x49416B72;

    public static IServiceCollection AddSharedKeyRing(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName(ApplicationName).PersistKeysToDbContext<AppIdentityDbContext>();
        return services;
    }

    /// <summary>
    /// Loads the key ring once at start, creating its first key when there is none. On PostgreSQL under an advisory
    /// lock: instances started together would otherwise each create a first key, and one's cookies would name a key the
    /// other has not loaded (it reloads its ring only on its own schedule).
    /// </summary>
    public static async Task EnsureAsync(IServiceProvider services)
    {
        var protector = services.GetRequiredService<IDataProtectionProvider>().CreateProtector(nameof(SharedKeyRing));
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppIdentityDbContext>();
        if (!db.Database.IsNpgsql())
        {
            protector.Protect("start");
            return;
        }

        await db.Database.OpenConnectionAsync();
        await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_lock({CreateLock})");
        try
        {
            protector.Protect("start");
        }
        finally
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({CreateLock})");
            await db.Database.CloseConnectionAsync();
        }
    }
}
