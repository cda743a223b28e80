using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wuzhong.Domain.Plans;
using Wuzhong.Domain.Reporting;
using Wuzhong.Infrastructure.Analytics;

namespace Wuzhong.Infrastructure.Persistence.Configurations;

public sealed class TaskProgressConfiguration : IEntityTypeConfiguration<TaskProgress>
{
    public void Configure(EntityTypeBuilder<TaskProgress> builder)
    {
        builder.ToTable("TaskProgress");
        builder.HasKey(p => p.WorkTaskId);
        builder.HasOne<WorkTask>().WithOne(t => t.Progress).HasForeignKey<TaskProgress>(p => p.WorkTaskId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => p.LatestStatus);
    }
}
