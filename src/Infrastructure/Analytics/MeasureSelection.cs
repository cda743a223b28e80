using System.Linq.Expressions;

namespace Wuzhong.Infrastructure.Analytics;

/// <summary>Computes only the measures a request needs: a <c>new T { … }</c> selector with the other bindings left out.</summary>
public static class MeasureSelection
{
    /// <summary><c>source.Select(selector)</c> binding only the members <paramref name="keep"/> accepts.</summary>
    public static IQueryable<TResult> Only<TSource, TResult>(IQueryable<TSource> source, Expression<Func<TSource, TResult>> selector, Func<string, bool> keep)
    {
        var init = (MemberInitExpression)selector.Body;
        var trimmed = init.Update(init.NewExpression, init.Bindings.Where(b => keep(b.Member.Name)));
        return source.Select(Expression.Lambda<Func<TSource, TResult>>(trimmed, selector.Parameters));
    }
}
