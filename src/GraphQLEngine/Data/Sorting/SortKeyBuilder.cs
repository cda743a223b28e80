using System.Linq.Expressions;

namespace Wuzhong.GraphQLEngine.Data.Sorting;

/// <summary>
/// Turns a parsed <c>order</c> argument into sort keys: objects in list order, fields of an object in the order
/// written, nested objects through their relation ({ group: { number: ASC } }), and the id last, so that the order
/// is total and pages are stable.
/// </summary>
public static class SortKeyBuilder
{
    /// <param name="tieBreak">The keys that make the order total; the id when none are given.</param>
    /// <param name="services">The request's services, for fields whose value depends on the request (FieldDeclaration.Read).</param>
    public static IReadOnlyList<SortKey> Build<T>(EntityDeclaration<T> entity, IEnumerable<object?>? order, IReadOnlyList<SortKey>? tieBreak = null,
        IServiceProvider? services = null)
        where T : class
    {
        var row = Expression.Parameter(typeof(T), "row");
        var keys = new List<SortKey>();
        foreach (var item in order ?? [])
        {
            if (item is IDictionary<string, object?> fields)
            {
                Add(keys, entity, row, row, fields, services);
            }
        }
        if (keys.Count == 0)
        {
            return tieBreak ?? entity.DefaultOrder;
        }
        keys.AddRange(tieBreak ?? [new SortKey(Expression.Lambda(Expression.Property(row, "Id"), row))]);
        return keys;
    }

    private static void Add(List<SortKey> keys, IEntityDeclaration entity, ParameterExpression row, Expression target, IDictionary<string, object?> fields,
        IServiceProvider? services)
    {
        foreach (var (name, value) in fields)
        {
            var field = entity.Field(name);
            if (field is null || value is null)
            {
                continue;
            }
            var selected = field.Read(target, services);
            if (EntitySortInputType.MeasuresOf(field) is { } measures && value is IDictionary<string, object?> byMeasures)
            {
                Add(keys, measures, row, selected, byMeasures, services);
            }
            else if (!field.Sortable)
            {
                continue;
            }
            else if (field.Kind == FieldKind.Object && value is IDictionary<string, object?> nested)
            {
                Add(keys, field.Target!(), row, selected, nested, services);
            }
            else if (value is SortDirection direction)
            {
                keys.Add(new SortKey(Expression.Lambda(Comparable(selected, field.SortOrder), row), direction == SortDirection.Desc));
            }
        }
    }

    /// <summary>
    /// Enums are stored by name; sorting by the name would put AT_RISK before NOT_STARTED. They sort by their
    /// declared order instead (or the field's <see cref="FieldDeclaration.SortOrder"/>), through a CASE expression
    /// that SQL and the cursor comparison both understand.
    /// </summary>
    private static Expression Comparable(Expression value, IReadOnlyList<object>? sortOrder)
    {
        if (!value.Type.IsEnum)
        {
            return value;
        }
        Expression ordinal = Expression.Constant(-1);
        var members = (sortOrder ?? Enum.GetValues(value.Type).Cast<object>()).Select((member, index) => (member, index)).Reverse();
        foreach (var (member, index) in members)
        {
            ordinal = Expression.Condition(Expression.Equal(value, Expression.Constant(member, value.Type)), Expression.Constant(index), ordinal);
        }
        return ordinal;
    }
}
