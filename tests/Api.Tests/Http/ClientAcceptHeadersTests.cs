using System.Net;
using System.Text;
using System.Text.Json;
using Wuzhong.Api.Tests.Support;

namespace Wuzhong.Api.Tests.Http;

/// <summary>
/// The Accept headers the clients front-end teams use send by default, for a query, a mutation and a subscription:
/// the answer's media type follows the client's preference (q-values, then order), and a subscription goes out as an
/// event stream whenever the client accepts one.
/// </summary>
public sealed class ClientAcceptHeadersTests(WuzhongApiFactory factory) : IClassFixture<WuzhongApiFactory>
{
    private const string Urql = "application/graphql-response+json, application/graphql+json, application/json, text/event-stream, multipart/mixed";
    private const string Apollo = "application/graphql-response+json,application/json;q=0.9";
    private const string GraphQLRequest = "application/graphql-response+json, application/json";
    private const string Relay = "*/*";

    private async Task<HttpResponseMessage> PostAsync(string accept, string query, string? token = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Accept", accept);
        if (token is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }
        return await factory.CreateClient().SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
    }

    [Theory]
    [InlineData(Urql, "application/graphql-response+json")]
    [InlineData(Apollo, "application/graphql-response+json")]
    [InlineData(GraphQLRequest, "application/graphql-response+json")]
    [InlineData(Relay, "application/json")]
    [InlineData("text/event-stream;q=0, application/json", "application/json")]
    [InlineData("application/json;q=0.5, text/event-stream", "text/event-stream")]
    [InlineData("text/event-stream", "text/event-stream")]
    public async Task A_query_is_answered_in_the_media_type_the_client_prefers(string accept, string mediaType)
    {
        using var response = await PostAsync(accept, "{ targets { totalCount } }");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        if (mediaType != "text/event-stream")
        {
            // A JSON answer goes through the cache, with its validators.
            Assert.True(response.Headers.Contains("X-Cache"));
        }
    }

    [Theory]
    [InlineData(Urql)]
    [InlineData(Apollo)]
    [InlineData(GraphQLRequest)]
    [InlineData(Relay)]
    public async Task A_mutation_with_a_clients_default_Accept_runs(string accept)
    {
        using var response = await PostAsync(accept, "mutation { closeReportPeriod(input: { period: \"2023-01\" }) { errors { code } } }", factory.Token("supervisor"));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("MUTATION_NOT_STREAMED", body);
        Assert.Contains("\"closeReportPeriod\"", body);
    }

    [Fact]
    public async Task A_subscription_with_urqls_default_Accept_is_answered_as_an_event_stream()
    {
        using var response = await PostAsync(Urql, "subscription { taskStandingChanged { number } }", factory.Token("viewer"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
    }
}
