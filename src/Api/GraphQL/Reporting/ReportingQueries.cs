using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Wuzhong.Api.GraphQL.Data;
using Wuzhong.Api.GraphQL.Scalars;
using Wuzhong.Domain.Reporting;
using Wuzhong.GraphQLEngine.Data;
using Wuzhong.Infrastructure.Reminders;

namespace Wuzhong.Api.GraphQL.Reporting;

/// <summary>Root fields for report periods and progress reports.</summary>
public static class ReportingQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.RootConnection("reportPeriods", ReportPeriodType.Entity)
            .Description("The monthly reporting periods, oldest first.");

        query.RootConnection("progressReports", ProgressReportType.Entity)
            .Description("Every progress report, revisions included, in the order received.");

        query.RootConnection("targetReports", TargetReportType.Entity)
            .Description("Every target report, revisions included, in the order received.");

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReminderType>>>>("reportingReminders")
            .Description("The units (collective entries aside) that have not reported yet for a period, with the tasks they owe a report on: " +
                "whom to remind before the due date (pending) or after it (missing). The reminders webhook (Reminders:WebhookUrl) posts the same list.")
            .Argument<YearMonthGraphType>("period", "The period, e.g. \"2023-06\"; the current month (Asia/Shanghai) when left out.")
            .ResolveAsync(async context =>
            {
                var services = context.RequestServices!;
                var calendar = services.GetRequiredService<ReportingCalendar>();
                var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(services.GetRequiredService<TimeProvider>().GetUtcNow(), calendar.TimeZone).DateTime);
                var (year, month) = context.GetArgument<int?>("period") is { } key ? MonthKey.Split(key) : (today.Year, today.Month);
                var label = ReportPeriod.FormatLabel(year, month);
                var period = await context.Db().ReportPeriods.AsNoTracking().SingleOrDefaultAsync(p => p.Year == year && p.Month == month, context.CancellationToken)
                    ?? throw new ExecutionError($"There is no reporting period {label}.") { Code = ReportingErrorCodes.PeriodNotFound };
                var units = await services.GetRequiredService<ReportingReminders>().UnitsAsync(year, month, context.CancellationToken);
                return units.Select(u => new ReminderRow(u, period, period.DueDate.DayNumber - today.DayNumber)).ToList();
            });
    }
}
