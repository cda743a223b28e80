using System.Linq.Expressions;

namespace Wuzhong.GraphQLEngine.Data;

/// <summary>
/// The one description of an entity's filterable and sortable fields: its where/order input types are generated
/// from it, and so are the LINQ expressions they turn into. Nothing is written by hand per input type.
/// </summary>
public sealed class EntityDescription<T>(string name) : IEntityDescription
{
    private readonly List<FieldDescription> _fields = [];
    private readonly Dictionary<string, string[]> _computed = new(StringComparer.Ordinal);

    public string Name { get; } = name;

    /// <summary>The stem of the order input's name when it is not <see cref="Name"/> (WorkTaskGroupSortInput).</summary>
    public string SortName { get; private set; } = name;
    public Type EntityType => typeof(T);
    public IReadOnlyList<FieldDescription> Fields => _fields;

    /// <summary>The order of a connection without <c>order</c>; it ends with the id, which keeps pages stable.</summary>
    public IReadOnlyList<SortKey> DefaultOrder { get; private set; } = [];

    public FieldDescription? Field(string name) => _fields.FirstOrDefault(f => f.Name == name);

    public IEnumerable<string> ColumnsOf(string graphQLField) =>
        _computed.TryGetValue(graphQLField, out var properties) ? properties
        : graphQLField.Length == 0 ? [] : [char.ToUpperInvariant(graphQLField[0]) + graphQLField[1..]];

    /// <summary>A GraphQL field computed from properties (ReportPeriod.label from Year and Month), for projection.</summary>
    public EntityDescription<T> Computed(string graphQLField, params string[] properties)
    {
        _computed[graphQLField] = properties;
        return this;
    }

    /// <summary>A value filtered with operators (string, number, date, boolean, enum or a list of strings).</summary>
    public EntityDescription<T> Value<TValue>(string name, Expression<Func<T, TValue>> selector, string description, bool sortable = true)
    {
        _fields.Add(new FieldDescription
        {
            Name = name, Description = description, Kind = FieldKind.Scalar, Selector = selector, ValueType = typeof(TValue),
            Sortable = sortable && (typeof(TValue) == typeof(string) || !typeof(System.Collections.IEnumerable).IsAssignableFrom(typeof(TValue))),
        });
        return this;
    }

    /// <summary>A related entity, filtered and sorted by its own fields (e.g. a task's group).</summary>
    public EntityDescription<T> Related<TRelated>(string name, Expression<Func<T, TRelated?>> selector, Func<EntityDescription<TRelated>> target, string description)
        where TRelated : class
    {
        _fields.Add(new FieldDescription
        {
            Name = name, Description = description, Kind = FieldKind.Object, Selector = selector, ValueType = typeof(TRelated),
            Target = target, Sortable = true,
        });
        return this;
    }

    /// <summary>A list of related entities, filtered with some/all/none/any (e.g. a task's districts).</summary>
    public EntityDescription<T> List<TElement>(string name, Expression<Func<T, IEnumerable<TElement>>> selector, Func<EntityDescription<TElement>> element, string description)
    {
        _fields.Add(new FieldDescription
        {
            Name = name, Description = description, Kind = FieldKind.List, Selector = selector, ValueType = typeof(TElement), Target = element,
        });
        return this;
    }

    public EntityDescription<T> SortedAs(string sortName)
    {
        SortName = sortName;
        return this;
    }

    public EntityDescription<T> OrderedBy(params SortKey[] keys)
    {
        DefaultOrder = keys;
        return this;
    }
}
