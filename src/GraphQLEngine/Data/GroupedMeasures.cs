using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore.Query;

namespace Wuzhong.GraphQLEngine.Data;

/// <summary>
/// The grouped table of <see cref="ListMeasureHoisting"/>: measures of a parent's list (<c>row.TaskLinks…</c>) as one
/// pass over the links, written so that EF aggregates columns rather than nesting a subquery per group.
/// <para>
/// EF translates an aggregate over a group whose elements it must navigate from (<c>g.Select(l => l.WorkTask)
/// .Count(t => t.Progress…)</c>) as a correlated subquery per group, which costs as much as the per-parent form (measured:
/// parents-ranked at 100× went from 9 to 5 req/s). So each aggregate of a measure becomes a value per link, computed in
/// a flat projection where EF joins what the value reads (<c>CASE WHEN overdue THEN 1 ELSE 0 END</c> for a filtered
/// count, the summed value or NULL for a filtered sum or average), and the group aggregates those columns:
/// <c>SELECT key, SUM(c1), AVG(c2) FROM (SELECT DISTINCT l.key, l.id, CASE … END AS c1, … FROM links JOIN …) GROUP BY key</c>.
/// On the 100× PostgreSQL database, parents-ranked's statement took 257 ms with the per-group subqueries and 22 ms so.
/// </para>
/// </summary>
internal static class GroupedMeasures
{
    /// <summary>Per-link values a flat row holds, and measures a grouped row holds: a tuple has room for the key, the link's identity and five.</summary>
    private const int MaxColumns = 6;

    /// <summary>
    /// links.Select(l => new Tuple(l.Key, value₁(l), …)).GroupBy(f => f.Item1).Select(g => new Tuple(g.Key, measure₁(g), …))
    /// over the measures that can be written so (<paramref name="kept"/>: their indexes); null when none can.
    /// </summary>
    public static Expression? Build(Expression links, Type link, PropertyInfo foreignKey, IReadOnlyList<PropertyInfo> linkKey, string navigation, IReadOnlyList<Expression> measures,
        out IReadOnlyList<int> kept)
    {
        var l = Expression.Parameter(link, "link");
        var columns = new List<Expression>();
        var lifted = new List<(int Index, IReadOnlyList<Lifted> Aggregates)>();
        for (var i = 0; i < measures.Count; i++)
        {
            var trial = new List<Expression>(columns);
            // Measures may share columns, so their number is bounded too: the group's row and the measured row are tuples.
            if (lifted.Count < MaxColumns - 1 && Lift(measures[i], navigation, l, trial) is { } aggregates && trial.Count <= MaxColumns - 1)
            {
                columns = trial;
                lifted.Add((i, aggregates));
            }
        }
        kept = lifted.Select(m => m.Index).ToList();
        if (lifted.Count == 0)
        {
            return null;
        }

        // The link's own key makes each flat row distinct, so DISTINCT changes nothing but where EF computes the values:
        // before it, in the flat projection's joins (without it EF keeps the projection pending and, at the group's
        // aggregate, navigates from each group again in a correlated subquery).
        var identity = NewTuple([.. linkKey.Select(k => (Expression)Expression.Property(l, k))]);
        var flatRow = NewTuple([Expression.Property(l, foreignKey), identity, .. columns]);
        var flat = Expression.Call(typeof(Queryable), nameof(Queryable.Distinct), [flatRow.Type],
            Expression.Call(typeof(Queryable), nameof(Queryable.Select), [link, flatRow.Type], links, Expression.Quote(Expression.Lambda(flatRow, l))));
        var f = Expression.Parameter(flatRow.Type, "flat");
        var keyType = foreignKey.PropertyType;
        var byKey = Expression.Call(typeof(Queryable), nameof(Queryable.GroupBy), [flatRow.Type, keyType], flat,
            Expression.Quote(Expression.Lambda(Expression.Property(f, "Item1"), f)));
        var groupType = typeof(IGrouping<,>).MakeGenericType(keyType, flatRow.Type);
        var g = Expression.Parameter(groupType, "group");
        var values = lifted.Select(m => (Expression)Expression.Convert(OverGroup(measures[m.Index], m.Aggregates, g, f), Nullable(measures[m.Index].Type)));
        var groupRow = NewTuple([Expression.Property(g, "Key"), .. values]);
        return Expression.Call(typeof(Queryable), nameof(Queryable.Select), [groupType, groupRow.Type], byKey, Expression.Quote(Expression.Lambda(groupRow, g)));
    }

