using System.Linq.Expressions;
using System.Reflection;

namespace Wuzhong.Domain.Common;

/// <summary>
/// Replaces each call of an <see cref="InlinedFromAttribute"/> method in an expression tree with the body of the
/// expression it names, its parameters bound to the call's arguments, so that a LINQ provider translates the rule
/// instead of refusing an unknown method. Used on a query before it runs (Infrastructure: <c>InlineRules()</c>).
/// </summary>
public sealed class RuleInlining : ExpressionVisitor
{
    public static readonly RuleInlining Instance = new();

    /// <summary>The body of <paramref name="rule"/> with its parameters replaced by <paramref name="arguments"/>.</summary>
    public static Expression Apply(LambdaExpression rule, params Expression[] arguments)
    {
        var bound = new Dictionary<ParameterExpression, Expression>();
        for (var i = 0; i < rule.Parameters.Count; i++)
        {
            bound[rule.Parameters[i]] = arguments[i];
        }
        return Instance.Visit(new Binder(bound).Visit(rule.Body));
    }

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        if (node.Method.GetCustomAttribute<InlinedFromAttribute>() is not { } inlined)
        {
            return base.VisitMethodCall(node);
        }
        var property = node.Method.DeclaringType!.GetProperty(inlined.ExpressionProperty, BindingFlags.Public | BindingFlags.Static)
            ?? throw new InvalidOperationException($"{node.Method.DeclaringType.Name}.{inlined.ExpressionProperty} is not a public static expression property.");
        var rule = (LambdaExpression)property.GetValue(null)!;
        return Apply(rule, node.Arguments.Select(Visit).ToArray()!);
    }

    private sealed class Binder(Dictionary<ParameterExpression, Expression> bound) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => bound.TryGetValue(node, out var argument) ? argument : node;
    }
}
