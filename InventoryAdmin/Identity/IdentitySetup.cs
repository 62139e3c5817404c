using Microsoft.AspNetCore.Identity;

namespace InventoryAdmin.Identity;

public static class IdentitySetup
{
    /// <summary>One schema version for the app and every test that builds the Identity model (EF caches the model per process).</summary>
    public static readonly Version SchemaVersion = IdentitySchemaVersions.Version3;

    public const int MaxFailedSignIns = 5;

    /// <summary>How often an open page (interactive circuit) re-reads its user; disabling or a role change ends it within this.</summary>
    public static readonly TimeSpan CircuitRevalidationInterval = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The sign-in cookie's security stamp is checked on every request (pages, downloads, the circuit's start), so
    /// disabling a user or changing their roles (both change the stamp) ends their session at their next request.
    /// It costs one read of the user and their roles per request (README, Security).
    /// </summary>
    public static void ConfigureSessions(SecurityStampValidatorOptions options) => options.ValidationInterval = TimeSpan.Zero;

    public static void Configure(IdentityOptions options)
    {
        options.Stores.SchemaVersion = SchemaVersion;
        options.SignIn.RequireConfirmedAccount = false;
        options.User.RequireUniqueEmail = true;
        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = MaxFailedSignIns;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        options.Password.RequiredLength = 8;
    }
}
