using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wuzhong.Domain.Plans;

namespace Wuzhong.Infrastructure.Persistence.Configurations;

public sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> builder)
    {
        // Unique where there is one (NULLs are distinct; SQL Server's index is filtered to the non-null codes).
        builder.Property(p => p.Code).HasMaxLength(64);
        builder.HasIndex(p => p.Code).IsUnique();
        // How a plan without a code is found again.
        builder.HasIndex(p => new { p.IssuerId, p.Year, p.Title });
        builder.Property(p => p.Title).HasMaxLength(256).IsRequired();
        builder.Property(p => p.Issuer).HasMaxLength(128).IsRequired();
        builder.HasOne(p => p.IssuingBody).WithMany(i => i.Plans).HasForeignKey(p => p.IssuerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Sections).WithOne(s => s.Plan).HasForeignKey(s => s.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Targets).WithOne(t => t.Plan).HasForeignKey(t => t.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Tasks).WithOne(t => t.Plan).HasForeignKey(t => t.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}
