namespace Wuzhong.GraphQLEngine.Data;

/// <summary>One parent's page of a nested connection, read for many parents in one SQL statement.</summary>
public sealed class ParentPage<T>
{
    public int ParentId { get; set; }
    public List<PageRow<T>> Rows { get; set; } = [];
    public int TotalCount { get; set; }
}
