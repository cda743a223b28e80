using System.Linq.Expressions;

namespace Wuzhong.Domain.Auditing;

/// <summary>The one reading of an outcome's text, for SQL (filters) and for objects alike.</summary>
public static class AuditOutcome
{
    public const string Accepted = "accepted";
    public const string RejectedPrefix = "rejected: ";
    public const string RefusedPrefix = "refused: ";

    public static Expression<Func<AuditEntry, AuditResult>> Result { get; } = entry =>
        entry.Outcome.StartsWith(RejectedPrefix) ? AuditResult.Rejected
        : entry.Outcome.StartsWith(RefusedPrefix) ? AuditResult.Refused
        : AuditResult.Accepted;

    public static Func<AuditEntry, AuditResult> ResultOf { get; } = Result.Compile();

    /// <summary>The codes an outcome names: the broken rules of a rejection, the error codes of a refusal.</summary>
    public static IReadOnlyList<string> CodesOf(string outcome)
    {
        var text = outcome.StartsWith(RejectedPrefix, StringComparison.Ordinal) ? outcome[RejectedPrefix.Length..]
            : outcome.StartsWith(RefusedPrefix, StringComparison.Ordinal) ? outcome[RefusedPrefix.Length..]
            : "";
        // "401 UNAUTHENTICATED ×37": the status and the count are not codes.
        return text.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(t => t.Length > 1 && t.All(c => char.IsAsciiLetterUpper(c) || c == '_' || char.IsAsciiDigit(c)) && !t.All(char.IsAsciiDigit))
            .ToList();
    }

    /// <summary>The outcome of identical refusals written as one entry: "refused: 429 RATE_LIMITED ×37" (no count for one).</summary>
    public static string WithCount(string outcome, int count) => count == 1 ? outcome : $"{outcome} ×{count}";

    /// <summary>How many refusals the entry stands for (<see cref="WithCount"/>), 1 for any other.</summary>
    public static int CountOf(string outcome) =>
        outcome.LastIndexOf('×') is var at and >= 0 && int.TryParse(outcome[(at + 1)..], System.Globalization.CultureInfo.InvariantCulture, out var count) ? count : 1;
}
