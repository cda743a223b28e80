namespace Wuzhong.Domain.Reporting;

/// <summary>The codes a rejected submission carries, one per rule; clients switch on them.</summary>
public static class ReportingErrorCodes
{
    public const string TaskNotFound = "TASK_NOT_FOUND";
    public const string TaskWithdrawn = "TASK_WITHDRAWN";
    public const string TargetNotFound = "TARGET_NOT_FOUND";
    public const string DepartmentNotFound = "DEPARTMENT_NOT_FOUND";
    public const string DepartmentRequired = "DEPARTMENT_REQUIRED";
    public const string NotResponsible = "NOT_RESPONSIBLE";
    public const string NotYourDepartment = "NOT_YOUR_DEPARTMENT";
    public const string PeriodInvalid = "PERIOD_INVALID";
    public const string PeriodNotFound = "PERIOD_NOT_FOUND";
    public const string PeriodClosed = "PERIOD_CLOSED";
    public const string PeriodNotOpen = "PERIOD_NOT_OPEN";
    public const string PeriodNotInPlan = "PERIOD_NOT_IN_PLAN";
    public const string InvalidStatus = "INVALID_STATUS";
    public const string OutOfRange = "OUT_OF_RANGE";
    public const string CompletedNeeds100 = "COMPLETED_NEEDS_100";
    public const string InvalidText = "INVALID_TEXT";
    public const string SummaryEmpty = "SUMMARY_EMPTY";
    public const string SummaryTooLong = "SUMMARY_TOO_LONG";
    public const string Conflict = "CONFLICT";
}
