using Wuzhong.Domain.Reporting;

namespace Wuzhong.Api.GraphQL.Analytics;

public sealed record StatusCount(TaskProgressStatus Status, int Count);
