using System.Text.Encodings.Web;
using System.Text.Json;
using Wuzhong.Domain.Access;
using Wuzhong.Domain.Auditing;
using Wuzhong.Domain.Reporting;
using Wuzhong.Infrastructure.Persistence;
using Wuzhong.Infrastructure.Persistence.Configurations;
using Wuzhong.Infrastructure.Reporting;

namespace Wuzhong.Infrastructure.Auditing;

/// <summary>Writes one <see cref="AuditEntry"/> per mutation: with the change itself when it is accepted, alone when refused.</summary>
public sealed class AuditLog(WuzhongDbContext db, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Adds the entry to the pending changes: it is saved with them, in their transaction.</summary>
    public void Add(Actor actor, string action, object input, IReadOnlyList<RuleViolation> violations) =>
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            Actor = actor.Name,
            Roles = string.Join(",", actor.Roles.Order(StringComparer.Ordinal)),
            Action = action,
            Input = AuditText.Clip(JsonSerializer.Serialize(input, Json), AuditEntryConfiguration.MaxInputLength),
            Outcome = violations.Count == 0 ? AuditOutcome.Accepted : AuditOutcome.RejectedPrefix + string.Join(", ", violations.Select(v => v.Code).Distinct()),
        });

    /// <summary>Records a refused mutation on its own.</summary>
    public async Task WriteRejectedAsync(Actor actor, string action, object input, IReadOnlyList<RuleViolation> violations, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        Add(actor, action, input, violations);
        await db.SaveChangesAsync(cancellationToken);
    }
}
