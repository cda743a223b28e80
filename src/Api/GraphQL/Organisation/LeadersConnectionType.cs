using Wuzhong.GraphQLEngine.Data;
using Wuzhong.Domain.Organisation;

namespace Wuzhong.Api.GraphQL.Organisation;

public sealed class LeadersConnectionType() : ConnectionGraphType<LeaderType, Leader>("Leaders");
