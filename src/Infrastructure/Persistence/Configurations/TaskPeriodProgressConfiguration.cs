using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wuzhong.Domain.Plans;
using Wuzhong.Domain.Reporting;
using Wuzhong.Infrastructure.Analytics;

namespace Wuzhong.Infrastructure.Persistence.Configurations;

public sealed class TaskPeriodProgressConfiguration : IEntityTypeConfiguration<TaskPeriodProgress>
{
    public void Configure(EntityTypeBuilder<TaskPeriodProgress> builder)
    {
        builder.ToTable("TaskPeriodProgress");
        builder.HasKey(p => new { p.WorkTaskId, p.ReportPeriodId });
        builder.HasIndex(p => new { p.PeriodMonth, p.WorkTaskId });
        builder.HasOne<WorkTask>().WithMany().HasForeignKey(p => p.WorkTaskId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ReportPeriod>().WithMany().HasForeignKey(p => p.ReportPeriodId).OnDelete(DeleteBehavior.Restrict);
    }
}
