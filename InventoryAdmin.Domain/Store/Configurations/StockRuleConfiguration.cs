using InventoryAdmin.Domain.Model.Availability;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InventoryAdmin.Domain.Store.Configurations;

internal sealed class StockRuleConfiguration : IEntityTypeConfiguration<StockRule>
{
    public void Configure(EntityTypeBuilder<StockRule> builder)
    {
        builder.Property(r => r.SegmentKey).HasMaxLength(200);
        builder.Ignore(r => r.Specificity);
        // No foreign keys: 0 means "any location" / "any product" and is part of the unique key (as on stock rows).
        builder.HasIndex(r => new { r.SegmentKey, r.LocationId, r.ProductId }).IsUnique();
    }
}
