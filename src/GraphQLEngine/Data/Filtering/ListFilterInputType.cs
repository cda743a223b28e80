using GraphQL;
using GraphQL.Types;

namespace Wuzhong.GraphQLEngine.Data.Filtering;

/// <summary>Conditions on a list of entities, e.g. ListFilterInputTypeOfDistrictFilterInput.</summary>
// Made by DataInputTypes from the entity descriptions, not by the container.
[DoNotRegister]
public sealed class ListFilterInputType : InputObjectGraphType
{
    public ListFilterInputType(string elementEntity)
    {
        Name = FilterTypeNames.ListFilter(elementEntity);
        Description = $"Conditions on a list of {elementEntity}.";
        var element = new GraphQLTypeReference(FilterTypeNames.Filter(elementEntity));
        Field("all", element).Description("Every element satisfies the filter.");
        Field("none", element).Description("No element satisfies the filter.");
        Field("some", element).Description("At least one element satisfies the filter.");
        Field("any", new GraphQLTypeReference("Boolean")).Description("true: the list has elements; false: it is empty.");
    }
}
