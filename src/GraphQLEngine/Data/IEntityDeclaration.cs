using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace Wuzhong.GraphQLEngine.Data;

/// <summary>
/// An entity's one declaration (its query model): the fields its object type shows and its where/order inputs accept,
/// whether it is a Node, and its connection. The object, input, connection and edge types, <c>node</c>/<c>nodes</c>
/// resolution and the projection of the selection all come from it.
/// </summary>
public interface IEntityDeclaration
{
    /// <summary>The GraphQL type name (WorkTask): inputs are WorkTaskFilterInput and WorkTaskSortInput.</summary>
    string Name { get; }

    /// <summary>The object type's description; null for an entity that is only filtered (a link, a group of measures).</summary>
    string? TypeDescription { get; }

    /// <summary>The stem of the order input's name, usually <see cref="Name"/>.</summary>
    string SortName { get; }

    Type EntityType { get; }

    /// <summary>The object type that shows the entity (WorkTaskType), registered with the schema; null when there is none.</summary>
    Type? GraphType { get; }

    /// <summary>Implements Node: a global id, and <c>node(id:)</c> resolves it.</summary>
    bool IsNode { get; }

    /// <summary>The plural of the connection's name (WorkTasks: WorkTasksConnection, WorkTasksEdge); null without one.</summary>
    string? ConnectionPlural { get; }

    /// <summary>Fields a connection of this entity has besides nodes, edges, pageInfo and totalCount (aggregates).</summary>
    Action<ObjectGraphType<object>>? ConnectionFields { get; }

    IReadOnlyList<FieldDeclaration> Fields { get; }

    /// <summary>
    /// The measures of a list of this entity (count, overdueCount …): a declaration over <c>IEnumerable&lt;T&gt;</c>
    /// whose values are aggregates. A list of it is then filtered by them (<c>tasks: { aggregates: { … } }</c>) and
    /// its parent sorted by them (<c>order: [{ tasks: { overdueCount: DESC } }]</c>), in SQL. Null without.
    /// </summary>
    IEntityDeclaration? Measures { get; }

    FieldDeclaration? Field(string name);

    /// <summary>The entity's columns a GraphQL field of its object type reads: those its selector reads, or those declared for it.</summary>
    IEnumerable<string> ColumnsOf(string graphQLField);

    /// <summary>The entity with this database id, batched with the others of its level.</summary>
    IDataLoaderResult<object?> LoadNode(IResolveFieldContext context, int id);
}
