using Wuzhong.Domain.Common;

namespace Wuzhong.Infrastructure.Persistence;

public static class RuleQueries
{
    /// <summary>
    /// The query with the Domain's rules it calls (<see cref="InlinedFromAttribute"/>: <c>OverdueRule.DueMonthOf</c> …)
    /// written out as the expressions they are, which EF translates; call it on a query before composing it further.
    /// </summary>
    public static IQueryable<T> InlineRules<T>(this IQueryable<T> query) => query.Provider.CreateQuery<T>(RuleInlining.Instance.Visit(query.Expression));
}
