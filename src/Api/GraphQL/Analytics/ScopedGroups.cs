using Microsoft.EntityFrameworkCore;

namespace Wuzhong.Api.GraphQL.Analytics;

/// <summary>Reads ordered groups of aggregates for one or several scopes (parents), each cut to <c>first</c>.</summary>
public static class ScopedGroups
{
    /// <param name="scopes">How many scopes the statement covers: with one, the limit goes into the statement; with several
    /// (a nested connection's parents), each scope is cut after reading.</param>
    public static async Task<IReadOnlyDictionary<int, IReadOnlyList<T>>> ReadAsync<T>(IQueryable<T> orderedGroups, int scopes, int? first,
        Func<T, int> scopeOf, CancellationToken cancellationToken)
        where T : class
    {
        if (first is { } limit && scopes == 1)
        {
            orderedGroups = orderedGroups.Take(limit);
        }
        var rows = await orderedGroups.AsNoTracking().ToListAsync(cancellationToken);
        return rows.GroupBy(scopeOf).ToDictionary(g => g.Key, g => (IReadOnlyList<T>)(first is { } n ? g.Take(n) : g).ToList());
    }
}
