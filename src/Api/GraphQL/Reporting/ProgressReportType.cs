using Wuzhong.GraphQLEngine.Scalars;
using GraphQL.Types;
using Wuzhong.GraphQLEngine.Data;
using Wuzhong.Api.GraphQL.Nodes;
using Wuzhong.Api.GraphQL.Organisation;
using Wuzhong.Api.GraphQL.Tasks;
using Wuzhong.Domain.Organisation;
using Wuzhong.Domain.Plans;
using Wuzhong.Domain.Reporting;
using Wuzhong.GraphQLEngine.Nodes;

namespace Wuzhong.Api.GraphQL.Reporting;

public sealed class ProgressReportType : NodeGraphType<ProgressReport>
{
    public ProgressReportType() : base("ProgressReport", "A department's monthly progress report on one task.")
    {
        Field<NonNullGraphType<WorkTaskType>>("task").Resolve(c => c.LoadById<WorkTask>(c.Source.WorkTaskId));
        Field<NonNullGraphType<DepartmentType>>("department").Resolve(c => c.LoadById<Department>(c.Source.DepartmentId));
        Field<NonNullGraphType<ReportPeriodType>>("period").Resolve(c => c.LoadById<ReportPeriod>(c.Source.ReportPeriodId));
        Field<NonNullGraphType<TaskStatusType>>("status").Resolve(c => c.Source.Status);
        Field(r => r.ProgressPercent).Description("0–100.");
        Field(r => r.Summary);
        Field<NonNullGraphType<DateTimeScalarType>>("submittedAt").Resolve(c => c.Source.SubmittedAt);
        Field(r => r.IsLate).Description("Submitted after the period's due date.");
        Field(r => r.Revision).Description("1 for the first report of this task, department and period; a resubmission supersedes it.");
        Field<DecimalScalarType>("quantityReached").Description("Where the task states a quantity: the figure reached so far.").Resolve(c => c.Source.QuantityReached);
    }
}
