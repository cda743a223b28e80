using Wuzhong.Api.GraphQL.Errors;
using Wuzhong.Domain.Reporting;

namespace Wuzhong.Api.GraphQL.Reporting;

public sealed class CloseReportPeriodPayloadType() : PayloadGraphType<ReportPeriodType, ReportPeriod>("CloseReportPeriodPayload", "reportPeriod");
