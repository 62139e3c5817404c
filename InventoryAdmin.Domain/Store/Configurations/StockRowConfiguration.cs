using InventoryAdmin.Domain.Model.Stock;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InventoryAdmin.Domain.Store.Configurations;

internal sealed class StockRowConfiguration : IEntityTypeConfiguration<StockRow>
{
    public void Configure(EntityTypeBuilder<StockRow> builder)
    {
        builder.Property(s => s.SegmentKey).HasMaxLength(200);
        builder.HasOne<Product>().WithMany().HasForeignKey(s => s.ProductId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Location>().WithMany().HasForeignKey(s => s.LocationId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(s => s.Traits);
        // No foreign key on StorageLocationId: 0 means "no storage location" and is part of the unique key, which
        // a nullable column would not be (NULLs never collide in a unique index).
        builder.HasIndex(s => new { s.ProductId, s.LocationId, s.SegmentKey, s.StorageLocationId }).IsUnique();
        builder.HasIndex(s => new { s.LocationId, s.StorageLocationId });
    }
}
