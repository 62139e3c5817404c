using InventoryAdmin.Domain.Model.Redistribution;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InventoryAdmin.Domain.Store.Configurations;

internal sealed class RedistributionJobConfiguration : IEntityTypeConfiguration<RedistributionJob>
{
    public void Configure(EntityTypeBuilder<RedistributionJob> builder)
    {
        builder.ToTable("RedistributionJobs");
        builder.Property(j => j.Mode).HasConversion<string>().HasMaxLength(16);
        builder.Property(j => j.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(j => j.ScopeSkus).HasMaxLength(RedistributionJob.MaxScopeLength);
        builder.Property(j => j.ScopeUpcs).HasMaxLength(RedistributionJob.MaxScopeLength);
        builder.Property(j => j.ScopeLocationCodes).HasMaxLength(RedistributionJob.MaxScopeLength);
        builder.Property(j => j.CreatedBy).HasMaxLength(256);
        builder.Property(j => j.CancelledBy).HasMaxLength(256);
        builder.Property(j => j.Error).HasMaxLength(2000);
        builder.Ignore(j => j.Scope);
        builder.Ignore(j => j.IsFinished);
        builder.Ignore(j => j.Progress);
        builder.HasIndex(j => j.Status);
        builder.HasMany<RedistributionResidual>().WithOne().HasForeignKey(r => r.JobId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RedistributionResidualConfiguration : IEntityTypeConfiguration<RedistributionResidual>
{
    public void Configure(EntityTypeBuilder<RedistributionResidual> builder)
    {
        builder.ToTable("RedistributionResiduals");
        builder.Property(r => r.SegmentKey).HasMaxLength(200);
        builder.HasIndex(r => r.JobId);
    }
}
