using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wuzhong.Domain.Plans;

namespace Wuzhong.Infrastructure.Persistence.Configurations;

public sealed class WorkTaskConfiguration : IEntityTypeConfiguration<WorkTask>
{
    public void Configure(EntityTypeBuilder<WorkTask> builder)
    {
        builder.Property(t => t.Text).HasMaxLength(4000).IsRequired();
        // The task's identity across imports: plan + section + number.
        builder.HasIndex(t => new { t.PlanId, t.SectionId, t.Number }).IsUnique();
        builder.HasIndex(t => t.GroupId);
        // The default order of every task list (number, then id): a page is read from the index, not sorted from all tasks.
        builder.HasIndex(t => new { t.Number, t.Id });
        builder.HasOne(t => t.Section).WithMany().HasForeignKey(t => t.SectionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(t => t.Departments).WithOne(d => d.WorkTask).HasForeignKey(d => d.WorkTaskId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(t => t.Districts).WithOne(d => d.WorkTask).HasForeignKey(d => d.WorkTaskId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(t => t.Leaders).WithOne(l => l.WorkTask).HasForeignKey(l => l.WorkTaskId).OnDelete(DeleteBehavior.Cascade);
    }
}
