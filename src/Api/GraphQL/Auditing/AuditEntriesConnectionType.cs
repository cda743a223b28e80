using Wuzhong.GraphQLEngine.Data;
using Wuzhong.Domain.Auditing;

namespace Wuzhong.Api.GraphQL.Auditing;

public sealed class AuditEntriesConnectionType() : ConnectionGraphType<AuditEntryType, AuditEntry>("AuditEntries");
