using GraphQL.Types;
using Wuzhong.Api.GraphQL.Scalars;
using Wuzhong.Domain.Reporting;
using Wuzhong.GraphQLEngine.Data;
using Wuzhong.GraphQLEngine.Scalars;

namespace Wuzhong.Api.GraphQL.Reporting;

public sealed class ReportPeriodType : EntityGraphType<ReportPeriod>
{
    public static EntityDeclaration<ReportPeriod> Entity { get; } = new EntityDeclaration<ReportPeriod>("ReportPeriod")
        .ShownAs<ReportPeriodType>("A monthly reporting period; reports are due before its due date (the 25th).").Node().Connection("ReportPeriods")
        .Value("year", p => p.Year, "The period's year.")
        .Value("month", p => p.Month, "The period's month, 1–12.")
        .Value("label", p => p.Label, "The period as users write it, e.g. \"2023-03\".", filterable: false)
        .Value("period", p => p.Year * MonthKey.PerYear + p.Month, "The period as a YearMonth, \"2023-03\": filtered and sorted as one "
            + "comparison (`period: { gte: \"2023-03\", lte: \"2023-06\" }`, on reports `period: { period: { eq: \"2023-06\" } }`).",
            typeName: YearMonthGraphType.GraphQLName)
        .Value("dueDate", p => p.DueDate, "The day reports are due (Asia/Shanghai), the 25th by default.")
        .Value("isClosed", p => p.IsClosed, "A supervisor closed the period: it takes no more reports.")
        .Computed("label", nameof(ReportPeriod.Year), nameof(ReportPeriod.Month))
        .Computed("opensAt", nameof(ReportPeriod.Year), nameof(ReportPeriod.Month))
        .Computed("dueAt", nameof(ReportPeriod.DueDate))
        .OrderedBy(SortKey.By<ReportPeriod, int>(p => p.Year), SortKey.By<ReportPeriod, int>(p => p.Month), SortKey.By<ReportPeriod, int>(p => p.Id));

    public ReportPeriodType() : base(Entity)
    {
        Field<NonNullGraphType<DateTimeScalarType>>("opensAt")
            .Description("When the period opens for reports: its first day, 00:00 Asia/Shanghai.")
            .Resolve(c => c.RequestServices!.GetRequiredService<ReportingCalendar>().OpensAt(c.Source));
        Field<NonNullGraphType<DateTimeScalarType>>("dueAt")
            .Description("When reports fall due: the due day at 24:00 Asia/Shanghai; a report at or after it is late.")
            .Resolve(c => c.RequestServices!.GetRequiredService<ReportingCalendar>().DueAt(c.Source));
    }
}
