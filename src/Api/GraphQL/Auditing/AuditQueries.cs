using GraphQL;
using GraphQL.Types;
using Wuzhong.GraphQLEngine.Data;

namespace Wuzhong.Api.GraphQL.Auditing;

/// <summary>The audit log, for supervisors.</summary>
public static class AuditQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.RootConnection("auditLog", AuditEntryType.Entity)
            .Description("Every mutation asked for, the newest first (supervisors and admins).")
            .AuthorizeWithRoles(AuditEntryType.Readers);
    }
}
