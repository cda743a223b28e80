using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wuzhong.Domain.Plans;

namespace Wuzhong.Infrastructure.Persistence.Configurations;

public sealed class TargetLeaderConfiguration : IEntityTypeConfiguration<TargetLeader>
{
    public void Configure(EntityTypeBuilder<TargetLeader> builder)
    {
        builder.HasKey(l => new { l.TargetId, l.LeaderId });
        builder.HasIndex(l => l.LeaderId);
        builder.HasOne(l => l.Leader).WithMany().HasForeignKey(l => l.LeaderId).OnDelete(DeleteBehavior.Restrict);
    }
}
