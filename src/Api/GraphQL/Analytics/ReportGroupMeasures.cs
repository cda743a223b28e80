using Wuzhong.GraphQLEngine.Data;
using Wuzhong.Infrastructure.Analytics;

namespace Wuzhong.Api.GraphQL.Analytics;

/// <summary>
/// The query model of the measures of progress reports: what their groups are filtered by (having:
/// ProgressReportAggregatesFilterInput) and ordered by (ProgressReportAggregateGroupSortInput), and what a request
/// computes (a field's property, by name).
/// </summary>
public static class ReportGroupMeasures
{
    public static EntityDeclaration<ReportAggregate> Entity { get; } = new EntityDeclaration<ReportAggregate>("ProgressReportAggregates")
        .SortedAs("ProgressReportAggregateGroup")
        .Value("count", a => a.Count, "Reports in the group, revisions included.")
        .Value("lateCount", a => a.LateCount, "Reports received after their period's due date.")
        .Value("minProgress", a => a.MinProgress, "The smallest progress percent reported; null for no report.")
        .Value("maxProgress", a => a.MaxProgress, "The largest progress percent reported; null for no report.")
        .Value("averageProgress", a => a.AverageProgress, "The average progress percent reported; null for no report.")
        .Value("distinctTasks", a => a.DistinctTasks, "The tasks reported on.")
        .Value("distinctDepartments", a => a.DistinctDepartments, "The departments that reported.");

    /// <summary>The ReportAggregate properties behind the measure fields named (selected, or in having and order).</summary>
    public static IEnumerable<string> Properties(IEnumerable<string> fields) =>
        fields.Where(f => Entity.Field(f) is not null).SelectMany(Entity.ColumnsOf);
}
