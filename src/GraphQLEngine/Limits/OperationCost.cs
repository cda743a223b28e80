namespace Wuzhong.GraphQLEngine.Limits;

/// <summary>
/// The estimated cost of an operation before it runs, as HotChocolate reports it: <c>fieldCost</c> counts every
/// field once per item it may be resolved for (pages at their size, lists at the default size) and what aggregates
/// scan; <c>typeCost</c> counts the objects it may return.
/// </summary>
/// <param name="InputNodes">The nodes of the largest argument (objects, lists and values, variables included).</param>
/// <param name="IntrospectionLists">The most <c>fields</c>/<c>inputFields</c>/<c>interfaces</c>/<c>possibleTypes</c> nested in each other.</param>
/// <param name="OfTypeDepth">The most <c>ofType</c> nested in each other.</param>
public sealed record OperationCost(long FieldCost, long TypeCost, int Depth, int InputDepth, long InputNodes = 0, int IntrospectionLists = 0, int OfTypeDepth = 0)
{
    /// <summary>Where <see cref="BoundedDocumentValidator"/> leaves the cost in the request's user context, for the endpoint to report.</summary>
    public const string UserContextKey = "wuzhong.operationCost";
}
