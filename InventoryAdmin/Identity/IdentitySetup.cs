using Microsoft.AspNetCore.Identity;

namespace InventoryAdmin.Identity;

public static class IdentitySetup
{
    /// <summary>One schema version for the app and every test that builds the Identity model (EF caches the model per process).</summary>
    public static readonly Version SchemaVersion = IdentitySchemaVersions.Version3;

    public const int MaxFailedSignIns = 5;

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
