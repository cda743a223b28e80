using System.Linq.Expressions;

namespace Wuzhong.Domain.Reporting;

/// <summary>
/// A period as one comparable number, year × 100 + month (2023-06 is 202306), so that "reported since", "due by" and
/// "as of" are one comparison, in C# and in SQL alike. Every such key is made here.
/// </summary>
public static class MonthKey
{
    /// <summary>The factor of the year; SQL expressions that cannot call <see cref="Of(int, int)"/> use it.</summary>
    public const int PerYear = 100;

    public static int Of(int year, int month) => year * PerYear + month;

    public static int Of(ReportPeriod period) => Of(period.Year, period.Month);

    /// <summary>The key of a period as EF translates it (a column expression).</summary>
    public static Expression<Func<ReportPeriod, int>> OfPeriod { get; } = period => period.Year * PerYear + period.Month;

    /// <summary>The year and month of a key (202306 → 2023, 6).</summary>
    public static (int Year, int Month) Split(int key) => (key / PerYear, key % PerYear);

    /// <summary>The key of the month before (202301 → 202212).</summary>
    public static int Previous(int key) => key % PerYear == 1 ? Of(key / PerYear - 1, 12) : key - 1;

    /// <summary>A key written as users write it (202306 → "2023-06").</summary>
    public static string Format(int key) => ReportPeriod.FormatLabel(key / PerYear, key % PerYear);

    /// <summary>The key of a period written as users write it ("2023-06"); null when it is not one.</summary>
    public static int? Parse(string label) => ReportingRules.ParsePeriodLabel(label) is var (year, month) ? Of(year, month) : null;
}
