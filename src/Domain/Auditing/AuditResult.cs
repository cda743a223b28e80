using System.Linq.Expressions;

namespace Wuzhong.Domain.Auditing;

/// <summary>How a mutation in the audit log ended, read from its outcome text ("accepted", "rejected: …", "refused: …").</summary>
public enum AuditResult
{
    /// <summary>It ran and wrote.</summary>
    Accepted,

    /// <summary>It ran and broke a rule: nothing was written.</summary>
    Rejected,

    /// <summary>It was refused before it ran (401, 403, 429, a document that does not validate).</summary>
    Refused,
}

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

    /// <summary>How many refusals the entry stands for ("×37"), 1 for any other.</summary>
    public static int CountOf(string outcome) =>
        outcome.LastIndexOf('×') is var at and >= 0 && int.TryParse(outcome[(at + 1)..], System.Globalization.CultureInfo.InvariantCulture, out var count) ? count : 1;
}
