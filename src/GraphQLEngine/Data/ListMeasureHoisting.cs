using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Query;

namespace Wuzhong.GraphQLEngine.Data;

/// <summary>
/// Measures of a parent's list (a department's tasks' <c>overdueCount</c>) that filter, rank or key a page of parents,
/// computed once per statement in a grouped derived table joined to the parents, instead of once per parent and per use.
/// <para>
/// Written as the declarations give them, such a measure is a correlated subquery over the parent's links, and a page
/// ranked and filtered by it repeats that subquery in <c>WHERE</c>, <c>ORDER BY</c> (and the cursor's keys in the
/// <c>SELECT</c> list); the database evaluates each once per parent (on PostgreSQL at 100×: 57 departments × 3 copies,
/// each hash-joining ~400 links to a scan of 10,800 tasks, 210–240 ms a page; docs/benchmarks.md). Here the query is
/// rewritten before it runs: every numeric expression that reads the row only through one collection navigation
/// (<c>row.TaskLinks…Count(…)</c>) becomes a column of
/// <c>links GROUP BY foreign key</c>, left-joined to the parents once; the rest of the query reads that column, and a parent
/// with no links reads the measure's value over an empty list (0 for a count, null for an average), computed in memory
/// from the same expression. The answer is the same; only the SQL's shape changes.
/// </para>
/// </summary>
public static class ListMeasureHoisting
{
    private static readonly MethodInfo Set = typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!;

    /// <summary>The query with its parents' list measures computed in one grouped pass; the query itself when it has none.</summary>
    /// <typeparam name="T">The parents: the element type of the query's root.</typeparam>
    public static IQueryable<TResult> Apply<T, TResult>(IQueryable<TResult> query, DbContext db)
        where T : class
    {
        var chain = Chain(query.Expression, typeof(T));
        if (chain is null || db.Model.FindEntityType(typeof(T)) is not { } parentType || parentType.FindPrimaryKey() is not { Properties: [var parentKey] })
        {
            return query;
        }
        var found = new Candidates(chain.Calls.SelectMany(Lambdas).ToList(), parentType);
        if (found.Navigation is not { } navigation || navigation.ForeignKey.Properties is not [var foreignKey] || foreignKey.PropertyInfo is null
            || parentKey.PropertyInfo is null)
        {
            return query;
        }
        var link = navigation.TargetEntityType.ClrType;
        if (navigation.TargetEntityType.FindPrimaryKey()?.Properties.Select(p => p.PropertyInfo!).ToList() is not { } linkKey || linkKey.Any(p => p is null))
        {
            return query;
        }
        var links = ((IQueryable)Set.MakeGenericMethod(link).Invoke(db, null)!).Expression;
        if (GroupedMeasures.Build(links, link, foreignKey.PropertyInfo, linkKey, navigation.Name, found.Measures, out var kept) is not { } grouped)
        {
            return query;
        }
        var measures = kept.Select(i => found.Measures[i]).ToList();
        var empties = new List<object?>();
        foreach (var measure in measures)
        {
            if (!TryEmptyValue(measure, navigation, out var empty))
            {
                return query;
            }
            empties.Add(empty);
        }

        var measured = GroupedMeasures.Tuple([typeof(T), .. measures.Select(m => Nullable(m.Type))]);
        var joined = LeftJoin(chain.Root, grouped, parentKey, foreignKey, measured, measures.Count);
        var row = Expression.Parameter(measured, "measured");
        var columns = new Dictionary<Expression, Expression>(ReferenceEqualityComparer.Instance);
        foreach (var (occurrence, measure) in found.Occurrences)
        {
            var index = IndexOf(kept, measure);
            if (index >= 0)
            {
                Expression value = Expression.Property(row, $"Item{index + 2}");
                columns[occurrence] = empties[index] is null
                    ? Expression.Convert(value, measures[index].Type)
                    : Expression.Coalesce(value, Expression.Constant(empties[index], measures[index].Type));
            }
        }
        var rewritten = Rebuild(query.Expression, chain, typeof(T), measured, joined, new Rewriter(Expression.Property(row, "Item1"), columns, row));
        if (ElementType(rewritten.Type) == measured)
        {
            // The query yields the parents themselves (a count's): read them back out of the measured rows.
            var m = Expression.Parameter(measured, "measured");
            rewritten = Expression.Call(typeof(Queryable), nameof(Queryable.Select), [measured, typeof(T)], rewritten,
                Expression.Quote(Expression.Lambda(Expression.Property(m, "Item1"), m)));
        }
        return query.Provider.CreateQuery<TResult>(rewritten);
    }

    // ---- the chain of query operators over T ---------------------------------------------------------------------

    private sealed record QueryChain(Expression Root, IReadOnlyList<MethodCallExpression> Calls);

