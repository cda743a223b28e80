using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wuzhong.Domain.Plans;

namespace Wuzhong.Infrastructure.Persistence.Configurations;

public sealed class TargetDistrictConfiguration : IEntityTypeConfiguration<TargetDistrict>
{
    public void Configure(EntityTypeBuilder<TargetDistrict> builder)
    {
        builder.HasKey(d => new { d.TargetId, d.DistrictId });
        builder.HasIndex(d => d.DistrictId);
        builder.HasOne(d => d.Target).WithMany(t => t.Districts).HasForeignKey(d => d.TargetId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(d => d.District).WithMany().HasForeignKey(d => d.DistrictId).OnDelete(DeleteBehavior.Restrict);
    }
}
