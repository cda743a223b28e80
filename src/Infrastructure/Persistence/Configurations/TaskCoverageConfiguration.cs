using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wuzhong.Domain.Plans;

namespace Wuzhong.Infrastructure.Persistence.Configurations;

/// <summary>The view <c>TaskCoverage</c>, created by each provider's InitialCreate migration (the same SQL, quoted per provider).</summary>
public sealed class TaskCoverageConfiguration : IEntityTypeConfiguration<TaskCoverage>
{
    public void Configure(EntityTypeBuilder<TaskCoverage> builder)
    {
        builder.ToView("TaskCoverage");
        builder.HasKey(c => new { c.WorkTaskId, c.DistrictId });
        builder.HasOne(c => c.WorkTask).WithMany(t => t.Coverage).HasForeignKey(c => c.WorkTaskId);
        builder.HasOne(c => c.District).WithMany().HasForeignKey(c => c.DistrictId);
    }
}
