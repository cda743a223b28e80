using GraphQL.Types;
using Wuzhong.Api.GraphQL.Data;
using Wuzhong.GraphQLEngine.Data;

namespace Wuzhong.Api.GraphQL.Reporting;

/// <summary>Root fields for report periods and progress reports.</summary>
public static class ReportingQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Connection("reportPeriods", ReportPeriodType.Entity)
            .Description("The monthly reporting periods, oldest first.")
            .ResolveAsync(async context => await ConnectionResolver.ResolveAsync(context, context.Db().ReportPeriods, ReportPeriodType.Entity));

        query.Connection("progressReports", ProgressReportType.Entity)
            .Description("Every progress report, revisions included, in the order received.")
            .ResolveAsync(async context => await ConnectionResolver.ResolveAsync(context, context.Db().ProgressReports, ProgressReportType.Entity));

        query.Connection("targetReports", TargetReportType.Entity)
            .Description("Every target report, revisions included, in the order received.")
            .ResolveAsync(async context => await ConnectionResolver.ResolveAsync(context, context.Db().TargetReports, TargetReportType.Entity));
    }
}
