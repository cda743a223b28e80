using GraphQL.Types;
using Wuzhong.Domain.Auditing;

namespace Wuzhong.Api.GraphQL.Auditing;

public sealed class AuditResultType : EnumerationGraphType<AuditResult>
{
    public AuditResultType()
    {
        Name = "AuditResult";
        Description = "How a mutation in the audit log ended.";
        Values.FindByValue(AuditResult.Accepted)!.Description = "It ran and wrote.";
        Values.FindByValue(AuditResult.Rejected)!.Description = "It ran and broke a rule: nothing was written (codes lists the rules).";
        Values.FindByValue(AuditResult.Refused)!.Description = "It was refused before it ran: 401, 403, 429, or a document that does not validate.";
    }
}
