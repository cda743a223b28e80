using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wuzhong.Domain.Plans;

namespace Wuzhong.Infrastructure.Persistence.Configurations;

public sealed class TargetDepartmentConfiguration : IEntityTypeConfiguration<TargetDepartment>
{
    public void Configure(EntityTypeBuilder<TargetDepartment> builder)
    {
        builder.HasKey(l => new { l.TargetId, l.DepartmentId });
        builder.HasIndex(l => l.DepartmentId);
        builder.HasOne(l => l.Department).WithMany().HasForeignKey(l => l.DepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}
