using GraphQL.Types;
using Wuzhong.Api.GraphQL.Organisation;
using Wuzhong.Api.GraphQL.Tasks;

namespace Wuzhong.Api.GraphQL.Reporting;

public sealed class ReminderType : ObjectGraphType<ReminderRow>
{
    public ReminderType()
    {
        Name = "Reminder";
        Description = "A unit that has not reported yet for a period, and the tasks it owes a report on: whom to remind (催报).";
        Field<NonNullGraphType<DepartmentType>>("department").Description("The unit.").Resolve(c => c.Source.Unit.Department);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WorkTaskType>>>>("tasks")
            .Description("The tasks it has not reported on for the period, in the plan's order.").Resolve(c => c.Source.Unit.Tasks);
        Field<NonNullGraphType<ReportPeriodType>>("period").Description("The period the reports are for.").Resolve(c => c.Source.Period);
        Field<NonNullGraphType<IntGraphType>>("daysLeft")
            .Description("Days from today (Asia/Shanghai) to the due date: 0 on it, negative once it has passed (the reports are then missing).")
            .Resolve(c => c.Source.DaysLeft);
    }
}