    /// <summary>The calls, outermost first, whose source is a query of <paramref name="element"/>, down to its root.</summary>
    private static QueryChain? Chain(Expression expression, Type element)
    {
        var calls = new List<MethodCallExpression>();
        var node = expression;
        while (node is MethodCallExpression call && call.Arguments.Count > 0 && ElementType(call.Arguments[0].Type) is { } source)
        {
            if (source == element)
            {
                calls.Add(call);
            }
            node = call.Arguments[0];
        }
        return ElementType(node.Type) == element && calls.Count > 0 && calls.SelectMany(Lambdas).Any() ? new QueryChain(node, calls) : null;
    }

    private static Type? ElementType(Type type) =>
        type.IsGenericType && typeof(IQueryable).IsAssignableFrom(type) ? type.GetGenericArguments()[0] : null;

    /// <summary>The lambdas of a call over T (where, order keys, the row selector).</summary>
    private static IEnumerable<LambdaExpression> Lambdas(MethodCallExpression call) =>
        call.Arguments.Skip(1).Select(a => a is UnaryExpression { NodeType: ExpressionType.Quote, Operand: LambdaExpression l } ? l : null)
            .OfType<LambdaExpression>().Where(l => l.Parameters.Count == 1 && l.Parameters[0].Type == ElementType(call.Arguments[0].Type));

    // ---- finding the measures --------------------------------------------------------------------------------------

    /// <summary>
    /// The largest numeric subexpressions that read their lambda's row only through one collection navigation, each
    /// once (<see cref="Measures"/>, over one row parameter) however often and in however many lambdas it occurs
    /// (<see cref="Occurrences"/>: each occurrence and its measure's index).
    /// </summary>
    private sealed class Candidates : ExpressionVisitor
    {
        private readonly IEntityType parentType;
        private readonly ParameterExpression canonical;
        private ParameterExpression row;

        public Candidates(IReadOnlyList<LambdaExpression> lambdas, IEntityType parentType)
        {
            this.parentType = parentType;
            canonical = row = lambdas[0].Parameters[0];
            foreach (var lambda in lambdas)
            {
                row = lambda.Parameters[0];
                Visit(lambda.Body);
            }
        }

        public INavigation? Navigation { get; private set; }

        public List<Expression> Measures { get; } = [];

        public Dictionary<Expression, int> Occurrences { get; } = new(ReferenceEqualityComparer.Instance);

        public override Expression? Visit(Expression? node)
        {
            if (node is not null and not (ConstantExpression or ParameterExpression) && IsNumeric(node.Type) && NavigationRead(node) is { } navigation
                && (Navigation is null || Navigation == navigation))
            {
                Navigation = navigation;
                var measure = new ParameterReplacer(row, canonical).Visit(node);
                var index = Measures.FindIndex(m => ExpressionEqualityComparer.Instance.Equals(m, measure));
                if (index < 0)
                {
                    index = Measures.Count;
                    Measures.Add(measure);
                }
                Occurrences[node] = index;
                return node;
            }
            return base.Visit(node);
        }

        /// <summary>The one collection navigation through which <paramref name="node"/> reads the row; null if it reads it otherwise or not at all.</summary>
        private INavigation? NavigationRead(Expression node)
        {
            var reads = new RowReads(row);
            reads.Visit(node);
            if (reads.Other || reads.Through.Count != 1)
            {
                return null;
            }
            var navigation = parentType.FindNavigation(reads.Through.Single());
            return navigation is { IsCollection: true } ? navigation : null;
        }
    }

    /// <summary>
    /// How an expression reads the row: through which members (<c>row.TaskLinks</c>), and whether otherwise too (the row
    /// itself, or a parameter of an enclosing lambda, which a grouped table could not see).
    /// </summary>
    private sealed class RowReads(ParameterExpression row) : ExpressionVisitor
    {
        private readonly HashSet<ParameterExpression> bound = [];

        public HashSet<string> Through { get; } = [];

        public bool Other { get; private set; }

        protected override Expression VisitMember(MemberExpression node)
        {
            if (node.Expression == row)
            {
                Through.Add(node.Member.Name);
                return node;
            }
            return base.VisitMember(node);
        }

