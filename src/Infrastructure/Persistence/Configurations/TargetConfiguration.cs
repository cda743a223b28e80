using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wuzhong.Domain.Plans;

namespace Wuzhong.Infrastructure.Persistence.Configurations;

public sealed class TargetConfiguration : IEntityTypeConfiguration<Target>
{
    public void Configure(EntityTypeBuilder<Target> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(128).IsRequired();
        builder.Property(t => t.Text).HasMaxLength(1000).IsRequired();
        builder.HasIndex(t => new { t.PlanId, t.Number }).IsUnique();
        builder.HasMany(t => t.Departments).WithOne(d => d.Target).HasForeignKey(d => d.TargetId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(t => t.Leaders).WithOne(l => l.Target).HasForeignKey(l => l.TargetId).OnDelete(DeleteBehavior.Cascade);
    }
}
