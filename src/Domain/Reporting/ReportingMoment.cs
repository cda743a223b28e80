using System.Linq.Expressions;

namespace Wuzhong.Domain.Reporting;

/// <summary>
/// The instant a request asks "overdue?" at, reduced to the numbers <see cref="OverdueRule"/> needs, so that a filter
/// can state the rule in SQL with them as parameters: the district's current year and the key of its last month
/// already due (0 when none is yet).
/// </summary>
public sealed record ReportingMoment(int Year, int DueMonthThisYear)
{
    public static ReportingMoment At(ReportingCalendar calendar, DateTimeOffset now)
    {
        var year = TimeZoneInfo.ConvertTime(now, calendar.TimeZone).Year;
        return new ReportingMoment(year, calendar.LastDueMonth(year, now) ?? 0);
    }

    /// <summary>
    /// <see cref="OverdueRule.IsOverdue"/> in a form EF turns into SQL: (the plan's year, the key of the last month
    /// reported or null, the moment) => overdue, with <see cref="DueMonth"/> written out. Filters and sorts compose it
    /// with their own columns; a test holds it to the rule.
    /// </summary>
    public static Expression<Func<int, int?, ReportingMoment, bool>> IsOverdue { get; } = (planYear, lastReportedMonth, now) =>
        (planYear < now.Year ? planYear * MonthKey.PerYear + 12 : planYear == now.Year ? now.DueMonthThisYear : 0) > (lastReportedMonth ?? 0);

    /// <summary><see cref="OverdueRule.IsOverdue"/> for a task of a plan of <paramref name="planYear"/>, at this moment.</summary>
    public bool IsOverdueFor(int planYear, int? lastReportedMonth) =>
        OverdueRule.IsOverdue(DueMonth(planYear) is > 0 and var due ? due : null, lastReportedMonth);

    /// <summary>
    /// <see cref="OverdueRule.DueMonth"/> for a plan of <paramref name="planYear"/>, 0 for none: a past year's
    /// December (always due by now), this year's last month due, nothing of a year to come. <see cref="IsOverdue"/>
    /// writes the same three cases for SQL.
    /// </summary>
    public int DueMonth(int planYear) =>
        planYear < Year ? MonthKey.Of(planYear, 12) : planYear == Year ? DueMonthThisYear : 0;
}
