using Wuzhong.GraphQLEngine.Data;
using Wuzhong.Domain.Auditing;

namespace Wuzhong.Api.GraphQL.Auditing;

/// <summary>How audit entries are filtered and sorted.</summary>
public static class AuditEntryDescription
{
    public static EntityDescription<AuditEntry> Entity { get; } = new EntityDescription<AuditEntry>("AuditEntry")
        .Value("at", a => a.At, "When the mutation was asked for.")
        .Value("actor", a => a.Actor, "Who asked.")
        .Value("action", a => a.Action, "Which mutation.")
        .Value("outcome", a => a.Outcome, "How it ended.")
        // The newest first.
        .OrderedBy(SortKey.By<AuditEntry, long>(a => a.Id, descending: true));
}
