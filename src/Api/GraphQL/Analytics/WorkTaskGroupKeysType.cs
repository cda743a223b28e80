using GraphQL.Types;
using Wuzhong.Api.GraphQL.Organisation;
using Wuzhong.Api.GraphQL.Plans;
using Wuzhong.Api.GraphQL.Reporting;
using Wuzhong.Infrastructure.Analytics;

namespace Wuzhong.Api.GraphQL.Analytics;

public sealed class WorkTaskGroupKeysType : ObjectGraphType<GroupView>
{
    public WorkTaskGroupKeysType()
    {
        Name = "WorkTaskGroupKeys";
        Description = "The group's keys, as objects: only the dimensions asked for are set (a task with no leader falls in leader: null).";
        Field<DepartmentType>("department").Resolve(c => c.Source.Dimensions.Contains(TaskDimension.Department) ? c.Source.Result.Department : null);
        Field<DepartmentType>("leadDepartment").Resolve(c => c.Source.Dimensions.Contains(TaskDimension.LeadDepartment) ? c.Source.Result.Department : null);
        Field<DistrictType>("district").Resolve(c => c.Source.Result.District);
        Field<LeaderType>("leader").Resolve(c => c.Source.Result.Leader);
        Field<SectionType>("section").Resolve(c => c.Source.Result.Section);
        Field<TaskGroupType>("group").Resolve(c => c.Source.Result.Group);
        Field<TaskStatusType>("status").Resolve(c => c.Source.Dimensions.Contains(TaskDimension.Status) ? c.Source.Result.Aggregate.Status : null);
        Field<ReportPeriodType>("period").Resolve(c => c.Source.Result.Period);
    }
}
