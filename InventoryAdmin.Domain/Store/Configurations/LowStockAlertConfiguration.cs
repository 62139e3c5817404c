using InventoryAdmin.Domain.Model.Availability;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InventoryAdmin.Domain.Store.Configurations;

internal sealed class LowStockAlertConfiguration : IEntityTypeConfiguration<LowStockAlert>
{
    public void Configure(EntityTypeBuilder<LowStockAlert> builder)
    {
        builder.Property(a => a.SegmentKey).HasMaxLength(200);
        builder.HasKey(a => new { a.ProductId, a.LocationId, a.SegmentKey });
        builder.HasIndex(a => a.SinceUtc);
    }
}