    /// <summary>One aggregate of a measure: the node it replaces, the group's aggregate, its column, and whether it is an Any (a count above 0).</summary>
    private sealed record Lifted(Expression Node, string Aggregate, int Column, bool IsAny);

    /// <summary>The aggregates of <paramref name="measure"/> over the list, their per-link values added to <paramref name="columns"/>; null if the list is read otherwise.</summary>
    private static List<Lifted>? Lift(Expression measure, string navigation, ParameterExpression link, List<Expression> columns)
    {
        var finder = new AggregateFinder(navigation, link, columns);
        finder.Visit(measure);
        return finder.Failed || finder.Found.Count == 0 ? null : finder.Found;
    }

    private sealed class AggregateFinder(string navigation, ParameterExpression link, List<Expression> columns) : ExpressionVisitor
    {
        public List<Lifted> Found { get; } = [];

        public bool Failed { get; private set; }

        public override Expression? Visit(Expression? node)
        {
            if (node is null || Failed)
            {
                return node;
            }
            if (IsList(node))
            {
                // The list read other than through an aggregate this knows.
                Failed = true;
                return node;
            }
            if (node is MemberExpression { Member.Name: "Count", Expression: { } list } && IsList(list))
            {
                Found.Add(new Lifted(node, nameof(Enumerable.Sum), Column(Expression.Constant(1)), false));
                return node;
            }
            if (node is MethodCallExpression { Method.DeclaringType: var type } call && type == typeof(Enumerable) && TryLift(call) is { } lifted)
            {
                Found.Add(lifted);
                return node;
            }
            return base.Visit(node);
        }

        private bool IsList(Expression node) => node is MemberExpression { Expression: ParameterExpression } member && member.Member.Name == navigation;

        private Lifted? TryLift(MethodCallExpression call)
        {
            if (call.Arguments.Count is < 1 or > 2 || !Elements(call.Arguments[0], out var element, out var condition))
            {
                return null;
            }
            var function = call.Arguments.Count == 2 ? call.Arguments[1] as LambdaExpression : null;
            if (call.Arguments.Count == 2 && function is not { Parameters.Count: 1 })
            {
                return null;
            }
            switch (call.Method.Name)
            {
                case nameof(Enumerable.Count) or nameof(Enumerable.LongCount) or nameof(Enumerable.Any):
                {
                    var holds = function is null ? condition : And(condition, ParameterReplacer.Inline(function, element));
                    Expression one = call.Method.Name == nameof(Enumerable.LongCount) ? Expression.Constant(1L) : Expression.Constant(1);
                    var value = holds is null ? one : Expression.Condition(holds, one, Expression.Constant(Activator.CreateInstance(one.Type), one.Type));
                    return new Lifted(call, nameof(Enumerable.Sum), Column(value), call.Method.Name == nameof(Enumerable.Any));
                }
                case nameof(Enumerable.Sum):
                {
                    var summed = function is null ? element : ParameterReplacer.Inline(function, element);
                    var value = condition is null ? summed : Expression.Condition(condition, summed, Expression.Default(summed.Type));
                    return new Lifted(call, nameof(Enumerable.Sum), Column(value), false);
                }
                case nameof(Enumerable.Average) or nameof(Enumerable.Min) or nameof(Enumerable.Max):
                {
                    // NULL for a link the list leaves out: SQL's AVG, MIN and MAX skip it.
                    var read = function is null ? element : ParameterReplacer.Inline(function, element);
                    var nullable = Expression.Convert(read, Nullable(read.Type));
                    Expression value = condition is null ? nullable : Expression.Condition(condition, nullable, Expression.Constant(null, nullable.Type));
                    return new Lifted(call, call.Method.Name, Column(value), false);
                }
                default:
                    return null;
            }
        }

