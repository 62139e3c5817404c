using InventoryAdmin.Domain.Model.Stock;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InventoryAdmin.Domain.Store.Configurations;

internal sealed class LocationConfiguration : IEntityTypeConfiguration<Location>
{
    public void Configure(EntityTypeBuilder<Location> builder)
    {
        builder.Property(l => l.Code).HasMaxLength(64).UseCollation("NOCASE");
        builder.Property(l => l.Name).HasMaxLength(200);
        builder.Property(l => l.LockReason).HasMaxLength(500);
        builder.Property(l => l.LockedBy).HasMaxLength(256);
        builder.HasIndex(l => l.Code).IsUnique();
    }
}
