using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wuzhong.Domain.Reporting;

namespace Wuzhong.Infrastructure.Persistence.Configurations;

public sealed class TargetReportConfiguration : IEntityTypeConfiguration<TargetReport>
{
    public void Configure(EntityTypeBuilder<TargetReport> builder)
    {
        // No column limit: the length rule (Reporting:MaxSummaryLength, in characters as a person counts them, and four
        // UTF-16 units a character on average) is the bound, whatever it is set to.
        builder.Property(r => r.Summary).IsRequired();
        builder.Property(r => r.SubmittedBy).HasMaxLength(128);
        builder.HasIndex(r => new { r.TargetId, r.DepartmentId, r.ReportPeriodId, r.Revision }).IsUnique();
        builder.HasIndex(r => r.ReportPeriodId);
        builder.HasOne(r => r.Target).WithMany().HasForeignKey(r => r.TargetId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Department).WithMany().HasForeignKey(r => r.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Period).WithMany().HasForeignKey(r => r.ReportPeriodId).OnDelete(DeleteBehavior.Restrict);
    }
}
