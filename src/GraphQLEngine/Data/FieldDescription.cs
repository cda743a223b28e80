using System.Linq.Expressions;

namespace Wuzhong.GraphQLEngine.Data;

/// <summary>
/// One field of an entity as filtering and sorting see it: its GraphQL name and description, the LINQ selector
/// that reads it (translated to SQL), and, for an object or a list, the description of what it leads to.
/// </summary>
public sealed class FieldDescription
{
    public required string Name { get; init; }
    public required string Description { get; init; }
    public required FieldKind Kind { get; init; }

    /// <summary>entity => value (scalar), entity => related (object), entity => IEnumerable&lt;element&gt; (list).</summary>
    public required LambdaExpression Selector { get; init; }

    /// <summary>The value's CLR type (scalar), or the related or element entity's type.</summary>
    public required Type ValueType { get; init; }

    /// <summary>For an object or a list of entities: what the field leads to. Null for a scalar or a list of scalars.</summary>
    public Func<IEntityDescription>? Target { get; init; }

    public bool Sortable { get; init; }
}
