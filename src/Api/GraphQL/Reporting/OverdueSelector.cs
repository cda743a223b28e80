using System.Linq.Expressions;
using Wuzhong.Domain.Reporting;
using Wuzhong.GraphQLEngine.Data;

namespace Wuzhong.Api.GraphQL.Reporting;

/// <summary>
/// The Domain's overdue rule for SQL (<see cref="OverdueRule.IsOverdueExpression"/>) read from a row's own columns: a task's
/// plan year and last reported month, a department's on a task … One statement of the rule serves every filter.
/// </summary>
public static class OverdueSelector
{
    /// <returns>(row, now) => overdue, for a declaration's request-dependent value.</returns>
    public static Expression<Func<T, ReportingMoment, bool>> For<T>(Expression<Func<T, int>> planYear, Expression<Func<T, int?>> lastReportedMonth)
    {
        var row = Expression.Parameter(typeof(T), "row");
        var now = Expression.Parameter(typeof(ReportingMoment), "now");
        return Expression.Lambda<Func<T, ReportingMoment, bool>>(Apply(row, now, planYear, lastReportedMonth), row, now);
    }

    /// <summary>The rule's body for <paramref name="row"/> at <paramref name="now"/>.</summary>
    public static Expression Apply<T>(Expression row, Expression now, Expression<Func<T, int>> planYear, Expression<Func<T, int?>> lastReportedMonth)
    {
        var rule = OverdueRule.IsOverdueExpression;
        var body = new ParameterReplacer(rule.Parameters[0], ParameterReplacer.Inline(planYear, row)).Visit(rule.Body);
        body = new ParameterReplacer(rule.Parameters[1], ParameterReplacer.Inline(lastReportedMonth, row)).Visit(body);
        return new ParameterReplacer(rule.Parameters[2], now).Visit(body);
    }
}