        protected override Expression VisitLambda<TDelegate>(Expression<TDelegate> node)
        {
            bound.UnionWith(node.Parameters);
            return base.VisitLambda(node);
        }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            Other |= !bound.Contains(node);
            return node;
        }
    }

    private static int IndexOf(IReadOnlyList<int> kept, int measure)
    {
        for (var i = 0; i < kept.Count; i++)
        {
            if (kept[i] == measure)
            {
                return i;
            }
        }
        return -1;
    }

    private static bool IsNumeric(Type type) =>
        (System.Nullable.GetUnderlyingType(type) ?? type) is var t && (t == typeof(int) || t == typeof(long) || t == typeof(double) || t == typeof(decimal));

    private static Type Nullable(Type type) => type.IsValueType && System.Nullable.GetUnderlyingType(type) is null ? typeof(Nullable<>).MakeGenericType(type) : type;

    // ---- a parent without links -------------------------------------------------------------------------------------

    /// <summary>The measure with the parent's list replaced by <paramref name="list"/>.</summary>
    private static Expression OverGroup(Expression measure, INavigation navigation, Expression list) =>
        new ListReplacer(navigation.Name, list).Visit(measure);

    /// <summary>Puts a list (an empty array) in place of <c>row.Navigation</c>.</summary>
    private sealed class ListReplacer(string navigation, Expression list) : ExpressionVisitor
    {
        protected override Expression VisitMember(MemberExpression node)
        {
            if (node.Expression is ParameterExpression && node.Member.Name == navigation)
            {
                return list;
            }
            if (node.Member.Name == "Count" && node.Expression is MemberExpression { Expression: ParameterExpression } inner && inner.Member.Name == navigation)
            {
                return Expression.Call(typeof(Enumerable), nameof(Enumerable.Count), [ElementOf(list.Type)], list);
            }
            return base.VisitMember(node);
        }
    }

    private static Type ElementOf(Type enumerable) =>
        enumerable.GetInterfaces().Append(enumerable).First(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)).GetGenericArguments()[0];

    /// <summary>The measure over no links, evaluated in memory: what a parent without any reads. False when it cannot run in memory.</summary>
    private static bool TryEmptyValue(Expression measure, INavigation navigation, out object? value)
    {
        var link = navigation.TargetEntityType.ClrType;
        try
        {
            var overNothing = OverGroup(measure, navigation, Expression.Constant(Array.CreateInstance(link, 0), link.MakeArrayType()));
            value = Expression.Lambda(Expression.Convert(overNothing, typeof(object))).Compile(preferInterpretation: true).DynamicInvoke();
            return true;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or TargetInvocationException or NotSupportedException)
        {
            value = null;
            return false;
        }
    }

    // ---- joining and rebuilding ------------------------------------------------------------------------------------

    /// <summary>parents.LeftJoin(grouped, p => p.Key, g => g.Item1, (p, g) => new Tuple(p, g.Item2, …))</summary>
    private static Expression LeftJoin(Expression parents, Expression grouped, IProperty parentKey, IProperty foreignKey, Type measured, int count)
    {
        var parent = ElementType(parents.Type)!;
        var group = ElementType(grouped.Type)!;
        var keyType = Nullable(foreignKey.ClrType);
        var p = Expression.Parameter(parent, "parent");
        var g = Expression.Parameter(group, "measures");
        var outerKey = Expression.Lambda(Expression.Convert(Expression.Property(p, parentKey.PropertyInfo!), keyType), p);
        var innerKey = Expression.Lambda(Expression.Convert(Expression.Property(g, "Item1"), keyType), g);
        var result = Expression.Lambda(GroupedMeasures.NewTuple([p, .. Enumerable.Range(2, count).Select(i => Expression.Property(g, $"Item{i}"))]), p, g);
        return Expression.Call(typeof(Queryable), nameof(Queryable.LeftJoin), [parent, group, keyType, measured], parents, grouped,
            Expression.Quote(outerKey), Expression.Quote(innerKey), Expression.Quote(result));
    }

    /// <summary>The calls over T rebuilt over the measured rows; the first call whose result is no longer T keeps its result type.</summary>
    private static Expression Rebuild(Expression node, QueryChain chain, Type element, Type measured, Expression joined, Rewriter rewriter)
    {
        if (node == chain.Root)
        {
            return joined;
        }
        var call = (MethodCallExpression)node;
        var source = Rebuild(call.Arguments[0], chain, element, measured, joined, rewriter);
        if (!chain.Calls.Contains(call))
        {
            // A call over the result (e.g. over PageRow<T>): unchanged but for its source.
            return call.Update(call.Object, [source, .. call.Arguments.Skip(1)]);
        }
        var method = call.Method.IsGenericMethod
            ? call.Method.GetGenericMethodDefinition().MakeGenericMethod(call.Method.GetGenericArguments().Select(t => t == element ? measured : t).ToArray())
            : call.Method;
        var arguments = call.Arguments.Skip(1).Select(a => a is UnaryExpression { NodeType: ExpressionType.Quote, Operand: LambdaExpression l }
            && l.Parameters.Count == 1 && l.Parameters[0].Type == element ? Expression.Quote(rewriter.Lambda(l)) : a);
        return Expression.Call(method, [source, .. arguments]);
    }

    /// <summary>A lambda over T rewritten over the measured row: each hoisted measure read from its column, the row from Item1.</summary>
    private sealed class Rewriter(Expression parent, IReadOnlyDictionary<Expression, Expression> columns, ParameterExpression row) : ExpressionVisitor
    {
        private ParameterExpression? current;

        public LambdaExpression Lambda(LambdaExpression lambda)
        {
            current = lambda.Parameters[0];
            return Expression.Lambda(Visit(lambda.Body)!, row);
        }

        public override Expression? Visit(Expression? node) =>
            node is not null && columns.TryGetValue(node, out var column) ? column : base.Visit(node);

        protected override Expression VisitParameter(ParameterExpression node) => node == current ? parent : node;
    }
}
