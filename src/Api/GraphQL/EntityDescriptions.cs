using Wuzhong.Api.GraphQL.Analytics;
using Wuzhong.Api.GraphQL.Auditing;
using Wuzhong.GraphQLEngine.Data;
using Wuzhong.GraphQLEngine.Data.Filtering;
using Wuzhong.Api.GraphQL.Organisation;
using Wuzhong.Api.GraphQL.Plans;
using Wuzhong.Api.GraphQL.Reporting;
using Wuzhong.Api.GraphQL.Tasks;
using Wuzhong.Domain.Organisation;
using Wuzhong.Domain.Reporting;

namespace Wuzhong.Api.GraphQL;

/// <summary>The entities with where/order inputs; their input types are generated from these descriptions.</summary>
public static class EntityDescriptions
{
    static EntityDescriptions()
    {
        FilterTypeNames.RegisterEnum<DepartmentKind>("DepartmentKind");
        FilterTypeNames.RegisterEnum<DistrictKind>("DistrictKind");
        FilterTypeNames.RegisterEnum<TaskProgressStatus>("TaskStatus");
    }

    public static IReadOnlyList<IEntityDescription> All { get; } =
    [
        PlanDescription.Entity, SectionDescription.Entity, TaskGroupDescription.Entity, TargetDescription.Entity,
        WorkTaskDescription.Entity, DepartmentDescription.Entity, DistrictDescription.Entity, LeaderDescription.Entity,
        ReportPeriodDescription.Entity, ProgressReportDescription.Entity, TargetReportDescription.Entity, AuditEntryDescription.Entity,
        WorkTaskAggregatesDescription.Entity,
    ];
}
