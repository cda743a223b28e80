using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wuzhong.Domain.Plans;

namespace Wuzhong.Infrastructure.Persistence.Configurations;

public sealed class TaskLeaderConfiguration : IEntityTypeConfiguration<TaskLeader>
{
    public void Configure(EntityTypeBuilder<TaskLeader> builder)
    {
        builder.HasKey(l => new { l.WorkTaskId, l.LeaderId });
        builder.HasIndex(l => l.LeaderId);
        builder.HasOne(l => l.Leader).WithMany(l => l.TaskLinks).HasForeignKey(l => l.LeaderId).OnDelete(DeleteBehavior.Restrict);
    }
}
