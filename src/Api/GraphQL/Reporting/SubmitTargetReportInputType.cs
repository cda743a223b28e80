using GraphQL.Types;
using Wuzhong.Api.GraphQL.Scalars;
using Wuzhong.GraphQLEngine.Scalars;

namespace Wuzhong.Api.GraphQL.Reporting;

public sealed class SubmitTargetReportInputType : InputObjectGraphType<SubmitTargetReportInput>
{
    public SubmitTargetReportInputType()
    {
        Name = "SubmitTargetReportInput";
        Description = "A department's report of a target's actual value for one period.";
        Field(i => i.TargetId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The target's id.");
        Field(i => i.DepartmentId, type: typeof(IdGraphType)).Description("The reporting department; required when the caller may report for several.");
        Field(i => i.Period, type: typeof(NonNullGraphType<YearMonthGraphType>)).Description("The period reported for, e.g. \"2023-03\".");
        Field(i => i.ActualValue, type: typeof(NonNullGraphType<DecimalScalarType>)).Description("The indicator's value so far, in the unit the target states.");
        Field(i => i.Summary).Description("A note on the figure; not empty.");
    }
}
