using Wuzhong.Domain.Reporting;

namespace Wuzhong.Infrastructure.Analytics;

/// <summary>A progress report of the set being measured, tagged with its scope (0 for a root connection, the parent's id for a nested one).</summary>
public sealed class ReportInScope
{
    public int ScopeId { get; set; }
    public required ProgressReport Item { get; set; }
}
