using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wuzhong.Domain.Plans;

namespace Wuzhong.Infrastructure.Persistence.Configurations;

public sealed class WorkTaskConfiguration : IEntityTypeConfiguration<WorkTask>
{
    public void Configure(EntityTypeBuilder<WorkTask> builder)
    {
        builder.Property(t => t.Text).HasMaxLength(4000).IsRequired();
        // One task per number in a section, among the tasks in the plan (the index's filter is the provider's SQL, set by
        // the context): a withdrawn task keeps the number it had, which the amendment may give another task.
        builder.HasIndex(t => new { t.PlanId, t.SectionId, t.Number }).IsUnique();
        // A withdrawn task leaves every list, count and figure; it is read by id (node, a report's task) and by the importer.
        builder.HasQueryFilter(t => t.WithdrawnAt == null);
        builder.HasIndex(t => t.GroupId);
        // The default order of every task list (number, then id): a page is read from the index, not sorted from all tasks.
        builder.HasIndex(t => new { t.Number, t.Id });
        builder.HasOne(t => t.Section).WithMany().HasForeignKey(t => t.SectionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(t => t.Departments).WithOne(d => d.WorkTask).HasForeignKey(d => d.WorkTaskId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(t => t.Districts).WithOne(d => d.WorkTask).HasForeignKey(d => d.WorkTaskId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(t => t.Leaders).WithOne(l => l.WorkTask).HasForeignKey(l => l.WorkTaskId).OnDelete(DeleteBehavior.Cascade);
    }
}
