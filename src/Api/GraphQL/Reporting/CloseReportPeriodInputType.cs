using GraphQL.Types;
using Wuzhong.Api.GraphQL.Scalars;

namespace Wuzhong.Api.GraphQL.Reporting;

public sealed class CloseReportPeriodInputType : InputObjectGraphType
{
    public CloseReportPeriodInputType()
    {
        Name = "CloseReportPeriodInput";
        Description = "The period a supervisor closes.";
        Field<NonNullGraphType<YearMonthGraphType>>("period").Description("e.g. \"2023-03\".");
    }
}
