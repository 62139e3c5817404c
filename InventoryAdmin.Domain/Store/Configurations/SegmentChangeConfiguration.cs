using InventoryAdmin.Domain.Model.Availability;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InventoryAdmin.Domain.Store.Configurations;

/// <summary>Rows come from the triggers of <see cref="SegmentChangeTriggers"/> and from stock rule changes, never from EF inserts.</summary>
internal sealed class SegmentChangeConfiguration : IEntityTypeConfiguration<SegmentChange>
{
    public void Configure(EntityTypeBuilder<SegmentChange> builder)
    {
        builder.ToTable("SegmentChanges");
        builder.Property(c => c.SegmentKey).HasMaxLength(200);
        builder.Ignore(c => c.Available);
        builder.HasIndex(c => new { c.TxId, c.Id });
        builder.HasIndex(c => c.ChangedAtUtc);
    }
}
