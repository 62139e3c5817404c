using InventoryAdmin.Domain.Model.Tags;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InventoryAdmin.Domain.Store.Configurations;

internal sealed class TagValueConfiguration : IEntityTypeConfiguration<TagValue>
{
    public void Configure(EntityTypeBuilder<TagValue> builder)
    {
        builder.Property(v => v.Name).HasMaxLength(50).UseCollation("NOCASE");
        // Not unique: swapping two values' names in one edit would collide row by row. TagRules keeps names unique.
        builder.HasIndex(v => new { v.TagId, v.Name });
        builder.Ignore(v => v.Percent);
    }
}
