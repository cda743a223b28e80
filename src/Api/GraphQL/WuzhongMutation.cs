using GraphQL.Types;
using Wuzhong.Api.GraphQL.Reporting;

namespace Wuzhong.Api.GraphQL;

/// <summary>The mutation root: monthly reporting.</summary>
public sealed class WuzhongMutation : ObjectGraphType
{
    public WuzhongMutation()
    {
        Name = "Mutation";
        ReportingMutations.AddTo(this);
    }
}
