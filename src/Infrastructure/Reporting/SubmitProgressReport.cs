using Wuzhong.Domain.Reporting;

namespace Wuzhong.Infrastructure.Reporting;

/// <summary>A progress report as asked for: ids may be missing or wrong, the period is the label the user typed.</summary>
public sealed record SubmitProgressReport(int? TaskId, int? DepartmentId, string Period, ReportSubmission Submission);
