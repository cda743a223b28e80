using GraphQL.Types;
using Wuzhong.Api.GraphQL.Reporting;

namespace Wuzhong.Api.GraphQL;

/// <summary>The mutation root: monthly reporting.</summary>
public sealed class WuzhongMutation : ObjectGraphType
{
    public WuzhongMutation()
    {
        Name = "Mutation";
        Description = "Reporting: progress and target reports, closing a period. Each mutation writes all or nothing and is audited.";
        ReportingMutations.AddTo(this);
    }
}
