using GraphQL;
using GraphQL.Validation;
using Microsoft.Extensions.Options;
using Wuzhong.GraphQLEngine.Data;

namespace Wuzhong.GraphQLEngine.Limits;

/// <summary>
/// Holds a document to the limits before any rule of the specification looks at it, and bounds the errors the rest
/// reports. The limits come first because the rules walk a document as often as its fragments are spread (GraphQL.NET's
/// overlapping-fields rule among them): a small document of fragments spreading each other twice stands for 2^n
/// selections, and only its cost, measured once per fragment, says so in time linear in its text.
/// </summary>
/// <remarks>
/// The limits are what bound the rules' time: GraphQL.NET's validator does not observe cancellation (a validation
/// given a cancelled token runs to the end), so a time limit here could only stop waiting, never stop the work. A
/// document within the cost stands for at most that many selections, and is at most MaxQueryLength characters long.
/// </remarks>
public sealed class BoundedDocumentValidator(IDocumentValidator inner, IOptions<RequestLimitOptions> security, IOptions<PagingOptions> paging)
    : IDocumentValidator
{
    public Task<IValidationResult> ValidateAsync(in ValidationOptions options)
    {
        var limits = security.Value;
        var tables = TablePaging.Of(options.UserContext);
        var cost = new CostAnalyzer(options.Schema, limits, paging.Value.DefaultPageSize, tables?.PageSize).Analyze(options.Document, options.Operation, options.Variables);
        // Computed once, here; the endpoint reads it back for the GraphQL-Cost header, the log line and telemetry.
        options.UserContext[OperationCost.UserContextKey] = cost;
        var refusals = new List<ValidationError>();
        foreach (var (code, message) in Refusals(cost, limits, tables?.MaxCost))
        {
            refusals.Add(new ValidationError(options.Document.Source, null, message, options.Operation) { Code = code });
        }
        if (refusals.Count > 0)
        {
            return Task.FromResult<IValidationResult>(new ValidationResult(refusals));
        }
        return ValidateWithinLimitsAsync(options, limits);
    }

    private async Task<IValidationResult> ValidateWithinLimitsAsync(ValidationOptions options, RequestLimitOptions limits)
    {
        var result = await inner.ValidateAsync(options);
        if (result.Errors.Count <= limits.MaxValidationErrors)
        {
            return result;
        }
        // A document with a thousand mistakes gets the first few: the rest would only make the answer large.
        var kept = result.Errors.Take(limits.MaxValidationErrors).OfType<ValidationError>().ToList();
        kept.Add(new ValidationError(options.Document.Source, null,
            $"{result.Errors.Count - limits.MaxValidationErrors} more errors are not listed; at most {limits.MaxValidationErrors} are reported.")
        { Code = ErrorCodes.TooManyErrors });
        return new ValidationResult(kept);
    }

    /// <summary>Each limit the cost passes, with its code and message.</summary>
    /// <param name="maxCost">The cost limit where the request has its own (an export's, <see cref="TablePaging"/>); else <see cref="RequestLimitOptions.MaxCost"/>.</param>
    public static IEnumerable<(string Code, string Message)> Refusals(OperationCost cost, RequestLimitOptions security, int? maxCost = null)
    {
        var costLimit = maxCost ?? security.MaxCost;
        if (cost.Depth > security.MaxDepth)
        {
            yield return (ErrorCodes.DepthExceeded, $"The operation is {cost.Depth} levels deep; at most {security.MaxDepth} are allowed.");
        }
        if (cost.IntrospectionLists > security.MaxIntrospectionListDepth || cost.OfTypeDepth > security.MaxIntrospectionOfTypeDepth)
        {
            yield return (ErrorCodes.IntrospectionTooDeep,
                $"The introspection nests fields, inputFields, interfaces or possibleTypes {cost.IntrospectionLists} deep and ofType {cost.OfTypeDepth} deep; " +
                $"at most {security.MaxIntrospectionListDepth} and {security.MaxIntrospectionOfTypeDepth} are allowed.");
        }
        if (cost.FieldCost > costLimit)
        {
            yield return (ErrorCodes.CostExceeded,
                $"The operation's estimated cost is {cost.FieldCost}; at most {costLimit} is allowed. Ask for smaller pages, fewer nested lists " +
                "or fewer aggregates (send the header GraphQL-Cost: report to see the cost).");
        }
        if (cost.InputDepth > security.MaxInputDepth)
        {
            yield return (ErrorCodes.InputTooDeep, DocumentLimits.InputTooDeep(cost.InputDepth, security.MaxInputDepth));
        }
        if (cost.InputNodes > security.MaxInputNodes)
        {
            yield return (ErrorCodes.InputTooLarge,
                $"An argument has {cost.InputNodes} values, objects and lists; at most {security.MaxInputNodes} are allowed. Filter with fewer terms, " +
                "or with in: [...] rather than many or: [{ eq }].");
        }
    }
}
