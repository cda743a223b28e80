using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Wuzhong.Infrastructure.Persistence;

/// <summary>
/// On SQLite, equality and <c>in</c> on a name compare its bytes (<c>name COLLATE BINARY = @p</c>) instead of calling
/// the PINYIN collation, which is .NET code SQLite calls back into for every comparison: a filter on a department's
/// name made one such call per link of every task (the headline question at 100× ran at 0.27–0.39 of PostgreSQL,
/// docs/benchmarks.md). The answer cannot change: the collation breaks ties by code point, so two names are equal
/// under it exactly when their text is equal (<see cref="PinyinCollationInterceptor.Compare(string?, string?)"/>).
/// Ordering still uses the collation.
/// </summary>
/// <remarks>Runs when EF compiles a query shape (not per execution: EF caches the compiled query).</remarks>
public sealed class BinaryNameEqualityInterceptor : IQueryExpressionInterceptor
{
    public static BinaryNameEqualityInterceptor Instance { get; } = new();

    public Expression QueryCompilationStarting(Expression queryExpression, QueryExpressionEventData eventData) =>
        Rewriter.Instance.Visit(queryExpression);

    private sealed class Rewriter : ExpressionVisitor
    {
        public static Rewriter Instance { get; } = new();

        private static readonly MethodInfo Collate = typeof(RelationalDbFunctionsExtensions).GetMethod(nameof(RelationalDbFunctionsExtensions.Collate))!
            .MakeGenericMethod(typeof(string));

        // As EF's parameter extraction leaves it (it runs before this interceptor): the value, not the property read.
        private static readonly Expression Functions = Expression.Constant(EF.Functions);

        protected override Expression VisitBinary(BinaryExpression node)
        {
            if (node.NodeType is ExpressionType.Equal or ExpressionType.NotEqual && node.Left.Type == typeof(string) && node.Right.Type == typeof(string))
            {
                var left = Visit(node.Left);
                var right = Visit(node.Right);
                if (IsPinyinName(left) && !IsNull(right))
                {
                    left = Binary(left);
                }
                else if (IsPinyinName(right) && !IsNull(left))
                {
                    right = Binary(right);
                }
                return Expression.MakeBinary(node.NodeType, left, right, node.IsLiftedToNull, node.Method);
            }
            return base.VisitBinary(node);
        }

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            // values.Contains(name): the `in` filter.
            if (node.Method.Name == nameof(Enumerable.Contains) && node.Method.DeclaringType == typeof(Enumerable) && node.Arguments is [var values, var item]
                && item.Type == typeof(string) && IsPinyinName(item))
            {
                return node.Update(null, [Visit(values), Binary(item)]);
            }
            return base.VisitMethodCall(node);
        }

        /// <summary>A string property of an entity whose column sorts by pinyin.</summary>
        private static bool IsPinyinName(Expression expression) =>
            expression is MemberExpression { Member: PropertyInfo { DeclaringType: { } entity } property, Expression: not null }
            && WuzhongDbContext.PinyinSorted.Contains((entity, property.Name));

        private static bool IsNull(Expression expression) => expression is ConstantExpression { Value: null };

        private static Expression Binary(Expression name) => Expression.Call(Collate, Functions, name, Expression.Constant("BINARY"));
    }
}
