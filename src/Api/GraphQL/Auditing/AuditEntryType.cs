using Wuzhong.GraphQLEngine.Scalars;
using System.Globalization;
using GraphQL.Types;
using Wuzhong.Domain.Auditing;

namespace Wuzhong.Api.GraphQL.Auditing;

public sealed class AuditEntryType : ObjectGraphType<AuditEntry>
{
    public AuditEntryType()
    {
        Name = "AuditEntry";
        Description = "One mutation as it was asked for and how it ended: who, when, what.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id.ToString(CultureInfo.InvariantCulture));
        Field<NonNullGraphType<DateTimeScalarType>>("at").Resolve(c => c.Source.At);
        Field(a => a.Actor).Description("The token's subject, or \"anonymous\".");
        Field(a => a.Roles).Description("The caller's roles, comma-separated.");
        Field(a => a.Action).Description("The mutation, e.g. submitProgressReport.");
        Field(a => a.Input).Description("The mutation's input, as JSON.");
        Field(a => a.Outcome).Description("\"accepted\", or \"rejected: \" and the error codes.");
    }
}
