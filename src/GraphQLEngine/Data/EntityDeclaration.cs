using System.Linq.Expressions;
using System.Reflection;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace Wuzhong.GraphQLEngine.Data;

/// <summary>
/// The one declaration of an entity (its query model): each field once, with its description; from it come the
/// object type (<see cref="EntityGraphType{T}"/>), the where/order input types and the LINQ they become, the connection
/// and edge types, <c>node</c>/<c>nodes</c> resolution and the projection of a selection. Adding a filterable field is
/// one line here.
/// </summary>
public sealed class EntityDeclaration<T>(string name) : IEntityDeclaration
    where T : class
{
    private readonly List<FieldDeclaration> _fields = [];
    private readonly Dictionary<string, string[]> _computed = new(StringComparer.Ordinal);

    public string Name { get; } = name;
    public string? TypeDescription { get; private set; }

    /// <summary>The stem of the order input's name when it is not <see cref="Name"/> (WorkTaskAggregateGroupSortInput).</summary>
    public string SortName { get; private set; } = name;
    public Type EntityType => typeof(T);
    public Type? GraphType { get; private set; }
    public bool IsNode { get; private set; }
    public string? ConnectionPlural { get; private set; }
    public Action<ObjectGraphType<object>>? ConnectionFields { get; private set; }
    public IReadOnlyList<FieldDeclaration> Fields => _fields;

    public IEntityDeclaration? Measures => _measures?.Invoke();

    private Func<IEntityDeclaration>? _measures;

    /// <summary>The order of a connection without <c>order</c>; it ends with the id, which keeps pages stable.</summary>
    public IReadOnlyList<SortKey> DefaultOrder { get; private set; } = [];

    public FieldDeclaration? Field(string name) => _fields.FirstOrDefault(f => f.Name == name);

    /// <summary>The description of a declared field, for a field the object type resolves by hand (a list, a connection).</summary>
    public string DescriptionOf(string field) =>
        Field(field)?.Description ?? throw new InvalidOperationException($"{Name} declares no field {field}");

    /// <summary>
    /// The columns a selected field needs: those declared with <see cref="Computed"/>; else those its selector reads
    /// (<see cref="FieldDeclaration.Columns"/>), whatever the field is called; else, for a field the object type
    /// resolves by hand from the row, the property named like it.
    /// </summary>
    public IEnumerable<string> ColumnsOf(string graphQLField) =>
        _computed.TryGetValue(graphQLField, out var properties) ? properties
        : Field(graphQLField) is { } field ? field.Columns
        : graphQLField.Length == 0 ? [] : [char.ToUpperInvariant(graphQLField[0]) + graphQLField[1..]];

    public IDataLoaderResult<object?> LoadNode(IResolveFieldContext context, int id)
    {
        if (_nodeGuard?.Invoke(context) is { } refusal)
        {
            refusal.Path = context.Path;
            context.Errors.Add(refusal);
            return DataLoaderResults.Known<object?>(null);
        }
        return context.LoadById<T>(id).Then(e => (object?)e);
    }

    private Func<IResolveFieldContext, ExecutionError?>? _nodeGuard;

    /// <summary>The object type that shows the entity, and its description.</summary>
    public EntityDeclaration<T> ShownAs<TGraphType>(string description) where TGraphType : EntityGraphType<T>
    {
        GraphType = typeof(TGraphType);
        TypeDescription = description;
        return this;
    }

    /// <summary>Implements Node: a global id of the type's name and the entity's <c>Id</c>.</summary>
    /// <param name="guard">
    /// Who may fetch it by id: returns the error to report (and the node is null) or null to allow. The fields that
    /// list such entities carry their own authorization; <c>node(id:)</c> must not be a way around it.
    /// </param>
    public EntityDeclaration<T> Node(Func<IResolveFieldContext, ExecutionError?>? guard = null)
    {
        IsNode = true;
        _nodeGuard = guard;
        return this;
    }

    /// <summary>Has a connection, <c>{plural}Connection</c>, with extra fields if given (aggregates).</summary>
    public EntityDeclaration<T> Connection(string plural, Action<ObjectGraphType<object>>? fields = null)
    {
        ConnectionPlural = plural;
        ConnectionFields = fields;
        return this;
    }

    /// <summary>
    /// The columns of a field that its selector does not show: a field resolved by hand, or read through an unmapped
    /// property (ReportPeriod.label from Year and Month, through <c>Label</c>).
    /// </summary>
    public EntityDeclaration<T> Computed(string graphQLField, params string[] properties)
    {
        _computed[graphQLField] = properties;
        return this;
    }

    /// <summary>A value: a field of the object type, filtered with operators (string, number, date, boolean, enum or a list of strings).</summary>
    /// <param name="typeName">The GraphQL type's name where it is not the CLR type's (an enum).</param>
    /// <param name="filterable">False for a value only the object type shows.</param>
    public EntityDeclaration<T> Value<TValue>(string name, Expression<Func<T, TValue>> selector, string description, bool sortable = true,
        string? typeName = null, bool filterable = true)
    {
        var read = selector.Compile();
        _fields.Add(new FieldDeclaration
        {
            Name = name, Description = description, Kind = FieldKind.Scalar, Selector = selector, ValueType = typeof(TValue),
            Sortable = filterable && sortable && (typeof(TValue) == typeof(string) || !typeof(System.Collections.IEnumerable).IsAssignableFrom(typeof(TValue))),
            Filterable = filterable, TypeName = typeName, Nullable = IsNullable(selector),
            Resolve = context => read((T)context.Source!),
        });
        return this;
    }

    /// <summary>
    /// A value derived from other rows (a task's latest status, from the read model), filtered, sorted and read through
    /// <paramref name="selector"/> in SQL: the object type resolves it with <see cref="DerivedValues"/>, all derived fields
    /// of a level's rows in one statement, since the row read for the page does not carry it.
    /// </summary>
    /// <param name="sortOrder">An enum's members in ascending order where it is not their declared order.</param>
    public EntityDeclaration<T> Derived<TValue>(string name, Expression<Func<T, TValue>> selector, string description, bool sortable = true,
        string? typeName = null, IReadOnlyList<object>? sortOrder = null) =>
        AddDerived(name, selector, typeof(TValue), description, sortable, typeName, sortOrder);

    /// <summary>
    /// A derived value that depends on the request as well as on the row (overdue as of now): <typeparamref name="TService"/>
    /// is taken from the request's services, and what the selector reads of it reaches SQL as parameters.
    /// </summary>
    public EntityDeclaration<T> Derived<TValue, TService>(string name, Expression<Func<T, TService, TValue>> selector, string description,
        bool sortable = true, string? typeName = null) =>
        AddDerived(name, selector, typeof(TValue), description, sortable, typeName, null);

    private EntityDeclaration<T> AddDerived(string name, LambdaExpression selector, Type valueType, string description, bool sortable,
        string? typeName, IReadOnlyList<object>? sortOrder)
    {
        _fields.Add(new FieldDeclaration
        {
            Name = name, Description = description, Kind = FieldKind.Scalar, Selector = selector, ValueType = valueType,
            Sortable = sortable, TypeName = typeName, SortOrder = sortOrder, Nullable = System.Nullable.GetUnderlyingType(valueType) is not null,
            IsDerived = true,
        });
        return this;
    }

    /// <summary>
    /// A related entity: a field of the object type (loaded by its foreign key, batched, unless already read with the
    /// row), filtered and sorted by the related entity's own fields (e.g. a task's group).
    /// </summary>
    /// <param name="foreignKey">The key that finds it; <c>{Navigation}Id</c> when not given.</param>
    public EntityDeclaration<T> Related<TRelated>(string name, Expression<Func<T, TRelated?>> selector, Func<EntityDeclaration<TRelated>> target,
        string description, Expression<Func<T, int>>? foreignKey = null)
        where TRelated : class
    {
        var navigation = selector.Compile();
        var key = (foreignKey ?? ForeignKeyOf(selector)).Compile();
        _fields.Add(new FieldDeclaration
        {
            Name = name, Description = description, Kind = FieldKind.Object, Selector = selector, ValueType = typeof(TRelated),
            Target = target, Sortable = true,
            Resolve = context =>
            {
                var source = (T)context.Source!;
                return navigation(source) ?? (object)context.LoadById<TRelated>(key(source));
            },
        });
        return this;
    }

    /// <summary>A list of related entities, filtered with some/all/none/any (e.g. a task's districts); the object type resolves it by hand.</summary>
    public EntityDeclaration<T> List<TElement>(string name, Expression<Func<T, IEnumerable<TElement>>> selector, Func<EntityDeclaration<TElement>> element, string description)
        where TElement : class
    {
        _fields.Add(new FieldDeclaration
        {
            Name = name, Description = description, Kind = FieldKind.List, Selector = selector, ValueType = typeof(TElement), Target = element,
        });
        return this;
    }

    /// <summary>Lists of this entity are filtered and their parents sorted by these measures (a declaration over IEnumerable&lt;T&gt;).</summary>
    public EntityDeclaration<T> MeasuredBy(Func<EntityDeclaration<IEnumerable<T>>> measures)
    {
        _measures = measures;
        return this;
    }

    public EntityDeclaration<T> SortedAs(string sortName)
    {
        SortName = sortName;
        return this;
    }

    public EntityDeclaration<T> OrderedBy(params SortKey[] keys)
    {
        DefaultOrder = keys;
        return this;
    }

    private static Expression<Func<T, int>> ForeignKeyOf<TRelated>(Expression<Func<T, TRelated?>> navigation)
    {
        var member = (navigation.Body as MemberExpression)?.Member.Name
            ?? throw new InvalidOperationException($"{typeof(T).Name}: a related entity is read through a navigation property");
        var key = typeof(T).GetProperty(member + "Id") is { PropertyType: var type } property && type == typeof(int) ? property
            : throw new InvalidOperationException($"{typeof(T).Name}.{member} has no int {member}Id; give the foreign key");
        var entity = Expression.Parameter(typeof(T), "entity");
        return Expression.Lambda<Func<T, int>>(Expression.Property(entity, key), entity);
    }

    private static readonly NullabilityInfoContext Nullability = new();

    /// <summary>A nullable value type, or a property declared nullable (string?).</summary>
    private static bool IsNullable(LambdaExpression selector)
    {
        if (System.Nullable.GetUnderlyingType(selector.ReturnType) is not null)
        {
            return true;
        }
        if (selector.ReturnType.IsValueType || selector.Body is not MemberExpression { Member: PropertyInfo property })
        {
            return false;
        }
        lock (Nullability)
        {
            return Nullability.Create(property).ReadState == NullabilityState.Nullable;
        }
    }
}
