using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wuzhong.Domain.Plans;

namespace Wuzhong.Infrastructure.Persistence.Configurations;

public sealed class TaskDepartmentConfiguration : IEntityTypeConfiguration<TaskDepartment>
{
    public void Configure(EntityTypeBuilder<TaskDepartment> builder)
    {
        builder.HasKey(l => new { l.WorkTaskId, l.DepartmentId });
        // Department.tasks looks tasks up by department.
        builder.HasIndex(l => new { l.DepartmentId, l.IsLead });
        builder.HasOne(l => l.Department).WithMany(d => d.TaskLinks).HasForeignKey(l => l.DepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}
