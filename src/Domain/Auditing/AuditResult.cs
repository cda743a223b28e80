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
