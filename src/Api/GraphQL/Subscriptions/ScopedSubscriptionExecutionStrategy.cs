using GraphQL;
using GraphQL.Execution;

namespace Wuzhong.Api.GraphQL.Subscriptions;

/// <summary>
/// Runs each event of a subscription in a service scope of its own (a fresh DbContext and batch loaders: nothing read
/// for one event is served for the next), its fields one after another as queries do (one DbContext per scope).
/// </summary>
public sealed class ScopedSubscriptionExecutionStrategy() : SubscriptionExecutionStrategy(new SerialExecutionStrategy())
{
    protected override async ValueTask<ExecutionResult> ProcessDataAsync(global::GraphQL.Execution.ExecutionContext context, ExecutionNode node, object? value)
    {
        await using var scope = context.RequestServices!.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        context.RequestServices = scope.ServiceProvider;
        return await base.ProcessDataAsync(context, node, value);
    }
}