        /// <summary>The list's Where/Select chain over one link: the element it yields and the condition it keeps it on.</summary>
        private bool Elements(Expression source, out Expression element, out Expression? condition)
        {
            var operators = new Stack<(string Name, LambdaExpression Function)>();
            while (source is MethodCallExpression { Method.DeclaringType: var type, Method.Name: nameof(Enumerable.Where) or nameof(Enumerable.Select), Arguments: [var inner, LambdaExpression { Parameters.Count: 1 } function] } call
                   && type == typeof(Enumerable))
            {
                operators.Push((call.Method.Name, function));
                source = inner;
            }
            element = link;
            condition = null;
            if (!IsList(source))
            {
                return false;
            }
            foreach (var (name, function) in operators)
            {
                if (name == nameof(Enumerable.Where))
                {
                    condition = And(condition, ParameterReplacer.Inline(function, element));
                }
                else
                {
                    element = ParameterReplacer.Inline(function, element);
                }
            }
            return true;
        }

        private int Column(Expression value)
        {
            var index = columns.FindIndex(c => ExpressionEqualityComparer.Instance.Equals(c, value));
            if (index >= 0)
            {
                return index;
            }
            columns.Add(value);
            return columns.Count - 1;
        }

        private static Expression And(Expression? left, Expression right) => left is null ? right : Expression.AndAlso(left, right);
    }

    /// <summary>The measure with each aggregate replaced by the group's aggregate of its column.</summary>
    private static Expression OverGroup(Expression measure, IReadOnlyList<Lifted> aggregates, ParameterExpression group, ParameterExpression flat) =>
        new GroupWriter(aggregates.ToDictionary(a => a.Node, a => Aggregate(a, group, flat, a.Node.Type), (IEqualityComparer<Expression>)ReferenceEqualityComparer.Instance)).Visit(measure)!;

    private sealed class GroupWriter(Dictionary<Expression, Expression> replacements) : ExpressionVisitor
    {
        public override Expression? Visit(Expression? node) => node is not null && replacements.TryGetValue(node, out var written) ? written : base.Visit(node);
    }

    private static Expression Aggregate(Lifted lifted, ParameterExpression group, ParameterExpression flat, Type resultType)
    {
        var column = Expression.Property(flat, $"Item{lifted.Column + 3}");
        var selector = Expression.Lambda(column, flat);
        var method = typeof(Enumerable).GetMethods().Where(m => m.Name == lifted.Aggregate && m.GetParameters().Length == 2 && m.IsGenericMethodDefinition)
            .Select(m => m.GetGenericArguments().Length == 1 ? m.MakeGenericMethod(flat.Type) : m.MakeGenericMethod(flat.Type, column.Type))
            .First(m => m.GetParameters()[1].ParameterType == selector.Type);
        Expression aggregate = Expression.Call(method, group, selector);
        if (lifted.IsAny)
        {
            return Expression.GreaterThan(aggregate, Expression.Constant(0));
        }
        return aggregate.Type == resultType ? aggregate : Expression.Convert(aggregate, resultType);
    }

    private static Type Nullable(Type type) => type.IsValueType && System.Nullable.GetUnderlyingType(type) is null ? typeof(Nullable<>).MakeGenericType(type) : type;

    /// <summary>new Tuple(…) with its members named, as an anonymous type's are: EF reads a member of it back as the column.</summary>
    public static NewExpression NewTuple(IReadOnlyList<Expression> items)
    {
        var type = Tuple(items.Select(i => i.Type).ToArray());
        return Expression.New(type.GetConstructors()[0], items, items.Select((_, i) => (MemberInfo)type.GetProperty($"Item{i + 1}")!));
    }

    /// <summary>System.Tuple of the item types (up to seven: the measured rows and flat rows stay within it).</summary>
    public static Type Tuple(Type[] items) => Type.GetType($"System.Tuple`{items.Length}")!.MakeGenericType(items);
}
