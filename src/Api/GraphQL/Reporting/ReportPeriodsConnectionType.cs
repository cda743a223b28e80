using Wuzhong.GraphQLEngine.Data;
using Wuzhong.Domain.Reporting;

namespace Wuzhong.Api.GraphQL.Reporting;

public sealed class ReportPeriodsConnectionType() : ConnectionGraphType<ReportPeriodType, ReportPeriod>("ReportPeriods");
