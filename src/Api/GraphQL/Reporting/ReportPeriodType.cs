using GraphQL.Types;
using Wuzhong.Api.GraphQL.Nodes;
using Wuzhong.Domain.Reporting;

namespace Wuzhong.Api.GraphQL.Reporting;

public sealed class ReportPeriodType : NodeGraphType<ReportPeriod>
{
    public ReportPeriodType() : base("ReportPeriod", "A monthly reporting period; reports are due before its due date (the 25th).")
    {
        Field(p => p.Year);
        Field(p => p.Month).Description("1–12.");
        Field(p => p.Label).Description("The period as users write it, e.g. \"2023-03\".");
        Field<NonNullGraphType<DateGraphType>>("dueDate").Description("The day reports are due (Asia/Shanghai), the 25th by default.").Resolve(c => c.Source.DueDate);
        Field(p => p.IsClosed).Description("A supervisor closed the period: it takes no more reports.");
    }
}
