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
    /// <see cref="OverdueRule.DueMonth"/> for a plan of <paramref name="planYear"/>, 0 for none: a past year's
    /// December (always due by now), this year's last month due, nothing of a year to come. The SQL form
    /// (<c>WorkTaskType</c>'s <c>isOverdue</c>) writes the same three cases; a test holds them to the same answers.
    /// </summary>
    public int DueMonth(int planYear) =>
        planYear < Year ? MonthKey.Of(planYear, 12) : planYear == Year ? DueMonthThisYear : 0;
}
