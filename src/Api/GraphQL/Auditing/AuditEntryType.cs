using GraphQL.Types;

using Wuzhong.Domain.Auditing;
using Wuzhong.GraphQLEngine.Data;

namespace Wuzhong.Api.GraphQL.Auditing;

public sealed class AuditEntryType : EntityGraphType<AuditEntry>
{
    public static EntityDeclaration<AuditEntry> Entity { get; } = new EntityDeclaration<AuditEntry>("AuditEntry")
        .ShownAs<AuditEntryType>("One mutation as it was asked for and how it ended: who, when, what.").Connection("AuditEntries")
        .Value("at", a => a.At, "When the mutation was asked for.")
        .Value("actor", a => a.Actor, "The token's subject, or \"anonymous\".")
        .Value("roles", a => a.Roles, "The caller's roles, comma-separated.", filterable: false)
        .Value("action", a => a.Action, "The mutation, e.g. submitProgressReport.")
        .Value("input", a => a.Input, "The mutation's input, as JSON.", filterable: false)
        .Value("outcome", a => a.Outcome, "\"accepted\", or \"rejected: \" and the error codes.")
        // The newest first.
        .OrderedBy(SortKey.By<AuditEntry, long>(a => a.Id, descending: true));

    public AuditEntryType() : base(Entity)
    {
        // Not a Node (the log is read as a whole, never fetched by id): its id is the entry's number.
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
