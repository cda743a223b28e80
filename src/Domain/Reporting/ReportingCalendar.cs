namespace Wuzhong.Domain.Reporting;

/// <summary>
/// When a period opens and when its reports fall due, in the district's time zone (Asia/Shanghai): a period opens
/// on its first day at 00:00 and reports are due by 24:00 of its due day (the 25th by default).
/// </summary>
public sealed class ReportingCalendar(TimeZoneInfo timeZone, int dueDay = ReportPeriod.DefaultDueDay)
{
    public const string DistrictTimeZone = "Asia/Shanghai";

    public TimeZoneInfo TimeZone { get; } = timeZone;
    public int DueDay { get; } = dueDay is >= 1 and <= 31 ? dueDay : throw new ArgumentOutOfRangeException(nameof(dueDay), "a due day is 1–31");

    public static ReportingCalendar ForDistrict(int dueDay = ReportPeriod.DefaultDueDay) =>
        new(TimeZoneInfo.FindSystemTimeZoneById(DistrictTimeZone), dueDay);

    public DateTimeOffset OpensAt(ReportPeriod period) => Local(new DateTime(period.Year, period.Month, 1));

    /// <summary>The first instant after the due day: a report at or after it is late.</summary>
    public DateTimeOffset DueAt(ReportPeriod period) => Local(period.DueDate.ToDateTime(TimeOnly.MinValue).AddDays(1));

    public bool IsOpen(ReportPeriod period, DateTimeOffset now) => !period.IsClosed && now >= OpensAt(period);

    public bool IsLate(ReportPeriod period, DateTimeOffset submittedAt) => submittedAt >= DueAt(period);

    public ReportPeriod NewPeriod(int year, int month) => ReportPeriod.For(year, month, DueDay);

    /// <summary>The <see cref="MonthKey"/> of the latest period of <paramref name="year"/> already past its due time at <paramref name="now"/>; null when none is.</summary>
    public int? LastDueMonth(int year, DateTimeOffset now)
    {
        for (var month = 12; month >= 1; month--)
        {
            if (now >= DueAt(NewPeriod(year, month)))
            {
                return MonthKey.Of(year, month);
            }
        }
        return null;
    }

    private DateTimeOffset Local(DateTime wallClock) => new(wallClock, TimeZone.GetUtcOffset(wallClock));
}
