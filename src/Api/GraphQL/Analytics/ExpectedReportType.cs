using GraphQL.Types;
using Wuzhong.GraphQLEngine.Data;
using Wuzhong.Api.GraphQL.Organisation;
using Wuzhong.Api.GraphQL.Reporting;
using Wuzhong.Api.GraphQL.Tasks;
using Wuzhong.Domain.Organisation;
using Wuzhong.Domain.Plans;
using Wuzhong.Domain.Reporting;
using Wuzhong.GraphQLEngine.Scalars;
using Wuzhong.Infrastructure.Analytics;

namespace Wuzhong.Api.GraphQL.Analytics;

public sealed class ExpectedReportType : ObjectGraphType<ExpectedReport>
{
    public ExpectedReportType()
    {
        Name = "ExpectedReport";
        Description = "One report a compliance row expects: the department that owes it, the task and the period, and what came of it.";
        Field<NonNullGraphType<WorkTaskType>>("task").Description("The task reported on.").Resolve(c => c.LoadById<WorkTask>(c.Source.TaskId));
        Field<NonNullGraphType<DepartmentType>>("department").Description("The department that owes the report.")
            .Resolve(c => c.LoadById<Department>(c.Source.DepartmentId));
        Field<NonNullGraphType<ReportPeriodType>>("period").Description("The period it is due for.").Resolve(c => c.LoadById<ReportPeriod>(c.Source.PeriodId));
        Field<NonNullGraphType<ComplianceStateType>>("state").Description("On time, late, pending (before the due date) or missing.")
            .Resolve(c => c.Source.State);
        Field<DateTimeScalarType>("submittedAt").Description("When it was first submitted; null when it was not.").Resolve(c => c.Source.SubmittedAt);
        Field<ProgressReportType>("report").Description("The report's latest revision, if one came.")
            .Resolve(c => c.Source.ReportId is { } id ? c.LoadById<ProgressReport>(id) : null);
    }
}
