using Wuzhong.GraphQLEngine.Data;
using Wuzhong.Domain.Reporting;

namespace Wuzhong.Api.GraphQL.Reporting;

/// <summary>How report periods are filtered and sorted.</summary>
public static class ReportPeriodDescription
{
    public static EntityDescription<ReportPeriod> Entity { get; } = new EntityDescription<ReportPeriod>("ReportPeriod")
        .Value("year", p => p.Year, "The period's year.")
        .Value("month", p => p.Month, "The period's month, 1–12.")
        .Value("dueDate", p => p.DueDate, "The day reports are due.")
        .Value("isClosed", p => p.IsClosed, "Closed by a supervisor: it takes no more reports.")
        .Computed("label", nameof(ReportPeriod.Year), nameof(ReportPeriod.Month))
        .Computed("opensAt", nameof(ReportPeriod.Year), nameof(ReportPeriod.Month))
        .Computed("dueAt", nameof(ReportPeriod.DueDate))
        .OrderedBy(SortKey.By<ReportPeriod, int>(p => p.Year), SortKey.By<ReportPeriod, int>(p => p.Month), SortKey.By<ReportPeriod, int>(p => p.Id));
}
