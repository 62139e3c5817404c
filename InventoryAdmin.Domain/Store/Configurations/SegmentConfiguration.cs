using InventoryAdmin.Domain.Model.Stock;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InventoryAdmin.Domain.Store.Configurations;

internal sealed class SegmentConfiguration : IEntityTypeConfiguration<Segment>
{
    public void Configure(EntityTypeBuilder<Segment> builder)
    {
        builder.ToTable("Segments");
        builder.Property(s => s.SegmentKey).HasMaxLength(200);
        builder.Ignore(s => s.Figures);
        builder.HasOne<Product>().WithMany().HasForeignKey(s => s.ProductId).OnDelete(DeleteBehavior.Restrict);
        // One index only: every read goes by product (and location). A foreign key to Location would bring an index on
        // LocationId that costs every bulk refresh an extra B-tree write per segment, for the rare whole-location lock,
        // which can scan instead; segments are derived from stock rows, whose foreign keys already guard the location.
        builder.HasIndex(s => new { s.ProductId, s.LocationId, s.SegmentKey }).IsUnique();
    }
}
