using Wuzhong.Api.GraphQL.Data;
using Wuzhong.Domain.Reporting;

namespace Wuzhong.Api.GraphQL.Reporting;

public sealed class ProgressReportsConnectionType() : ConnectionGraphType<ProgressReportType, ProgressReport>("ProgressReports")
{
    /// <summary>In the order they were received.</summary>
    public static IReadOnlyList<SortKey> DefaultOrder { get; } = [SortKey.By<ProgressReport, int>(r => r.Id)];
}
