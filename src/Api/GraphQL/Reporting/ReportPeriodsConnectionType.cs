using Wuzhong.Api.GraphQL.Data;
using Wuzhong.Domain.Reporting;

namespace Wuzhong.Api.GraphQL.Reporting;

public sealed class ReportPeriodsConnectionType() : ConnectionGraphType<ReportPeriodType, ReportPeriod>("ReportPeriods")
{
    public static IReadOnlyList<SortKey> DefaultOrder { get; } =
        [SortKey.By<ReportPeriod, int>(p => p.Year), SortKey.By<ReportPeriod, int>(p => p.Month), SortKey.By<ReportPeriod, int>(p => p.Id)];
}
