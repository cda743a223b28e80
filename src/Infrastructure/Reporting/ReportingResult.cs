using Wuzhong.Domain.Reporting;

namespace Wuzhong.Infrastructure.Reporting;

/// <summary>What a reporting command wrote, or every rule it broke (and then it wrote nothing).</summary>
public sealed record ReportingResult<T>(T? Value, IReadOnlyList<RuleViolation> Violations) where T : class
{
    public static ReportingResult<T> Rejected(IReadOnlyList<RuleViolation> violations) => new(null, violations);

    public static ReportingResult<T> Accepted(T value) => new(value, []);
}
