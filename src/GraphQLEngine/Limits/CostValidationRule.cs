using GraphQL.Validation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Wuzhong.GraphQLEngine.Data;

namespace Wuzhong.GraphQLEngine.Limits;

/// <summary>Refuses, before anything runs, an operation deeper or costlier than the limits, or with a too deeply nested or too large input.</summary>
public sealed class CostValidationRule : ValidationRuleBase
{

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation is null || context.RequestServices is null)
        {
            return default;
        }
        var security = context.RequestServices.GetRequiredService<IOptions<SecurityOptions>>().Value;
        var paging = context.RequestServices.GetRequiredService<IOptions<PagingOptions>>().Value;
        var cost = new CostAnalyzer(context.Schema, security, paging.DefaultPageSize).Analyze(context.Document, context.Operation, context.Variables);
        // Computed once, here; the endpoint reads it back for the GraphQL-Cost header, the log line and telemetry.
        context.UserContext[OperationCost.UserContextKey] = cost;

        if (cost.Depth > security.MaxDepth)
        {
            Report(context, ErrorCodes.DepthExceeded, $"The operation is {cost.Depth} levels deep; at most {security.MaxDepth} are allowed.");
        }
        if (cost.FieldCost > security.MaxCost)
        {
            Report(context, ErrorCodes.CostExceeded,
                $"The operation's estimated cost is {cost.FieldCost}; at most {security.MaxCost} is allowed. Ask for smaller pages or fewer nested lists " +
                "(send the header GraphQL-Cost: report to see the cost).");
        }
        if (cost.InputDepth > security.MaxInputDepth)
        {
            Report(context, ErrorCodes.InputTooDeep, $"An argument is nested {cost.InputDepth} levels deep; at most {security.MaxInputDepth} are allowed.");
        }
        if (cost.InputNodes > security.MaxInputNodes)
        {
            Report(context, ErrorCodes.InputTooLarge,
                $"An argument has {cost.InputNodes} values, objects and lists; at most {security.MaxInputNodes} are allowed. Filter with fewer terms, " +
                "or with in: [...] rather than many or: [{ eq }].");
        }
        return default;
    }

    private static void Report(ValidationContext context, string code, string message) =>
        context.ReportError(new ValidationError(context.Document.Source, null, message, context.Operation!) { Code = code });
}
