using System.Linq.Expressions;

namespace Wuzhong.GraphQLEngine.Data.Sorting;

/// <summary>The one place an ordering becomes LINQ: pages, and anything else sorted by sort keys (groups of aggregates).</summary>
public static class Ordering
{
    /// <summary>
    /// The ordering with a null-first key before each nullable key: databases disagree on where NULL sorts (PostgreSQL
    /// last, SQLite and SQL Server first), and no comparison with NULL is true, so a seek past a cursor would skip
    /// every row whose key is null. Null is the smallest value, as in .NET, on every provider.
    /// </summary>
    public static IReadOnlyList<SortKey> NullsFirst(IReadOnlyList<SortKey> order) =>
        !order.Any(k => Nullable.GetUnderlyingType(k.KeyType) is not null) ? order
        : Expanded.GetValue(order, static keys => keys.SelectMany(IsNullThenKey).ToList());

    private static IEnumerable<SortKey> IsNullThenKey(SortKey key)
    {
        if (Nullable.GetUnderlyingType(key.KeyType) is not null)
        {
            var row = key.Selector.Parameters[0];
            var isNotNull = Expression.Condition(Expression.Equal(key.Selector.Body, Expression.Constant(null, key.KeyType)),
                Expression.Constant(0), Expression.Constant(1));
            yield return new SortKey(Expression.Lambda(isNotNull, row), key.Descending);
        }
        yield return key;
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyList<SortKey>, IReadOnlyList<SortKey>> Expanded = [];

    /// <summary>OrderBy/ThenBy over the keys (reversed for paging backwards).</summary>
    /// <param name="nullsFirst">
    /// Null first on every provider (<see cref="NullsFirst"/>), which keyset paging needs. Without it, where null sorts is
    /// the database's: the price of the extra keys is worth paying only where a cursor depends on it.
    /// </param>
    public static IQueryable<T> Apply<T>(IQueryable<T> source, IReadOnlyList<SortKey> order, bool reverse = false, bool nullsFirst = true) =>
        ApplyKeys(source, nullsFirst ? NullsFirst(order) : order, reverse);

    /// <summary>OrderBy/ThenBy over exactly these keys (keyset paging expands its ordering once, for its cursors too).</summary>
    internal static IQueryable<T> ApplyKeys<T>(IQueryable<T> source, IReadOnlyList<SortKey> order, bool reverse)
    {
        var expression = source.Expression;
        for (var i = 0; i < order.Count; i++)
        {
            var key = order[i];
            var descending = key.Descending != reverse;
            var method = (i == 0, descending) switch
            {
                (true, false) => nameof(Queryable.OrderBy),
                (true, true) => nameof(Queryable.OrderByDescending),
                (false, false) => nameof(Queryable.ThenBy),
                (false, true) => nameof(Queryable.ThenByDescending),
            };
            expression = Expression.Call(typeof(Queryable), method, [typeof(T), key.KeyType], expression, Expression.Quote(key.Selector));
        }
        return source.Provider.CreateQuery<T>(expression);
    }
}
