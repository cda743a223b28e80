using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Wuzhong.Api.GraphQL.Data;
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
            .Description("For one period, the reports expected per department (or leader, or district), on time, late and missing, ranked by on-time rate.")
            .Argument<NonNullGraphType<StringGraphType>>("period", "The period, e.g. \"2023-03\".")
            .Argument<ComplianceDimensionType>("by", a => { a.DefaultValue = ComplianceDimension.Department; a.Description = "Whom to rank."; })
            .Argument(new GraphQLTypeReference(FilterTypeNames.Filter(WorkTaskType.Entity.Name)), "where",
                a => a.Description = "Only the tasks that match this filter.")
            .ValidateArguments(context =>
            {
                if (ReportingRules.ParsePeriodLabel(context.GetArgument<string>("period") ?? "") is null)
                {
                    context.ReportError(new global::GraphQL.Validation.ValidationError(
                        $"reportingCompliance.period: \"{context.GetArgument<string>("period")}\" is not a period; write it as 2023-03.") { Code = ApiErrorCodes.InvalidAggregation });
                }
            })
            .ResolveAsync(async context =>
            {
                var (year, month) = ReportingRules.ParsePeriodLabel(context.GetArgument<string>("period"))!.Value;
                var db = context.Db();
                var period = await db.ReportPeriods.AsNoTracking().SingleOrDefaultAsync(p => p.Year == year && p.Month == month, context.CancellationToken)
                    ?? throw new ExecutionError($"There is no reporting period {ReportPeriod.FormatLabel(year, month)}.") { Code = ReportingErrorCodes.PeriodNotFound };
                var filter = FilterExpressionBuilder.Build(WorkTaskType.Entity, context.GetArgument<Dictionary<string, object?>?>("where"));
                var tasks = db.WorkTasks.AsNoTracking().Where(t => t.Plan!.Year == year);
                return await context.RequestServices!.GetRequiredService<ComplianceReport>()
                    .ForPeriodAsync(filter is null ? tasks : tasks.Where(filter), period.Id, context.GetArgument("by", ComplianceDimension.Department), context.CancellationToken);
            });
    }
}
