namespace Wuzhong.GraphQLEngine.Http;

/// <summary>Configuration section <c>GraphQL</c>: limits of the HTTP endpoint.</summary>
public sealed class GraphQLHttpOptions
{
    public const string SectionName = "GraphQL";

    /// <summary>The endpoint's path.</summary>
    public string Path { get; set; } = "/graphql";

    /// <summary>Largest request body accepted, in bytes; a larger one gets 413.</summary>
    public int MaxRequestBytes { get; set; } = 256 * 1024;
}
