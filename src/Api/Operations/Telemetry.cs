using System.Diagnostics;
using System.Diagnostics.Metrics;
using GraphQLParser.AST;

namespace Wuzhong.Api.Operations;

/// <summary>The API's own traces and metrics: one activity and one duration measurement per GraphQL operation.</summary>
public static class Telemetry
{
    public const string Name = "Wuzhong.GraphQL";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    public static readonly Histogram<double> OperationDuration =
        Meter.CreateHistogram<double>("wuzhong.graphql.operation.duration", unit: "ms", description: "Time to execute a GraphQL request");

    public static readonly Histogram<long> OperationCost =
        Meter.CreateHistogram<long>("wuzhong.graphql.operation.cost", description: "Estimated field cost of executed GraphQL operations");

    /// <summary>The activity of one operation, named and tagged alike for every transport.</summary>
    public static Activity? StartOperation(GraphQLOperationDefinition? operation)
    {
        var type = operation?.Operation.ToString().ToLowerInvariant();
        var activity = Source.StartActivity("graphql " + (type ?? "request"));
        activity?.SetTag("graphql.operation.name", operation?.Name?.StringValue);
        activity?.SetTag("graphql.operation.type", type);
        return activity;
    }
}
