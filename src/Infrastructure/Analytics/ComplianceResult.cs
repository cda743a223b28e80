using Wuzhong.Domain.Organisation;
using Wuzhong.Domain.Reporting;

namespace Wuzhong.Infrastructure.Analytics;

/// <summary>One row of the monthly 督查通报: reports expected of a department (or under a leader, in a district) and what came of them.</summary>
public sealed class ComplianceResult
{
    public int Rank { get; set; }
    public int KeyId { get; set; }
    public Department? Department { get; set; }
    public Leader? Leader { get; set; }
    public District? District { get; set; }
    public ReportPeriod? Period { get; set; }

    /// <summary>One report per task and responsible department.</summary>
    public int Expected { get; set; }
    public int OnTime { get; set; }
    public int Late { get; set; }

    /// <summary>Not received, for a period whose due date has not come yet: not late, not missing.</summary>
    public int Pending { get; set; }

    /// <summary>Not received although the period's due date has passed.</summary>
    public int Missing => Expected - OnTime - Late - Pending;

    /// <summary>The moment the counts were taken: what was pending then may be missing later.</summary>
    public DateTimeOffset AsOf { get; set; }

    /// <summary>The due date of the row's period (by PERIOD), else of the last period asked for.</summary>
    public DateOnly? DueDate { get; set; }

    /// <summary>
    /// The reports of the whole table (<see cref="ComplianceReport.ExpectedAsync"/>) by row key, read once for all
    /// rows when the first row asks for its own.
    /// </summary>
    public Lazy<Task<ILookup<int, ExpectedReport>>>? ExpectedReports { get; set; }

    /// <summary>OnTime / Expected, from the counts (0 when nothing was expected).</summary>
    public double OnTimeRate => Expected == 0 ? 0 : (double)OnTime / Expected;
}
