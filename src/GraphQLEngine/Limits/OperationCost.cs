namespace Wuzhong.GraphQLEngine.Limits;

/// <summary>
/// The estimated cost of an operation before it runs, as HotChocolate reports it: <c>fieldCost</c> counts every
/// field once per item it may be resolved for (pages at their size, lists at the default size); <c>typeCost</c>
/// counts the objects it may return.
/// </summary>
/// <param name="InputNodes">The nodes of the largest argument (objects, lists and values, variables included).</param>
public sealed record OperationCost(long FieldCost, long TypeCost, int Depth, int InputDepth, long InputNodes = 0)
{
    /// <summary>Where <see cref="CostValidationRule"/> leaves the cost in the request's user context, for the endpoint to report.</summary>
    public const string UserContextKey = "wuzhong.operationCost";
}
