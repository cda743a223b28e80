using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using GraphQL;
using Wuzhong.GraphQLEngine.Data.Sorting;

namespace Wuzhong.GraphQLEngine.Data;

/// <summary>
/// Turns an ordering and Relay paging arguments into LINQ that EF translates to one SQL statement:
/// seek past the cursors, order (reversed for <c>last</c>), take one row more than the page to know if more follow.
/// </summary>
public static class KeysetPaging
{
    private static readonly MethodInfo StringCompare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    /// <param name="withKeys">
    /// Read each row's sort keys (for its cursor). Without cursors asked for, they are not read: a key computed from
    /// other rows (a department's overdue tasks) would otherwise be computed once more per row, in the SELECT list.
    /// </param>
    public static IQueryable<PageRow<T>> Page<T>(IQueryable<T> source, IReadOnlyList<SortKey> order, PageRequest page,
        Expression<Func<T, T>>? projection = null, bool withKeys = true)
    {
        order = Ordering.NullsFirst(order);
        if (page.After is { } after)
        {
            source = source.Where(Seek<T>(order, after, forward: true));
        }
        if (page.Before is { } before)
        {
            source = source.Where(Seek<T>(order, before, forward: false));
        }
        return Ordering.ApplyKeys(source, order, reverse: page.IsBackward).Take(page.Size + 1).Select(RowSelector(withKeys ? order : [], projection));
    }

    /// <summary>Refuses a cursor issued under another order, whether or not the page is read.</summary>
    public static void CheckCursors(IReadOnlyList<SortKey> order, PageRequest page) => CheckExpanded(Ordering.NullsFirst(order), page);

    private static void CheckExpanded(IReadOnlyList<SortKey> order, PageRequest page)
    {
        foreach (var cursor in new[] { page.After, page.Before })
        {
            if (cursor is not null && (cursor.Signature != Signature(order) || cursor.Values.Count != order.Count))
            {
                throw InvalidCursor("it was issued for another order");
            }
        }
    }

    /// <summary>Builds the connection from the rows read (one more than the page when more follow).</summary>
    public static Connection<T> ToConnection<T>(IReadOnlyList<PageRow<T>> rows, IReadOnlyList<SortKey> order, PageRequest page, int? totalCount)
    {
        var signature = Signature(Ordering.NullsFirst(order));
        var hasMore = rows.Count > page.Size;
        var pageRows = rows.Take(page.Size).ToList();
        if (page.IsBackward)
        {
            pageRows.Reverse();
        }
        var edges = pageRows.Select(r => new Edge<T>(() => Cursor.From(signature, r.Keys).Encode(), r.Node)).ToList();
        var pageInfo = new PageInfo(
            hasNextPage: page.IsBackward ? page.Before is not null : hasMore,
            hasPreviousPage: page.IsBackward ? hasMore : page.After is not null,
            startCursor: () => edges.FirstOrDefault()?.Cursor,
            endCursor: () => edges.LastOrDefault()?.Cursor);
        return new Connection<T>(edges, pageInfo, totalCount);
    }

    private static Expression<Func<T, PageRow<T>>> RowSelector<T>(IReadOnlyList<SortKey> order, Expression<Func<T, T>>? projection)
    {
        var row = Expression.Parameter(typeof(T), "row");
        var keys = Expression.NewArrayInit(typeof(object),
            order.Select(k => Expression.Convert(ParameterReplacer.Inline(k.Selector, row), typeof(object))));
        var body = Expression.MemberInit(Expression.New(typeof(PageRow<T>)),
            Expression.Bind(typeof(PageRow<T>).GetProperty(nameof(PageRow<T>.Node))!, projection is null ? row : ParameterReplacer.Inline(projection, row)),
            Expression.Bind(typeof(PageRow<T>).GetProperty(nameof(PageRow<T>.Keys))!, keys));
        return Expression.Lambda<Func<T, PageRow<T>>>(body, row);
    }

    /// <summary>
    /// Rows strictly after (or before) the cursor in the ordering:
    /// k1 &gt; v1 OR (k1 = v1 AND k2 &gt; v2) OR …, each comparison flipped for a descending key.
    /// </summary>
    private static Expression<Func<T, bool>> Seek<T>(IReadOnlyList<SortKey> order, Cursor cursor, bool forward)
    {
        CheckExpanded(order, new PageRequest(null, cursor, null, null));

        var row = Expression.Parameter(typeof(T), "row");
        Expression? any = null;
        Expression? equalSoFar = null;
        for (var i = 0; i < order.Count; i++)
        {
            var key = order[i];
            var left = ParameterReplacer.Inline(key.Selector, row);
            var right = QueryParameter.Of(ReadValue(cursor.Values[i], key.KeyType), key.KeyType);
            var greater = forward != key.Descending;
            var strict = Compare(left, right, greater);
            var term = equalSoFar is null ? strict : Expression.AndAlso(equalSoFar, strict);
            any = any is null ? term : Expression.OrElse(any, term);
            var equal = Expression.Equal(left, right);
            equalSoFar = equalSoFar is null ? equal : Expression.AndAlso(equalSoFar, equal);
        }
        return Expression.Lambda<Func<T, bool>>(any!, row);
    }

    /// <summary>A short, stable fingerprint of an ordering (its keys and directions).</summary>
    public static string Signature(IReadOnlyList<SortKey> order)
    {
        var text = string.Join(";", order.Select(k => $"{SelectorText(k.Selector)}:{(k.Descending ? "d" : "a")}"));
        if (Signatures.TryGetValue(text, out var known))
        {
            return known;
        }
        var signature = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)), 0, 4).ToLowerInvariant();
        if (Signatures.Count < MaxKeptSignatures)
        {
            Signatures.TryAdd(text, signature);
        }
        return signature;
    }

    /// <summary>A selector's text, e.g. <c>_.Group.Number</c>; the descriptions' selectors are built once, so their text is kept.</summary>
    private static string SelectorText(LambdaExpression selector) =>
        SelectorTexts.GetValue(selector, static s => s.Body.ToString().Replace(s.Parameters[0].Name + ".", "_.", StringComparison.Ordinal));

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<LambdaExpression, string> SelectorTexts = [];

    /// <summary>Orderings in use are few; past this many, an ordering's signature is computed each time rather than kept.</summary>
    private const int MaxKeptSignatures = 4096;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Signatures = new(StringComparer.Ordinal);

    private static Expression Compare(Expression left, Expression right, bool greater)
    {
        if (left.Type == typeof(string))
        {
            var compare = Expression.Call(StringCompare, left, right);
            return greater ? Expression.GreaterThan(compare, Expression.Constant(0)) : Expression.LessThan(compare, Expression.Constant(0));
        }
        if (left.Type == typeof(bool))
        {
            // false sorts before true; SQL has no > on booleans in every provider, so compare as 0/1.
            left = Expression.Condition(left, Expression.Constant(1), Expression.Constant(0));
            right = Expression.Condition(right, Expression.Constant(1), Expression.Constant(0));
        }
        return greater ? Expression.GreaterThan(left, right) : Expression.LessThan(left, right);
    }

    private static object? ReadValue(JsonElement value, Type type)
    {
        try
        {
            return value.Deserialize(type);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException)
        {
            throw InvalidCursor("its values do not match the order's keys");
        }
    }

    public static ExecutionError InvalidCursor(string why) =>
        new($"The cursor is not valid for this connection: {why}. Use a cursor this connection returned under the same where and order.")
        {
            Code = ErrorCodes.InvalidCursor,
        };
}
