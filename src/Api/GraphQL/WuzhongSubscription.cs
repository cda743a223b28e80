using GraphQL.Types;
using Wuzhong.Api.GraphQL.Subscriptions;

namespace Wuzhong.Api.GraphQL;

/// <summary>The subscription root: what dashboards hear of as it happens.</summary>
public sealed class WuzhongSubscription : ObjectGraphType
{
    public WuzhongSubscription()
    {
        Name = "Subscription";
        Description = "Events as they are committed, on whichever server process they were written: over the graphql-transport-ws " +
            "WebSocket protocol or Server-Sent Events (graphql-sse), at the GraphQL path.";
        ReportingSubscriptions.AddTo(this);
    }
}
