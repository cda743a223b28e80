namespace Wuzhong.Domain.Reporting;

/// <summary>
/// A task is overdue when the last period of its plan's year already past its due time has no report on it. The API's
/// <c>isOverdue</c> asks this rule; the analytics SQL (<c>TaskAnalytics</c>) states the same comparison over
/// <see cref="MonthKey"/>s, with 0 for "no period due yet", and a test holds the two to the same answers.
/// </summary>
public static class OverdueRule
{
    /// <summary>The key of the month whose reports are due for a plan of <paramref name="planYear"/> at <paramref name="now"/>; null when none is yet.</summary>
    public static int? DueMonth(ReportingCalendar calendar, int planYear, DateTimeOffset now) => calendar.LastDueMonth(planYear, now);

    /// <param name="dueMonth">From <see cref="DueMonth"/>.</param>
    /// <param name="lastReportedMonth">The key of the latest period reported on the task; null when none was.</param>
    public static bool IsOverdue(int? dueMonth, int? lastReportedMonth) => dueMonth is { } due && (lastReportedMonth ?? 0) < due;
}
