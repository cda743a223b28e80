namespace Wuzhong.Domain.Reporting;

/// <summary>
/// The instant a request asks "overdue?" at, reduced to the numbers <see cref="OverdueRule"/> needs, so that a query
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

    /// <summary><see cref="OverdueRule.IsOverdueAt"/> for a task of a plan of <paramref name="planYear"/>, at this moment.</summary>
    public bool IsOverdueFor(int planYear, int? lastReportedMonth) => OverdueRule.IsOverdueAt(planYear, lastReportedMonth, this);

    /// <summary><see cref="OverdueRule.DueMonthOf"/> for a plan of <paramref name="planYear"/>, 0 for none.</summary>
    public int DueMonth(int planYear) => OverdueRule.DueMonthOf(planYear, this);
}
