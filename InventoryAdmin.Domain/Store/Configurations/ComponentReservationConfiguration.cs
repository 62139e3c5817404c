using InventoryAdmin.Domain.Model.Orders;
using InventoryAdmin.Domain.Model.Stock;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InventoryAdmin.Domain.Store.Configurations;

internal sealed class ComponentReservationConfiguration : IEntityTypeConfiguration<ComponentReservation>
{
    public void Configure(EntityTypeBuilder<ComponentReservation> builder)
    {
        builder.ToTable("ComponentReservations");
        builder.Property(c => c.SegmentKey).HasMaxLength(200);
        builder.HasOne<Allocation>().WithMany(a => a.Components).HasForeignKey(c => c.AllocationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Product>().WithMany().HasForeignKey(c => c.ProductId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.ProductId, c.LocationId, c.SegmentKey });
    }
}
