using System.Linq.Expressions;
using GraphQL;
using Wuzhong.Api.GraphQL.Data;
using Wuzhong.Api.GraphQL.Organisation;
using Wuzhong.Api.GraphQL.Plans;
using Wuzhong.Api.GraphQL.Reporting;
using Wuzhong.Domain.Organisation;
using Wuzhong.Domain.Plans;
using Wuzhong.Domain.Reporting;
using Wuzhong.GraphQLEngine.Data;

namespace Wuzhong.Api.GraphQL.Analytics;

/// <summary>The columns of each group key entity that <c>keys { … }</c> selects (e.g. only a leader's name).</summary>
public static class GroupKeyColumns
{
    /// <returns>The projection of a key entity type, built when the grouping asks for that type's dimension.</returns>
    /// <remarks>Reads the field's AST, not the resolver context: the batch runs after the context is reused.</remarks>
    public static Func<Type, LambdaExpression?> For(IResolveFieldContext context)
    {
        var (db, document, field) = (context.Db(), context.Document, context.FieldAst);
        HashSet<string> Selected(string key) => SelectionSets.FieldsAt(document, field, "keys", key);
        return type => type switch
        {
            _ when type == typeof(Department) => Projection.For<Department>(db, DepartmentType.Entity,
                Selected("department").Union(Selected("leadDepartment")).ToHashSet()),
            _ when type == typeof(District) => Projection.For<District>(db, DistrictType.Entity, Selected("district")),
            _ when type == typeof(Leader) => Projection.For<Leader>(db, LeaderType.Entity, Selected("leader")),
            _ when type == typeof(Section) => Projection.For<Section>(db, SectionType.Entity, Selected("section")),
            _ when type == typeof(TaskGroup) => Projection.For<TaskGroup>(db, TaskGroupType.Entity, Selected("taskGroup").Union(Selected("group")).ToHashSet()),
            // year, quarter and halfYear are read from the bucket's period.
            _ when type == typeof(ReportPeriod) => Projection.For<ReportPeriod>(db, ReportPeriodType.Entity,
                Selected("period").Union(SelectionSets.FieldsAt(document, field, "keys").Overlaps(["year", "quarter", "halfYear"]) ? ["year", "month"] : []).ToHashSet()),
            _ => null,
        };
    }
}
