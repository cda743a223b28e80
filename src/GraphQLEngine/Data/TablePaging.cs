namespace Wuzhong.GraphQLEngine.Data;

/// <summary>
/// For a request that wants whole tables (an export), the page of each connection that is a table of its own, one not
/// inside a list, when neither <c>first</c> nor <c>last</c> is given: <see cref="PageSize"/> rows rather than the default
/// page, priced as such by the cost analysis and held to <see cref="MaxCost"/> instead of the usual limit. Put in the
/// request's user context under <see cref="UserContextKey"/>; a connection inside a list keeps its default page.
/// </summary>
public sealed record TablePaging(int PageSize, int MaxCost)
{
    public const string UserContextKey = "wuzhong.tablePaging";

    public static TablePaging? Of(IDictionary<string, object?>? userContext) =>
        userContext is not null && userContext.TryGetValue(UserContextKey, out var value) ? value as TablePaging : null;
}
