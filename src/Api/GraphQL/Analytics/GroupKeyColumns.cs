using System.Linq.Expressions;
using GraphQL;
using Wuzhong.Api.GraphQL.Data;
using Wuzhong.Api.GraphQL.Organisation;
using Wuzhong.Api.GraphQL.Plans;
using Wuzhong.Api.GraphQL.Reporting;
using Wuzhong.Domain.Organisation;
using Wuzhong.Domain.Plans;
using Wuzhong.Domain.Reporting;

namespace Wuzhong.Api.GraphQL.Analytics;

/// <summary>The columns of each group key entity that <c>keys { … }</c> selects (e.g. only a leader's name).</summary>
public static class GroupKeyColumns
{
    public static Func<Type, LambdaExpression?> For(IResolveFieldContext context)
    {
        var db = context.Db();
        var projections = new Dictionary<Type, LambdaExpression?>
        {
            [typeof(Department)] = Projection.For<Department>(db, DepartmentDescription.Entity,
                SelectionSets.FieldsAt(context, "keys", "department").Union(SelectionSets.FieldsAt(context, "keys", "leadDepartment")).ToHashSet()),
            [typeof(District)] = Projection.For<District>(db, DistrictDescription.Entity, SelectionSets.FieldsAt(context, "keys", "district")),
            [typeof(Leader)] = Projection.For<Leader>(db, LeaderDescription.Entity, SelectionSets.FieldsAt(context, "keys", "leader")),
            [typeof(Section)] = Projection.For<Section>(db, SectionDescription.Entity, SelectionSets.FieldsAt(context, "keys", "section")),
            [typeof(TaskGroup)] = Projection.For<TaskGroup>(db, TaskGroupDescription.Entity, SelectionSets.FieldsAt(context, "keys", "group")),
            [typeof(ReportPeriod)] = Projection.For<ReportPeriod>(db, ReportPeriodDescription.Entity, SelectionSets.FieldsAt(context, "keys", "period")),
        };
        return type => projections.GetValueOrDefault(type);
    }
}
