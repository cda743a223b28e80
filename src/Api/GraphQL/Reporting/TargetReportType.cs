using Wuzhong.GraphQLEngine.Scalars;
using GraphQL.Types;
using Wuzhong.GraphQLEngine.Data;
using Wuzhong.Api.GraphQL.Nodes;
using Wuzhong.Api.GraphQL.Organisation;
using Wuzhong.Api.GraphQL.Plans;
using Wuzhong.Domain.Organisation;
using Wuzhong.Domain.Plans;
using Wuzhong.Domain.Reporting;
using Wuzhong.GraphQLEngine.Nodes;

namespace Wuzhong.Api.GraphQL.Reporting;

public sealed class TargetReportType : NodeGraphType<TargetReport>
{
    public TargetReportType() : base("TargetReport", "A department's report of a target's actual value for one period.")
    {
        Field<NonNullGraphType<TargetType>>("target").Resolve(c => c.LoadById<Target>(c.Source.TargetId));
        Field<NonNullGraphType<DepartmentType>>("department").Resolve(c => c.LoadById<Department>(c.Source.DepartmentId));
        Field<NonNullGraphType<ReportPeriodType>>("period").Resolve(c => c.LoadById<ReportPeriod>(c.Source.ReportPeriodId));
        Field<NonNullGraphType<DecimalScalarType>>("actualValue").Description("The indicator's value so far.").Resolve(c => c.Source.ActualValue);
        Field(r => r.Summary);
        Field<NonNullGraphType<DateTimeScalarType>>("submittedAt").Resolve(c => c.Source.SubmittedAt);
        Field(r => r.IsLate).Description("Submitted after the period's due date.");
        Field(r => r.Revision).Description("1 for the first report of this target, department and period.");
    }
}
