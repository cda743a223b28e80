using GraphQL.Types;

namespace Wuzhong.Api.GraphQL.Reporting;

public sealed class CloseReportPeriodInputType : InputObjectGraphType
{
    public CloseReportPeriodInputType()
    {
        Name = "CloseReportPeriodInput";
        Description = "The period a supervisor closes.";
        Field<NonNullGraphType<StringGraphType>>("period").Description("e.g. \"2023-03\".");
    }
}
