using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Identity;

/// <summary>Users, roles and API keys; shares the SQLite file with the inventory store by default.</summary>
/// <remarks>
/// Add a migration from the repository root with
/// <c>dotnet ef migrations add &lt;Name&gt; --project InventoryAdmin --context AppIdentityDbContext --output-dir Identity/Migrations</c>.
/// </remarks>
public sealed class AppIdentityDbContext(DbContextOptions<AppIdentityDbContext> options) : IdentityDbContext<ApplicationUser>(options)
{
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

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
