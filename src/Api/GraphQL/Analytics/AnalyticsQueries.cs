using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Wuzhong.Api.GraphQL.Data;
using Wuzhong.Api.GraphQL.Organisation;
using Wuzhong.Api.GraphQL.Scalars;
using Wuzhong.Api.GraphQL.Tasks;
using Wuzhong.Domain.Reporting;
using Wuzhong.GraphQLEngine.Data;
using Wuzhong.GraphQLEngine.Data.Filtering;
using Wuzhong.Infrastructure.Analytics;

namespace Wuzhong.Api.GraphQL.Analytics;

/// <summary><c>reportingCompliance</c>: the monthly compliance table, per department, leader or district.</summary>
public static class AnalyticsQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ComplianceRowType>>>>("reportingCompliance")
            .Description("For one period, or a range of periods, the reports expected per department (or leader, district, period), " +
                "on time, late and missing, ranked by on-time rate.")
            .Argument<YearMonthGraphType>("period", "The period, e.g. \"2023-03\"; or give from and to.")
            .Argument<YearMonthGraphType>("from", "The first period of a range (with to): the totals of its periods, each task in those of its plan's year.")
            .Argument<YearMonthGraphType>("to", "The last period of a range (with from).")
            .Argument<ComplianceDimensionType>("by", a => { a.DefaultValue = ComplianceDimension.Department; a.Description = "Whom to rank."; })
            .Argument<TaskRoleType>("role", "Only the reports expected of lead (LEAD, ★) or of supporting (SUPPORTING) departments: the two are ranked apart in a circular.")
            .Argument<NonNullGraphType<BooleanGraphType>>("collective", a =>
            {
                a.DefaultValue = false;
                a.Description = "Collective entries (各部门、单位, 各国资公司 …) stand for many units and are not ranked as one: false counts the units' reports, " +
                    "true only the collective entries', ranked apart.";
            })
            .Argument(new GraphQLTypeReference(FilterTypeNames.Filter(WorkTaskType.Entity.Name)), "where",
                a => a.Description = "Only the tasks that match this filter.")
            .ValidateArguments(context =>
            {
                var (period, from, to) = (context.GetArgument<int?>("period"), context.GetArgument<int?>("from"), context.GetArgument<int?>("to"));
                var problem = (period, from, to) switch
                {
                    (null, null, null) => "give a period, or a range with from and to.",
                    (not null, _, _) when from is not null || to is not null => "give a period or a range (from, to), not both.",
                    (null, null, _) or (null, _, null) => "a range needs both from and to.",
                    (null, _, _) when from > to => "the range starts after it ends.",
                    _ => null,
                };
                if (problem is not null)
                {
                    context.ReportError(new global::GraphQL.Validation.ValidationError($"reportingCompliance: {problem}") { Code = ApiErrorCodes.InvalidAggregation });
                }
            })
            .ResolveAsync(async context =>
            {
                var db = context.Db();
                var (from, to) = (context.GetArgument<int?>("from"), context.GetArgument<int?>("to"));
                if (context.GetArgument<int?>("period") is { } key)
                {
                    var (year, month) = MonthKey.Split(key);
                    // One period that does not exist is an error; a range may hold none.
                    _ = await db.ReportPeriods.AsNoTracking().SingleOrDefaultAsync(p => p.Year == year && p.Month == month, context.CancellationToken)
                        ?? throw new ExecutionError($"There is no reporting period {ReportPeriod.FormatLabel(year, month)}.") { Code = ReportingErrorCodes.PeriodNotFound };
                    from = to = MonthKey.Of(year, month);
                }
                var filter = FilterExpressionBuilder.Build(WorkTaskType.Entity, context.GetArgument<Dictionary<string, object?>?>("where"), context.RequestServices);
                var tasks = db.WorkTasks.AsNoTracking();
                tasks = filter is null ? tasks : tasks.Where(filter);
                var by = context.GetArgument("by", ComplianceDimension.Department);
                var scope = new ComplianceScope(context.GetArgument<TaskRole?>("role") switch { TaskRole.Lead => true, TaskRole.Supporting => false, _ => null },
                    context.GetArgument("collective", false));
                var report = context.RequestServices!.GetRequiredService<ComplianceReport>();
                var rows = await report.ForPeriodsAsync(tasks, from!.Value, to!.Value, by, scope, context.CancellationToken);
                // The rows' reports, read once for the table when a row asks (expectedReports); the request's DbContext
                // is used by one resolver at a time, as every other field's.
                var (first, last) = (from.Value, to.Value);
                var expected = new Lazy<Task<ILookup<int, ExpectedReport>>>(async () =>
                    (await report.ExpectedAsync(tasks, first, last, by, scope, context.CancellationToken)).ToLookup(r => r.KeyId));
                // Every row says when it was counted and by when its reports are due: pending turns missing then.
                var (lastYear, lastMonth) = MonthKey.Split(to.Value);
                var lastDue = await db.ReportPeriods.AsNoTracking().Where(p => p.Year == lastYear && p.Month == lastMonth)
                    .Select(p => (DateOnly?)p.DueDate).FirstOrDefaultAsync(context.CancellationToken);
                var asOf = context.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow();
                foreach (var row in rows)
                {
                    (row.AsOf, row.DueDate, row.ExpectedReports) = (asOf, row.Period?.DueDate ?? lastDue, expected);
                }
                return rows;
            });
    }
}
