using GraphQL.Types;
using Wuzhong.Api.GraphQL.Organisation;
using Wuzhong.Api.GraphQL.Plans;
using Wuzhong.Api.GraphQL.Reporting;
using Wuzhong.Infrastructure.Analytics;

namespace Wuzhong.Api.GraphQL.Analytics;

public sealed class WorkTaskAggregateGroupKeysType : ObjectGraphType<GroupView>
{
    public WorkTaskAggregateGroupKeysType()
    {
        Name = "WorkTaskAggregateGroupKeys";
        Description = "The group's keys, as objects: only the dimensions asked for are set (a task with no leader falls in leader: null).";
        Field<DepartmentType>("department").Description("DEPARTMENT: the department.")
            .Resolve(c => c.Source.Dimensions.Contains(TaskDimension.Department) ? c.Source.Result.Department : null);
        Field<DepartmentType>("leadDepartment").Description("LEAD_DEPARTMENT: the lead department.")
            .Resolve(c => c.Source.Dimensions.Contains(TaskDimension.LeadDepartment) ? c.Source.Result.Department : null);
        Field<DistrictType>("district").Description("DISTRICT: the district.").Resolve(c => c.Source.Result.District);
        Field<LeaderType>("leader").Description("LEADER: the leader; null for the tasks without one.").Resolve(c => c.Source.Result.Leader);
        Field<SectionType>("section").Description("SECTION: the section.").Resolve(c => c.Source.Result.Section);
        Field<TaskGroupType>("taskGroup").Description("TASK_GROUP: the plan's task group.").Resolve(c => c.Source.Result.Group);
        Field<TaskGroupType>("group").Description("The plan's task group: use taskGroup.")
            .DeprecationReason("Renamed taskGroup: a task group of the plan, not a group of the aggregation.")
            .Resolve(c => c.Source.Result.Group);
        Field<TaskStatusType>("status").Description("STATUS: the latest status.")
            .Resolve(c => c.Source.Dimensions.Contains(TaskDimension.Status) ? c.Source.Result.Aggregate.Status : null);
        Field<ReportPeriodType>("period")
            .Description("A time dimension: the bucket's last period (PERIOD: the month; QUARTER: March, June …; HALF_YEAR: June or December; YEAR: December).")
            .Resolve(c => c.Source.Result.Period);
        Field<IntGraphType>("year").Description("A time dimension: the bucket's year.").Resolve(c => c.Source.Result.Period?.Year);
        Field<IntGraphType>("quarter").Description("QUARTER: the quarter, 1–4.")
            .Resolve(c => c.Source.Dimensions.Contains(TaskDimension.Quarter) ? c.Source.Result.Period?.Month / 3 : null);
        Field<IntGraphType>("halfYear").Description("HALF_YEAR: the half, 1 or 2.")
            .Resolve(c => c.Source.Dimensions.Contains(TaskDimension.HalfYear) ? c.Source.Result.Period?.Month / 6 : null);
    }
}
