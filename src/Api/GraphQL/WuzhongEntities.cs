using Wuzhong.Api.GraphQL.Analytics;
using Wuzhong.Api.GraphQL.Auditing;
using Wuzhong.Api.GraphQL.Organisation;
using Wuzhong.Api.GraphQL.Plans;
using Wuzhong.Api.GraphQL.Reporting;
using Wuzhong.Api.GraphQL.Tasks;
using Wuzhong.GraphQLEngine.Data;

namespace Wuzhong.Api.GraphQL;

/// <summary>
/// Every entity of the schema, each declared once in its type's file: the schema registers their object, connection and
/// input types from this list, and <c>node(id:)</c> resolves the Nodes among them.
/// </summary>
public static class WuzhongEntities
{
    public static IReadOnlyList<IEntityDeclaration> All { get; } =
    [
        PlanType.Entity, SectionType.Entity, TaskGroupType.Entity, TargetType.Entity, TargetDepartmentType.Entity, WorkTaskType.Entity, TaskDepartmentType.Entity,
        IssuerType.Entity, DepartmentType.Entity, DistrictType.Entity, LeaderType.Entity, ReportPeriodType.Entity, ProgressReportType.Entity,
        TargetReportType.Entity, AuditEntryType.Entity, TaskGroupMeasures.Entity, ReportGroupMeasures.Entity,
    ];
}
