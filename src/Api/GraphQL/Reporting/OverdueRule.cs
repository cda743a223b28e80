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
        return calendar.LastDueMonth(planYear, now) is { } due && (progress?.LastReportedMonth ?? 0) < due;
    }
}
