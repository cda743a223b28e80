using Wuzhong.GraphQLEngine.Data;
using Wuzhong.Domain.Plans;

namespace Wuzhong.Api.GraphQL.Plans;

public sealed class TargetsConnectionType() : ConnectionGraphType<TargetType, Target>("Targets");
