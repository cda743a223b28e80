using System.Linq.Expressions;

namespace Wuzhong.GraphQLEngine.Data;

/// <summary>Inlines one lambda into another by putting an expression in place of its parameter.</summary>
public sealed class ParameterReplacer(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
{
    protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : node;

    public static Expression Inline(LambdaExpression lambda, Expression argument) =>
        new ParameterReplacer(lambda.Parameters[0], argument).Visit(lambda.Body);
}
