using GraphQL;
using Wuzhong.Domain.Reporting;
using Wuzhong.Infrastructure.Analytics;

namespace Wuzhong.Api.GraphQL.Reporting;

/// <summary>A task is overdue when the last period of its plan's year already past its due date has no report on it.</summary>
public static class OverdueRule
{
    public static bool IsOverdue(IResolveFieldContext context, int planYear, TaskProgress? progress)
    {
        var calendar = context.RequestServices!.GetRequiredService<ReportingCalendar>();
        var now = context.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow();
        return LastDueMonth(calendar, planYear, now) is { } due && (progress?.LastReportedMonth ?? 0) < due;
    }

    /// <summary>Year * 100 + month of the latest period of the year whose due time has passed; null when none has.</summary>
    public static int? LastDueMonth(ReportingCalendar calendar, int year, DateTimeOffset now)
    {
        for (var month = 12; month >= 1; month--)
        {
            if (now >= calendar.DueAt(calendar.NewPeriod(year, month)))
            {
                return year * 100 + month;
            }
        }
        return null;
    }
}
