using GraphQL.Types;
using Wuzhong.Api.GraphQL.Data;
using Wuzhong.GraphQLEngine.Data;

namespace Wuzhong.Api.GraphQL.Reporting;

/// <summary>Root fields for report periods and progress reports.</summary>
public static class ReportingQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ReportPeriodsConnectionType>>("reportPeriods")
            .Description("The monthly reporting periods, oldest first.")
            .WithDataArguments(ReportPeriodDescription.Entity)
            .ResolveAsync(async context => await ConnectionResolver.ResolveAsync(context, context.Db().ReportPeriods, ReportPeriodDescription.Entity));

        query.Field<NonNullGraphType<ProgressReportsConnectionType>>("progressReports")
            .Description("Every progress report, revisions included, in the order received.")
            .WithDataArguments(ProgressReportDescription.Entity)
            .ResolveAsync(async context => await ConnectionResolver.ResolveAsync(context, context.Db().ProgressReports, ProgressReportDescription.Entity));

        query.Field<NonNullGraphType<TargetReportsConnectionType>>("targetReports")
            .Description("Every target report, revisions included, in the order received.")
            .WithDataArguments(TargetReportDescription.Entity)
            .ResolveAsync(async context => await ConnectionResolver.ResolveAsync(context, context.Db().TargetReports, TargetReportDescription.Entity));
    }
}
