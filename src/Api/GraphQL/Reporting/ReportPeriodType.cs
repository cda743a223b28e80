using Wuzhong.GraphQLEngine.Scalars;
using GraphQL.Types;
using Wuzhong.Api.GraphQL.Nodes;
using Wuzhong.Domain.Reporting;
using Wuzhong.GraphQLEngine.Nodes;

namespace Wuzhong.Api.GraphQL.Reporting;

public sealed class ReportPeriodType : NodeGraphType<ReportPeriod>
{
    public ReportPeriodType() : base("ReportPeriod", "A monthly reporting period; reports are due before its due date (the 25th).")
    {
        Field(p => p.Year);
        Field(p => p.Month).Description("1–12.");
        Field(p => p.Label).Description("The period as users write it, e.g. \"2023-03\".");
        Field<NonNullGraphType<DateScalarType>>("dueDate").Description("The day reports are due (Asia/Shanghai), the 25th by default.").Resolve(c => c.Source.DueDate);
        Field(p => p.IsClosed).Description("A supervisor closed the period: it takes no more reports.");
        Field<NonNullGraphType<DateTimeScalarType>>("opensAt")
            .Description("When the period opens for reports: its first day, 00:00 Asia/Shanghai.")
            .Resolve(c => c.RequestServices!.GetRequiredService<ReportingCalendar>().OpensAt(c.Source));
        Field<NonNullGraphType<DateTimeScalarType>>("dueAt")
            .Description("When reports fall due: the due day at 24:00 Asia/Shanghai; a report at or after it is late.")
            .Resolve(c => c.RequestServices!.GetRequiredService<ReportingCalendar>().DueAt(c.Source));
    }
}
