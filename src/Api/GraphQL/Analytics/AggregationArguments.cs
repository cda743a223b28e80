using GraphQL.Validation;
using Wuzhong.GraphQLEngine.Data.Filtering;

namespace Wuzhong.Api.GraphQL.Analytics;

/// <summary>
/// The checks every aggregation field makes of its arguments while the document is validated (task and report
/// aggregates alike): a range that ends before it starts, groupBy empty or naming a dimension twice, a negative first,
/// a having that cannot hold. Each refusal is INVALID_AGGREGATION with the argument's path.
/// </summary>
public static class AggregationArguments
{
    /// <returns>The dimensions groupBy names (empty when the field has none), for the field's own checks.</returns>
    public static List<TDimension> ValidateCommon<TDimension>(FieldArgumentsValidationContext context)
    {
        var field = context.FieldDefinition.Name;
        if (context.GetArgument<int?>("from") is { } from && context.GetArgument<int?>("to") is { } to && from > to)
        {
            Report(context, $"{field}.from: the range starts after it ends.");
        }
        var groupBy = new List<TDimension>();
        if (context.Arguments?.ContainsKey("groupBy") == true)
        {
            // While validating, a list argument is an object[] of parsed values.
            groupBy = (context.GetArgument<object?>("groupBy") as System.Collections.IEnumerable)?.OfType<TDimension>().ToList() ?? [];
            if (groupBy.Count == 0)
            {
                Report(context, $"{field}.groupBy: name at least one dimension.");
            }
            if (groupBy.Count != groupBy.Distinct().Count())
            {
                Report(context, $"{field}.groupBy: a dimension is named twice.");
            }
        }
        if (context.GetArgument<int?>("first") is < 0)
        {
            Report(context, $"{field}.first: a number of groups is 0 or more.");
        }
        foreach (var problem in FilterValidation.Problems(context.GetArgument<Dictionary<string, object?>?>("having"), $"{field}.having", null))
        {
            Report(context, problem);
        }
        return groupBy;
    }

    public static void Report(FieldArgumentsValidationContext context, string message) =>
        context.ReportError(new ValidationError(message) { Code = ApiErrorCodes.InvalidAggregation });
}
