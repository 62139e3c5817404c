using InventoryAdmin.Domain.Store.PostgreSQL;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Identity;

/// <summary>Users, roles, API keys and the data-protection key ring (shared by every app instance); shares the database with the inventory store.</summary>
/// <remarks>
/// Add a migration from the repository root with
/// <c>dotnet ef migrations add &lt;Name&gt; --project InventoryAdmin --context AppIdentityDbContext --output-dir Identity/Migrations/Sqlite --namespace InventoryAdmin.Identity.Migrations.Sqlite</c>
/// and for PostgreSQL (any reachable or not: only the provider matters)
/// <c>dotnet ef migrations add &lt;Name&gt; --project InventoryAdmin --context AppIdentityDbContext --output-dir Identity/Migrations/PostgreSQL --namespace InventoryAdmin.Identity.Migrations.PostgreSQL -- --Database:Provider=PostgreSQL --ConnectionStrings:Inventory=Host=127.0.0.1</c>.
/// </remarks>
public sealed class AppIdentityDbContext(DbContextOptions<AppIdentityDbContext> options) : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        if (Database.IsNpgsql()) PostgreSqlModel.Conventions(configurationBuilder);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<ApiKey>(key =>
        {
            key.Property(k => k.Name).HasMaxLength(100);
            key.Property(k => k.Prefix).HasMaxLength(16);
            key.Property(k => k.Hash).HasMaxLength(64);
            key.Property(k => k.Role).HasMaxLength(32);
            key.Property(k => k.CreatedBy).HasMaxLength(256);
            key.HasIndex(k => k.Hash).IsUnique();
        });
    }
}
