using GraphQL.Types;

namespace Wuzhong.GraphQLEngine.Data.Filtering;

/// <summary>Conditions on a list of strings (e.g. a department's aliases).</summary>
public sealed class ListStringOperationFilterInputType : InputObjectGraphType
{
    public ListStringOperationFilterInputType()
    {
        Name = FilterTypeNames.ListString;
        Description = "Conditions on a list of strings.";
        var element = new GraphQLTypeReference(FilterTypeNames.Operations(typeof(string)));
        Field("all", element).Description("Every element satisfies the condition.");
        Field("none", element).Description("No element satisfies the condition.");
        Field("some", element).Description("At least one element satisfies the condition.");
        Field("any", new GraphQLTypeReference("Boolean")).Description("true: the list has elements; false: it is empty.");
    }
}
