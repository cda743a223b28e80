using System.Linq.Expressions;

namespace Wuzhong.GraphQLEngine.Data;

/// <summary>One key of an ordering: a selector over the entity (translated to SQL) and its direction.</summary>
public sealed record SortKey(LambdaExpression Selector, bool Descending = false)
{
    public Type KeyType => Selector.ReturnType;

    public static SortKey By<T, TKey>(Expression<Func<T, TKey>> selector, bool descending = false) => new(selector, descending);
}
