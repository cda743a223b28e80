using System.Linq.Expressions;
using GraphQL;
using GraphQL.Types;
using Wuzhong.Api.GraphQL.Reporting;
using Wuzhong.Api.GraphQL.Tasks;
using Wuzhong.GraphQLEngine.Data;
using Wuzhong.GraphQLEngine.Data.Filtering;
using Wuzhong.Infrastructure.Changes;

namespace Wuzhong.Api.GraphQL.Subscriptions;

/// <summary>progressReportSubmitted, taskStandingChanged and reportPeriodClosed.</summary>
public static class ReportingSubscriptions
{
    /// <summary>Changes after which every task's standing may be new (each matching task is sent).</summary>
    private static readonly HashSet<ChangeKind> EveryStanding = [ChangeKind.PlanImported, ChangeKind.ProjectionRebuilt, ChangeKind.ReportsSeeded];

    public static void AddTo(ObjectGraphType subscription)
    {
        subscription.Field<NonNullGraphType<ProgressReportType>>("progressReportSubmitted")
            .Description("Each progress report accepted from now on (on any server process) that matches the filter.")
            .WithWhere(ProgressReportType.Entity, "Only reports that match this filter, e.g. { department: { name: { eq: \"水务局\" } } }.")
            .ResolveStream(context => Stream(context, ProgressReportType.Entity,
                change => change is { Kind: ChangeKind.ProgressReportSubmitted, ReportId: { } id } ? r => r.Id == id : null));

        subscription.Field<NonNullGraphType<WorkTaskType>>("taskStandingChanged")
            .Description("A task whose standing changed (a progress report was accepted, or reports were loaded in bulk), read after its " +
                "projection was updated, when it matches the filter; e.g. where: { latestStatus: { eq: DELAYED } } hears of tasks becoming delayed.")
            .WithWhere(WorkTaskType.Entity, "Only tasks that match this filter, as they stand after the change.")
            .ResolveStream(context => Stream(context, WorkTaskType.Entity, change =>
                change is { Kind: ChangeKind.ProgressReportSubmitted, WorkTaskId: { } id } ? t => t.Id == id
                : EveryStanding.Contains(change.Kind) ? t => true
                : null));

        subscription.Field<NonNullGraphType<ReportPeriodType>>("reportPeriodClosed")
            .Description("A report period closed by a supervisor (it takes no more reports).")
            .ResolveStream(context => Stream(context, ReportPeriodType.Entity,
                change => change is { Kind: ChangeKind.ReportPeriodClosed, ReportPeriodId: { } id } ? p => p.Id == id : null));
    }

    private static IObservable<T> Stream<T>(IResolveFieldContext context, EntityDeclaration<T> entity, Func<DataChange, Expression<Func<T, bool>>?> concerns)
        where T : class
    {
        var services = context.RequestServices!;
        var where = context.HasArgument("where") ? context.GetArgument<Dictionary<string, object?>?>("where") : null;
        return new ChangeStream<T>(services.GetRequiredService<ChangeFeed>(), services.GetRequiredService<IServiceScopeFactory>(), concerns,
            scoped => where is null ? null : FilterExpressionBuilder.Build(entity, where, scoped),
            services.GetRequiredService<ILoggerFactory>().CreateLogger("Wuzhong.Subscriptions"));
    }
}
