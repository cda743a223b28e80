using Wuzhong.Api.Http;
using Wuzhong.GraphQLEngine.Http;

namespace Wuzhong.Api.Tests.Http;

/// <summary>
/// Content negotiation: a client that names application/graphql-response+json gets it; a wildcard or a missing Accept
/// header gets application/json, because a legacy client that sends */* cannot be assumed to read 4xx GraphQL bodies.
/// </summary>
public sealed class MediaTypeNegotiationTests
{
    [Theory]
    [InlineData(null, "application/json")]
    [InlineData("", "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData("application/*", "application/json")]
    [InlineData("application/json", "application/json")]
    [InlineData("application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/json, application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("*/*, application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/graphql-response+json;q=0.5, application/json", "application/json")]
    [InlineData("application/json;q=0.1, */*;q=0.9", "application/json")]
    [InlineData("text/html", null)]
    [InlineData("application/xml, application/json;q=0", null)]
    public void Accept_header_chooses_the_response_media_type(string? accept, string? expected)
    {
        IList<string>? header = accept is null ? null : accept.Split(',').Select(part => part.Trim()).ToList();

        Assert.Equal(expected, MediaTypes.Negotiate(header));
    }
}
