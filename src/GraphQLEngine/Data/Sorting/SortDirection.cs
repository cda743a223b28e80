namespace Wuzhong.GraphQLEngine.Data.Sorting;

public enum SortDirection
{
    /// <summary>Smallest first.</summary>
    Asc,

    /// <summary>Largest first.</summary>
    Desc,
}
