using Wuzhong.Domain.Reporting;

namespace Wuzhong.Infrastructure.Reporting;

/// <summary>Configuration section <c>Reporting</c>.</summary>
public sealed class ReportingOptions
{
    public const string SectionName = "Reporting";

    /// <summary>The day of the month reports are due by (24:00, Asia/Shanghai).</summary>
    public int DueDay { get; set; } = ReportPeriod.DefaultDueDay;

    public int MaxSummaryLength { get; set; } = ReportingRules.DefaultMaxSummaryLength;

    public string TimeZone { get; set; } = ReportingCalendar.DistrictTimeZone;

    /// <summary>How many times a submission that lost a race for its revision number is retried.</summary>
    public int ConflictRetries { get; set; } = 5;
}
