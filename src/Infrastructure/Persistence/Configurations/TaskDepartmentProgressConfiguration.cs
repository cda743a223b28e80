using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wuzhong.Domain.Organisation;
using Wuzhong.Domain.Plans;
using Wuzhong.Domain.Reporting;
using Wuzhong.Infrastructure.Analytics;

namespace Wuzhong.Infrastructure.Persistence.Configurations;

public sealed class TaskDepartmentProgressConfiguration : IEntityTypeConfiguration<TaskDepartmentProgress>
{
    public void Configure(EntityTypeBuilder<TaskDepartmentProgress> builder)
    {
        builder.ToTable("TaskDepartmentProgress");
        builder.HasKey(p => new { p.WorkTaskId, p.DepartmentId });
        builder.HasIndex(p => p.DepartmentId);
        builder.HasOne<WorkTask>().WithMany(t => t.DepartmentProgress).HasForeignKey(p => p.WorkTaskId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Department>().WithMany().HasForeignKey(p => p.DepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}
