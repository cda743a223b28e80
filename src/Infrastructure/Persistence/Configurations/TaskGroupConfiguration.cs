using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wuzhong.Domain.Plans;

namespace Wuzhong.Infrastructure.Persistence.Configurations;

public sealed class TaskGroupConfiguration : IEntityTypeConfiguration<TaskGroup>
{
    public void Configure(EntityTypeBuilder<TaskGroup> builder)
    {
        builder.Property(g => g.Name).HasMaxLength(256).IsRequired();
        builder.HasIndex(g => new { g.SectionId, g.Number }).IsUnique();
        // Tasks go with their plan (one cascade path, as SQL Server requires), never with a group.
        builder.HasMany(g => g.Tasks).WithOne(t => t.Group).HasForeignKey(t => t.GroupId).OnDelete(DeleteBehavior.Restrict);
    }
}
