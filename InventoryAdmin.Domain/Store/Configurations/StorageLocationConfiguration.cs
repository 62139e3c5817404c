using InventoryAdmin.Domain.Model.Stock;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InventoryAdmin.Domain.Store.Configurations;

internal sealed class StorageLocationConfiguration : IEntityTypeConfiguration<StorageLocation>
{
    public void Configure(EntityTypeBuilder<StorageLocation> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(StorageLocation.MaxNameLength).UseCollation("NOCASE");
        builder.Ignore(s => s.Traits);
        builder.Property(s => s.Reason).HasMaxLength(500);
        builder.Property(s => s.ChangedBy).HasMaxLength(256);
        builder.HasOne<Location>().WithMany().HasForeignKey(s => s.LocationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.LocationId, s.Name }).IsUnique();
    }
}
