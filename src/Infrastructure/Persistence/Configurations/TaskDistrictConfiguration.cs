using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wuzhong.Domain.Plans;

namespace Wuzhong.Infrastructure.Persistence.Configurations;

public sealed class TaskDistrictConfiguration : IEntityTypeConfiguration<TaskDistrict>
{
    public void Configure(EntityTypeBuilder<TaskDistrict> builder)
    {
        builder.HasKey(l => new { l.WorkTaskId, l.DistrictId });
        builder.HasIndex(l => l.DistrictId);
        builder.HasOne(l => l.District).WithMany(d => d.TaskLinks).HasForeignKey(l => l.DistrictId).OnDelete(DeleteBehavior.Restrict);
    }
}
