using GraphQL;
using GraphQL.Types;
using Wuzhong.Domain.Access;
using Wuzhong.Domain.Auditing;
using Wuzhong.GraphQLEngine.Data;
using Wuzhong.Infrastructure.Reporting;

namespace Wuzhong.Api.GraphQL.Auditing;

public sealed class AuditEntryType : EntityGraphType<AuditEntry>
{
    /// <summary>Who may read the log: <c>auditLog</c> is authorized for them, and an entry is fetched by id by them only.</summary>
    public static readonly string[] Readers = [Role.Supervisor, Role.Admin];

    public static EntityDeclaration<AuditEntry> Entity { get; } = new EntityDeclaration<AuditEntry>("AuditEntry")
        .ShownAs<AuditEntryType>("One mutation as it was asked for and how it ended: who, when, what.")
        // Fetched by id only by those who may read the log (auditLog is authorized the same way).
        .Node(context => context.User?.Identity?.IsAuthenticated == true && Readers.Any(context.User.IsInRole) ? null
            : new ExecutionError($"An AuditEntry is read by the roles {string.Join(", ", Readers)} only.") { Code = ApiErrorCodes.Forbidden })
        .Connection("AuditEntries")
        .Value("at", a => a.At, "When the mutation was asked for.")
        .Value("actor", a => a.Actor, "The token's subject, or \"anonymous\".")
        .Value("action", a => a.Action, "The mutation, e.g. submitProgressReport.")
        .Value("result", AuditOutcome.Result, "How it ended: ACCEPTED, REJECTED (a rule was broken) or REFUSED (before it ran).")
        .Value("outcome", a => a.Outcome, "How it ended, as text: \"accepted\", \"rejected: \" and the rules broken, \"refused: \" and the status and codes.")
        .Value("input", a => a.Input, "The mutation's input, as JSON.", filterable: false)
        // Fields resolved by hand from the outcome's text, for the projection of a page (result's selector shows its column).
        .Computed("codes", nameof(AuditEntry.Outcome)).Computed("count", nameof(AuditEntry.Outcome))
        // The newest first.
        .OrderedBy(SortKey.By<AuditEntry, long>(a => a.Id, descending: true));

    public AuditEntryType() : base(Entity)
    {
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("roles")
            .Description("The caller's roles.")
            .Resolve(c => c.Source.Roles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("codes")
            .Description("The codes of the outcome: the rules a rejection broke (InputErrorCode), the error codes of a refusal; empty when accepted.")
            .Resolve(c => AuditOutcome.CodesOf(c.Source.Outcome));
        Field<NonNullGraphType<IntGraphType>>("count")
            .Description("How many identical refusals in one second the entry stands for (they are written once); 1 otherwise.")
            .Resolve(c => AuditOutcome.CountOf(c.Source.Outcome));
    }
}
