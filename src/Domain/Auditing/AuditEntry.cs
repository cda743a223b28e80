namespace Wuzhong.Domain.Auditing;

/// <summary>One mutation as it was asked for and how it ended: who, when, what. Kept for supervisors.</summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public required string Actor { get; set; }
    public required string Roles { get; set; }
    public required string Action { get; set; }

    /// <summary>The mutation's input, as JSON.</summary>
    public required string Input { get; set; }

    /// <summary>"accepted", or "rejected: CODE, CODE".</summary>
    public required string Outcome { get; set; }
}
