using InventoryAdmin.Domain.Model.Bundles;
using InventoryAdmin.Domain.Model.Stock;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InventoryAdmin.Domain.Store.Configurations;

internal sealed class BundleComponentConfiguration : IEntityTypeConfiguration<BundleComponent>
{
    public void Configure(EntityTypeBuilder<BundleComponent> builder)
    {
        builder.ToTable("BundleComponents");
        builder.HasKey(c => new { c.BundleId, c.ComponentId });
        builder.HasOne<Product>().WithMany(p => p.Components).HasForeignKey(c => c.BundleId).OnDelete(DeleteBehavior.Cascade);
        // "Which bundles use this product": refuses turning a component into a bundle, and finds bundles to refresh.
        builder.HasOne<Product>().WithMany().HasForeignKey(c => c.ComponentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.ComponentId);
    }
}
