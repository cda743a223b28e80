using Wuzhong.Domain.Plans;

namespace Wuzhong.Infrastructure.Analytics;

/// <summary>
/// A task of the set being measured, tagged with its scope: 0 for a root connection, the parent's id for a nested one
/// (a department's tasks), so that the aggregates of many parents come from one statement.
/// </summary>
public sealed class TaskInScope
{
    public int ScopeId { get; set; }
    public required WorkTask Item { get; set; }
}
