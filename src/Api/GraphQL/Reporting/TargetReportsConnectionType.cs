using Wuzhong.GraphQLEngine.Data;
using Wuzhong.Domain.Reporting;

namespace Wuzhong.Api.GraphQL.Reporting;

public sealed class TargetReportsConnectionType() : ConnectionGraphType<TargetReportType, TargetReport>("TargetReports");
