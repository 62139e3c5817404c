using InventoryAdmin.Domain.Model.Orders;
using InventoryAdmin.Domain.Model.Stock;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InventoryAdmin.Domain.Store.Configurations;

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> builder)
    {
        builder.Property(o => o.ExternalId).HasMaxLength(Order.MaxExternalIdLength);
        builder.Property(o => o.Source).HasMaxLength(Order.MaxSourceLength);
        builder.Property(o => o.CreatedBy).HasMaxLength(256);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(32);
        // The idempotency key: a second insert of the same order fails in the database, whatever instance sends it.
        builder.HasIndex(o => new { o.Source, o.ExternalId }).IsUnique();
        // No index on CreatedAtUtc: the list pages by Id (newest first), and every index is one more page an order's COMMIT writes.
        builder.HasMany(o => o.Items).WithOne().HasForeignKey(i => i.OrderId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(o => o.Items).HasField("items").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class OrderItemConfiguration : IEntityTypeConfiguration<OrderItem>
{
    public void Configure(EntityTypeBuilder<OrderItem> builder)
    {
        builder.Property(i => i.LineId).HasMaxLength(64);
        builder.Property(i => i.SegmentKey).HasMaxLength(200);
        builder.Property(i => i.UnallocatedReason).HasMaxLength(500);
        builder.HasOne<Product>().WithMany().HasForeignKey(i => i.ProductId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(i => i.Allocations).WithOne().HasForeignKey(a => a.OrderItemId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.Allocations).HasField("allocations").UsePropertyAccessMode(PropertyAccessMode.Field);
        // Only the items waiting for stock, which the monitor lists: an allocated item adds nothing to this index.
        builder.HasIndex(i => i.UnallocatedQuantity).HasFilter("\"UnallocatedQuantity\" > 0");
    }
}

internal sealed class AllocationConfiguration : IEntityTypeConfiguration<Allocation>
{
    public void Configure(EntityTypeBuilder<Allocation> builder)
    {
        builder.Property(a => a.SegmentKey).HasMaxLength(200);
        builder.Ignore(a => a.Open);
        builder.HasOne<Product>().WithMany().HasForeignKey(a => a.ProductId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Location>().WithMany().HasForeignKey(a => a.LocationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.LocationId, a.SentAtUtc });
        builder.HasIndex(a => new { a.ProductId, a.LocationId, a.SegmentKey });
        // No index on OrderId: an order's allocations are read through its items (OrderItemId).
    }
}
