using GraphQL;
using GraphQL.Types;
using Wuzhong.Api.GraphQL.Organisation;
using Wuzhong.Api.GraphQL.Reporting;
using Wuzhong.Api.GraphQL.Tasks;
using Wuzhong.Domain.Organisation;
using Wuzhong.Domain.Plans;
using Wuzhong.Domain.Reporting;
using Wuzhong.GraphQLEngine.Data;
using Wuzhong.Infrastructure.Analytics;

namespace Wuzhong.Api.GraphQL.Analytics;

public sealed class ProgressReportAggregateGroupKeysType : ObjectGraphType<ReportGroupView>
{
    public ProgressReportAggregateGroupKeysType()
    {
        Name = "ProgressReportAggregateGroupKeys";
        Description = "The group's keys: only the dimensions asked for are set; the entities are read in one batch per level.";
        Field<DepartmentType>("department").Description("DEPARTMENT: the reporting department.")
            .Resolve(c => Has(c, ReportDimension.Department) ? c.LoadById<Department>(c.Source.Aggregate.DepartmentId) : null);
        Field<WorkTaskType>("task").Description("TASK: the task reported on.")
            .Resolve(c => Has(c, ReportDimension.Task) ? c.LoadById<WorkTask>(c.Source.Aggregate.TaskId) : null);
        Field<ReportPeriodType>("period").Description("PERIOD: the period reported for.")
            .Resolve(c => Has(c, ReportDimension.Period) ? c.LoadById<ReportPeriod>(c.Source.Aggregate.PeriodId) : null);
        Field<IntGraphType>("year").Description("QUARTER: the quarter's year.")
            .Resolve(c => Has(c, ReportDimension.Quarter) ? c.Source.Aggregate.QuarterMonth / MonthKey.PerYear : null);
        Field<IntGraphType>("quarter").Description("QUARTER: the quarter, 1–4.")
            .Resolve(c => Has(c, ReportDimension.Quarter) ? c.Source.Aggregate.QuarterMonth % MonthKey.PerYear / 3 : null);
        Field<TaskStatusType>("status").Description("STATUS: the status reported.")
            .Resolve(c => Has(c, ReportDimension.Status) ? c.Source.Aggregate.Status : null);
        Field<BooleanGraphType>("isLate").Description("LATE: whether the reports came after the due date.")
            .Resolve(c => Has(c, ReportDimension.Late) ? c.Source.Aggregate.IsLate : null);
    }

    private static bool Has(IResolveFieldContext<ReportGroupView> context, ReportDimension dimension) => context.Source.Dimensions.Contains(dimension);
}
