using InventoryAdmin.Domain.Model.Tags;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InventoryAdmin.Domain.Store.Configurations;

internal sealed class TagConfiguration : IEntityTypeConfiguration<Tag>
{
    public void Configure(EntityTypeBuilder<Tag> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(50).UseCollation("NOCASE");
        builder.HasIndex(t => t.Name).IsUnique();
        builder.Ignore(t => t.DefaultValue);
        builder.Ignore(t => t.Mode);
        builder.HasMany<TagValue>("_values").WithOne().HasForeignKey(v => v.TagId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation("_values").AutoInclude();
        builder.Ignore(t => t.Values);
    }
}
