using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wuzhong.Domain.Organisation;

namespace Wuzhong.Infrastructure.Persistence.Configurations;

public sealed class DistrictMembershipConfiguration : IEntityTypeConfiguration<DistrictMembership>
{
    public void Configure(EntityTypeBuilder<DistrictMembership> builder)
    {
        builder.HasKey(m => new { m.CollectiveId, m.MemberId });
        builder.HasIndex(m => m.MemberId);
        builder.HasOne(m => m.Member).WithMany().HasForeignKey(m => m.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}
