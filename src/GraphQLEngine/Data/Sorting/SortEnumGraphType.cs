using GraphQL.Types;

namespace Wuzhong.GraphQLEngine.Data.Sorting;

public sealed class SortEnumGraphType : EnumerationGraphType<SortDirection>
{
    public SortEnumGraphType()
    {
        Name = Filtering.FilterTypeNames.SortEnum;
        Description = "The direction of a sort key.";
        Values.FindByValue(SortDirection.Asc)!.Description = "Ascending: the smallest first (null is the smallest).";
        Values.FindByValue(SortDirection.Desc)!.Description = "Descending: the largest first.";
    }
}
