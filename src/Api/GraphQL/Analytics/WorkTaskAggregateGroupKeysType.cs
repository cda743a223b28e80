using GraphQL.Types;
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
        // A field per dimension whose key is an entity, named after it (keys { leadDepartment }), set only when it is asked for.
        foreach (var dimension in TaskDimensions.All.Where(d => d.KeyEntity is not null && d.TimeStep is null))
        {
            var (value, read) = (dimension.Value, MemberReader.Of<TaskGroupResult>(dimension.KeyMember!));
            Field(FieldName(value), WuzhongEntities.All.Single(e => e.EntityType == dimension.KeyEntity).GraphType!)
                .Description(dimension.KeyDescription)
                .Resolve(c => c.Source.Dimensions.Contains(value) ? read(c.Source.Result) : null);
        }
        Field<TaskGroupType>("group").Description("The plan's task group: use taskGroup.")
            .DeprecationReason("Renamed taskGroup: a task group of the plan, not a group of the aggregation.")
            .Resolve(c => c.Source.Result.Group);
        Field<TaskStatusType>("status").Description(TaskDimensions.Of(TaskDimension.Status).KeyDescription)
            .Resolve(c => c.Source.Dimensions.Contains(TaskDimension.Status) ? c.Source.Result.Aggregate.Status : null);
        Field<ReportPeriodType>("period")
            .Description(TaskDimensions.Of(TaskDimension.Period).KeyDescription)
            .Resolve(c => c.Source.Result.Period);
        Field<IntGraphType>("year").Description("A time dimension: the bucket's year.").Resolve(c => c.Source.Result.Period?.Year);
        Field<IntGraphType>("quarter").Description("QUARTER: the quarter, 1–4.")
            .Resolve(c => c.Source.Dimensions.Contains(TaskDimension.Quarter) ? c.Source.Result.Period?.Month / 3 : null);
        Field<IntGraphType>("halfYear").Description("HALF_YEAR: the half, 1 or 2.")
            .Resolve(c => c.Source.Dimensions.Contains(TaskDimension.HalfYear) ? c.Source.Result.Period?.Month / 6 : null);
    }

    /// <summary>The GraphQL name of a dimension's key field: the enum's name in camel case (LeadDepartment: leadDepartment).</summary>
    private static string FieldName(TaskDimension value) => char.ToLowerInvariant(value.ToString()[0]) + value.ToString()[1..];
}
