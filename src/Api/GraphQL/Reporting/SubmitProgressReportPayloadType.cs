using Wuzhong.Api.GraphQL.Errors;
using Wuzhong.Domain.Reporting;

namespace Wuzhong.Api.GraphQL.Reporting;

public sealed class SubmitProgressReportPayloadType() : PayloadGraphType<ProgressReportType, ProgressReport>("SubmitProgressReportPayload", "progressReport");
