namespace Wuzhong.Domain.Reporting;

/// <summary>What a unit submits for one task (or target) and period, before it is checked.</summary>
public sealed record ReportSubmission(
    TaskProgressStatus Status,
    int ProgressPercent,
    string Summary,
    decimal? QuantityReached = null);
