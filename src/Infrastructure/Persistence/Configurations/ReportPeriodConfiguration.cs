using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wuzhong.Domain.Reporting;

namespace Wuzhong.Infrastructure.Persistence.Configurations;

public sealed class ReportPeriodConfiguration : IEntityTypeConfiguration<ReportPeriod>
{
    public void Configure(EntityTypeBuilder<ReportPeriod> builder)
    {
        builder.HasIndex(p => new { p.Year, p.Month }).IsUnique();
        builder.Ignore(p => p.Label);
    }
}
