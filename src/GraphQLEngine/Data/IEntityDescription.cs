namespace Wuzhong.GraphQLEngine.Data;

/// <summary>An entity's filterable and sortable fields, from which its where and order input types are generated.</summary>
public interface IEntityDescription
{
    /// <summary>The GraphQL type name (WorkTask): inputs are WorkTaskFilterInput and WorkTaskSortInput.</summary>
    string Name { get; }

    /// <summary>The stem of the order input's name, usually <see cref="Name"/>.</summary>
    string SortName { get; }

    Type EntityType { get; }

    IReadOnlyList<FieldDescription> Fields { get; }

    FieldDescription? Field(string name);

    /// <summary>The entity's properties a GraphQL field of its object type reads (a field named after a property by default).</summary>
    IEnumerable<string> ColumnsOf(string graphQLField);
}
