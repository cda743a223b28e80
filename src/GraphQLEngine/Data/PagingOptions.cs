namespace Wuzhong.GraphQLEngine.Data;

/// <summary>Configuration section <c>Paging</c>: page sizes of every connection.</summary>
public sealed class PagingOptions
{
    public const string SectionName = "Paging";

    /// <summary>Page size when neither <c>first</c> nor <c>last</c> is given.</summary>
    public int DefaultPageSize { get; set; } = 50;

    /// <summary>Largest <c>first</c> or <c>last</c> accepted; asking for more is an error, never a silent cut.</summary>
    public int MaxPageSize { get; set; } = 1000;
}
