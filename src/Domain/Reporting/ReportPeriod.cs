namespace Wuzhong.Domain.Reporting;

/// <summary>A monthly reporting period: every responsible unit reports before the due day (the 25th).</summary>
public class ReportPeriod
{
    public const int DefaultDueDay = 25;

    public int Id { get; set; }
    public int Year { get; set; }
    public int Month { get; set; }
    public DateOnly DueDate { get; set; }
    public bool IsClosed { get; set; }

    /// <summary>"2023-03": the form users type and dashboards show.</summary>
    public string Label => FormatLabel(Year, Month);

    public static string FormatLabel(int year, int month) => $"{year:D4}-{month:D2}";

    public static ReportPeriod For(int year, int month, int dueDay = DefaultDueDay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        // A due day past the month's end (e.g. 31 in February) falls on the month's last day.
        var day = Math.Min(dueDay, DateTime.DaysInMonth(year, month));
        return new ReportPeriod { Year = year, Month = month, DueDate = new DateOnly(year, month, day) };
    }
}
