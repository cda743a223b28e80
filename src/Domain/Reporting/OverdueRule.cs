using System.Linq.Expressions;
using Wuzhong.Domain.Common;

namespace Wuzhong.Domain.Reporting;

/// <summary>
/// When a task is overdue, stated once. A plan's reports are due month by month: the month due is the last one past its
/// due date (a past year's December, nothing of a year to come), or, measured as of an earlier month, that month. A
/// task is overdue when a month is due and its latest report is for an earlier month, or it has none.
/// <para>Each rule is an expression (<c>…Expression</c>), which queries inline into SQL (<see cref="RuleInlining"/>), and
/// a method that runs the same expression compiled; the plain statements (<see cref="DueMonth"/>, <see cref="IsOverdue"/>)
/// are what tests hold both to.</para>
/// </summary>
public static class OverdueRule
{
    /// <summary>The key of the month whose reports are due for a plan of <paramref name="planYear"/> at <paramref name="now"/>; null when none is yet.</summary>
    public static int? DueMonth(ReportingCalendar calendar, int planYear, DateTimeOffset now) => calendar.LastDueMonth(planYear, now);

    /// <param name="dueMonth">From <see cref="DueMonth"/>.</param>
    /// <param name="lastReportedMonth">The key of the latest period reported on the task; null when none was.</param>
    public static bool IsOverdue(int? dueMonth, int? lastReportedMonth) => dueMonth is { } due && (lastReportedMonth ?? 0) < due;

    /// <summary>(plan year, now) => the key of the month due, 0 for none.</summary>
    public static Expression<Func<int, ReportingMoment, int>> DueMonthExpression { get; } = (planYear, now) =>
        planYear < now.Year ? planYear * MonthKey.PerYear + 12 : planYear == now.Year ? now.DueMonthThisYear : 0;

    /// <summary>
    /// (plan year, as-of month, now) => the month due as measured as of that month: the earlier of the two; 0 for none.
    /// <see cref="DueMonthExpression"/>'s three cases, each taking the earlier month: SQL evaluates one case per row, where
    /// a composition would compute the month due three times (the trend reads one row per task and month).
    /// </summary>
    public static Expression<Func<int, int, ReportingMoment, int>> DueMonthAsOfExpression { get; } = (planYear, asOfMonth, now) =>
        planYear < now.Year ? (asOfMonth < planYear * MonthKey.PerYear + 12 ? asOfMonth : planYear * MonthKey.PerYear + 12)
        : planYear == now.Year ? (asOfMonth < now.DueMonthThisYear ? asOfMonth : now.DueMonthThisYear)
        : 0;

    /// <summary>(month due or 0, last reported month or null) => overdue.</summary>
    public static Expression<Func<int, int?, bool>> IsOverdueByExpression { get; } = (dueMonth, lastReportedMonth) => dueMonth > (lastReportedMonth ?? 0);

    /// <summary>(plan year, last reported month or null, now) => overdue.</summary>
    public static Expression<Func<int, int?, ReportingMoment, bool>> IsOverdueExpression { get; } = Compose<Func<int, int?, ReportingMoment, bool>>((planYear, lastReportedMonth, now) =>
        IsOverdueBy(DueMonthOf(planYear, now), lastReportedMonth));

    private static readonly Func<int, ReportingMoment, int> DueMonthCompiled = DueMonthExpression.Compile();
    private static readonly Func<int, int, ReportingMoment, int> DueMonthAsOfCompiled = DueMonthAsOfExpression.Compile();
    private static readonly Func<int, int?, bool> IsOverdueByCompiled = IsOverdueByExpression.Compile();
    private static readonly Func<int, int?, ReportingMoment, bool> IsOverdueCompiled = IsOverdueExpression.Compile();

    [InlinedFrom(nameof(DueMonthExpression))]
    public static int DueMonthOf(int planYear, ReportingMoment now) => DueMonthCompiled(planYear, now);

    [InlinedFrom(nameof(DueMonthAsOfExpression))]
    public static int DueMonthAsOf(int planYear, int asOfMonth, ReportingMoment now) => DueMonthAsOfCompiled(planYear, asOfMonth, now);

    [InlinedFrom(nameof(IsOverdueByExpression))]
    public static bool IsOverdueBy(int dueMonth, int? lastReportedMonth) => IsOverdueByCompiled(dueMonth, lastReportedMonth);

    [InlinedFrom(nameof(IsOverdueExpression))]
    public static bool IsOverdueAt(int planYear, int? lastReportedMonth, ReportingMoment now) => IsOverdueCompiled(planYear, lastReportedMonth, now);

    /// <summary>A rule written with calls of the rules above, those calls inlined: one expression a query can translate.</summary>
    private static Expression<T> Compose<T>(Expression<T> rule) => (Expression<T>)RuleInlining.Instance.Visit(rule);
}
