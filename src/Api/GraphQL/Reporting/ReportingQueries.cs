using GraphQL.Types;
using Wuzhong.GraphQLEngine.Data;

namespace Wuzhong.Api.GraphQL.Reporting;

/// <summary>Root fields for report periods and progress reports.</summary>
public static class ReportingQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.RootConnection("reportPeriods", ReportPeriodType.Entity)
            .Description("The monthly reporting periods, oldest first.");

        query.RootConnection("progressReports", ProgressReportType.Entity)
            .Description("Every progress report, revisions included, in the order received.");

        query.RootConnection("targetReports", TargetReportType.Entity)
            .Description("Every target report, revisions included, in the order received.");
    }
}
