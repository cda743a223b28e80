using System.Linq.Expressions;
using GraphQL;

namespace Wuzhong.GraphQLEngine.Data;

/// <summary>
/// One field of an entity, declared once: its GraphQL name and description, the LINQ selector that reads it
/// (translated to SQL by filters and sorts), and, for an object or a list, the entity it leads to. A scalar or a
/// related entity is also a field of the entity's object type; a list is resolved by the type by hand.
/// </summary>
public sealed class FieldDeclaration
{
    public required string Name { get; init; }
    public required string Description { get; init; }
    public required FieldKind Kind { get; init; }

    /// <summary>
    /// entity => value (scalar), entity => related (object), entity => IEnumerable&lt;element&gt; (list); or
    /// (entity, service) => value, where the value depends on the request (a task is overdue as of now): the service is
    /// taken from the request's services and its members reach SQL as parameters.
    /// </summary>
    public required LambdaExpression Selector { get; init; }

    /// <summary>The value's CLR type (scalar), or the related or element entity's type.</summary>
    public required Type ValueType { get; init; }

    /// <summary>For an object or a list of entities: what the field leads to. Null for a scalar or a list of scalars.</summary>
    public Func<IEntityDeclaration>? Target { get; init; }

    public bool Sortable { get; init; }

    /// <summary>In <c>where</c> (and <c>order</c> when sortable); false for a field only the object type shows.</summary>
    public bool Filterable { get; init; } = true;

    /// <summary>The GraphQL name of the value's type where it is not the CLR name (the enum TaskProgressStatus is TaskStatus).</summary>
    public string? TypeName { get; init; }

    /// <summary>Whether the value may be null in the object type (nullable value type, or nullable reference).</summary>
    public bool Nullable { get; init; }

    /// <summary>An enum's members in ascending sort order, where it is not their declared order (a status by severity).</summary>
    public IReadOnlyList<object>? SortOrder { get; init; }

    /// <summary>A value derived from other rows: the object type resolves it from <see cref="Selector"/> (<see cref="DerivedValues"/>).</summary>
    public bool IsDerived { get; init; }

    /// <summary>Resolves the field of the object type; null for a list, which the type resolves by hand.</summary>
    public Func<IResolveFieldContext, object?>? Resolve { get; init; }

    /// <summary>The row's members the selector reads: the columns a projection reads for this field (<see cref="ColumnsRead"/>).</summary>
    public IReadOnlyList<string> Columns => _columns ??= ColumnsRead.By(Selector);

    private IReadOnlyList<string>? _columns;

    /// <summary>The selector's body read from <paramref name="target"/>, its request service (if any) bound from <paramref name="services"/>.</summary>
    public Expression Read(Expression target, IServiceProvider? services)
    {
        var body = ParameterReplacer.Inline(Selector, target);
        if (Selector.Parameters.Count == 1)
        {
            return body;
        }
        var serviceType = Selector.Parameters[1].Type;
        var service = services?.GetService(serviceType)
            ?? throw new InvalidOperationException($"{Name} reads a {serviceType.Name}, which the request's services do not provide");
        return new ParameterReplacer(Selector.Parameters[1], QueryParameter.Of(service, serviceType)).Visit(body);
    }
}
