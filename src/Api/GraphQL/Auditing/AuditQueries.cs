using GraphQL;
using GraphQL.Types;
using Wuzhong.GraphQLEngine.Data;
using Wuzhong.Infrastructure.Reporting;

namespace Wuzhong.Api.GraphQL.Auditing;

/// <summary>The audit log, for supervisors.</summary>
public static class AuditQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.RootConnection("auditLog", AuditEntryType.Entity)
            .Description("Every mutation asked for, the newest first (supervisors and admins).")
            .AuthorizeWithRoles(Role.Supervisor, Role.Admin);
    }
}
