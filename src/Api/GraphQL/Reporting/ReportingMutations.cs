using GraphQL;
using GraphQL.Types;
using Mapster;
using Wuzhong.Api.Auth;
using Wuzhong.Api.GraphQL.Errors;
using Wuzhong.Api.GraphQL.Mapping;
using Wuzhong.Domain.Access;
using Wuzhong.Domain.Reporting;
using Wuzhong.Infrastructure.Reporting;

namespace Wuzhong.Api.GraphQL.Reporting;

/// <summary>submitProgressReport, submitTargetReport and closeReportPeriod.</summary>
public static class ReportingMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<SubmitProgressReportPayloadType>>("submitProgressReport")
            .Description("Reports a task's progress for a month (reporters for their departments' tasks; supervisors for any). " +
                "A second report for the same task, department and period is a new revision; after the due date it is accepted and marked late.")
            .Argument<NonNullGraphType<SubmitProgressReportInputType>>("input", "The report.")
            .AuthorizeWithRoles(Role.Reporter, Role.Supervisor, Role.Admin)
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<SubmitProgressReportInput>("input");
                var command = input.Adapt<SubmitProgressReport>(ApiMappings.Config);
                var result = await Service(context).SubmitProgressAsync(Actors.From(context.User), command, context.CancellationToken);
                return new MutationPayload<ProgressReport>(result.Value, result.Violations);
            });

        mutation.Field<NonNullGraphType<SubmitTargetReportPayloadType>>("submitTargetReport")
            .Description("Reports a target's actual value for a month; a second report for the same period is a new revision.")
            .Argument<NonNullGraphType<SubmitTargetReportInputType>>("input", "The report.")
            .AuthorizeWithRoles(Role.Reporter, Role.Supervisor, Role.Admin)
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<SubmitTargetReportInput>("input");
                var command = input.Adapt<SubmitTargetReport>(ApiMappings.Config);
                var result = await Service(context).SubmitTargetAsync(Actors.From(context.User), command, context.CancellationToken);
                return new MutationPayload<TargetReport>(result.Value, result.Violations);
            });

        mutation.Field<NonNullGraphType<CloseReportPeriodPayloadType>>("closeReportPeriod")
            .Description("Closes a period (supervisors): it takes no more reports.")
            .Argument<NonNullGraphType<CloseReportPeriodInputType>>("input", "The period to close.")
            .AuthorizeWithRoles(Role.Supervisor, Role.Admin)
            .ResolveAsync(async context =>
            {
                var period = MonthKey.Format((int)context.GetArgument<Dictionary<string, object?>>("input")["period"]!);
                var result = await Service(context).ClosePeriodAsync(Actors.From(context.User), period, context.CancellationToken);
                return new MutationPayload<ReportPeriod>(result.Value, result.Violations);
            });
    }

    private static ReportingService Service(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<ReportingService>();
}
