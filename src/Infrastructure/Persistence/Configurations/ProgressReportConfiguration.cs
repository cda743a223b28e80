using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wuzhong.Domain.Reporting;

namespace Wuzhong.Infrastructure.Persistence.Configurations;

public sealed class ProgressReportConfiguration : IEntityTypeConfiguration<ProgressReport>
{
    public void Configure(EntityTypeBuilder<ProgressReport> builder)
    {
        // No column limit: the length rule (Reporting:MaxSummaryLength, in characters as a person counts them, and four
        // UTF-16 units a character on average) is the bound, whatever it is set to.
        builder.Property(r => r.Summary).IsRequired();
        builder.Property(r => r.SubmittedBy).HasMaxLength(128);
        // One revision number per task, department and period: two racing submissions cannot share one.
        builder.HasIndex(r => new { r.WorkTaskId, r.DepartmentId, r.ReportPeriodId, r.Revision }).IsUnique();
        builder.HasIndex(r => r.ReportPeriodId);
        builder.HasIndex(r => r.DepartmentId);
        // Reports outlive nothing they point to: a task with reports cannot be deleted by a re-import.
        builder.HasOne(r => r.WorkTask).WithMany(t => t.ProgressReports).HasForeignKey(r => r.WorkTaskId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Department).WithMany().HasForeignKey(r => r.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Period).WithMany().HasForeignKey(r => r.ReportPeriodId).OnDelete(DeleteBehavior.Restrict);
    }
}
