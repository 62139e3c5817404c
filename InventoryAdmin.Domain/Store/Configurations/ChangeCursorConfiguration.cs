using InventoryAdmin.Domain.Model.Availability;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InventoryAdmin.Domain.Store.Configurations;

internal sealed class ChangeCursorConfiguration : IEntityTypeConfiguration<ChangeCursor>
{
    public void Configure(EntityTypeBuilder<ChangeCursor> builder)
    {
        builder.HasKey(c => c.Name);
        builder.Property(c => c.Name).HasMaxLength(50);
    }
}
