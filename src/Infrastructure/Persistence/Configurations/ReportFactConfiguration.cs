using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wuzhong.Domain.Organisation;
using Wuzhong.Domain.Plans;
using Wuzhong.Domain.Reporting;
using Wuzhong.Infrastructure.Analytics;

namespace Wuzhong.Infrastructure.Persistence.Configurations;

public sealed class ReportFactConfiguration : IEntityTypeConfiguration<ReportFact>
{
    public void Configure(EntityTypeBuilder<ReportFact> builder)
    {
        builder.HasKey(f => new { f.WorkTaskId, f.DepartmentId, f.ReportPeriodId });
        builder.HasIndex(f => new { f.ReportPeriodId, f.DepartmentId });
        builder.HasIndex(f => f.PeriodMonth);
        builder.HasOne<WorkTask>().WithMany().HasForeignKey(f => f.WorkTaskId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Department>().WithMany().HasForeignKey(f => f.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ReportPeriod>().WithMany().HasForeignKey(f => f.ReportPeriodId).OnDelete(DeleteBehavior.Restrict);
    }
}
