using System.Net;
using System.Text;
using Wuzhong.Api.Tests.Support;

namespace Wuzhong.Api.Tests.Http;

/// <summary>The endpoint speaks GraphQL over HTTP as the specification asks, and refuses bad requests with a clear code.</summary>
public sealed class HttpTransportTests(WuzhongApiFactory factory) : IClassFixture<WuzhongApiFactory>
{
    private readonly HttpClient _http = factory.CreateClient();
    private GraphQLClient Client => new(_http);

    private static HttpRequestMessage Post(string body, string contentType = "application/json", string? accept = "application/graphql-response+json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }
        return request;
    }

    [Fact]
    public async Task A_query_over_POST_answers_in_graphql_response_json()
    {
        var response = await Client.SendAsync(Post("""{"query":"{ targets { totalCount } }"}"""));

        Assert.Equal((HttpStatusCode.OK, "application/graphql-response+json"), (response.Status, response.ContentType));
        Assert.Equal(11, (int)response.Data["targets"]!["totalCount"]!);
    }

    [Fact]
    public async Task A_client_that_only_accepts_application_json_gets_it()
    {
        var response = await Client.SendAsync(Post("""{"query":"{ targets { totalCount } }"}""", accept: "application/json"));

        Assert.Equal((HttpStatusCode.OK, "application/json"), (response.Status, response.ContentType));
    }

    [Fact]
    public async Task A_query_over_GET_is_answered()
    {
        var response = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Get,
            "/graphql?query=" + Uri.EscapeDataString("query T($n: Int) { tasks(first: $n) { nodes { number } } }") + "&variables=" + Uri.EscapeDataString("{\"n\":2}")));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(2, response.Data["tasks"]!["nodes"]!.Count());
    }

    [Fact]
    public async Task A_mutation_over_GET_is_refused_with_405()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("mutation { anything }"));
        using var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Theory]
    [InlineData("""{"query":"{ targets { totalCount } "}""", HttpStatusCode.BadRequest, "GRAPHQL_PARSE_FAILED|SYNTAX_ERROR")]
    [InlineData("""{"query":"{ noSuchField }"}""", HttpStatusCode.BadRequest, "FIELDS_ON_CORRECT_TYPE")]
    [InlineData("""{"query":""", HttpStatusCode.BadRequest, "INVALID_JSON")]
    [InlineData("""{"query":42}""", HttpStatusCode.BadRequest, "INVALID_JSON")]
    [InlineData("""{"variables":{}}""", HttpStatusCode.BadRequest, "QUERY_MISSING")]
    [InlineData("""[{"query":"{ targets { totalCount } }"}]""", HttpStatusCode.BadRequest, "BATCHING_NOT_SUPPORTED")]
    [InlineData("\"just a string\"", HttpStatusCode.BadRequest, "INVALID_JSON")]
    public async Task Bad_requests_get_400_and_a_code(string body, HttpStatusCode status, string codes)
    {
        var response = await Client.SendAsync(Post(body));

        Assert.Equal(status, response.Status);
        Assert.Contains((string)response.Errors![0]["extensions"]!["code"]!, codes.Split('|'));
        Assert.Null(response.Body["data"]);
    }

    [Fact]
    public async Task A_document_that_does_not_validate_is_200_for_application_json_clients()
    {
        var response = await Client.SendAsync(Post("""{"query":"{ noSuchField }"}""", accept: "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.NotNull(response.Errors);
    }

    [Fact]
    public async Task A_body_that_is_not_json_gets_415()
    {
        var response = await Client.SendAsync(Post("""{"query":"{ targets { totalCount } }"}""", contentType: "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.Status);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", (string)response.Errors![0]["extensions"]!["code"]!);
    }

    [Fact]
    public async Task An_accept_header_the_server_cannot_serve_gets_406()
    {
        var response = await Client.SendAsync(Post("""{"query":"{ targets { totalCount } }"}""", accept: "text/html"));

        Assert.Equal(HttpStatusCode.NotAcceptable, response.Status);
    }

    [Fact]
    public async Task A_body_over_the_limit_gets_413()
    {
        var query = "{ targets { totalCount } }" + new string(' ', 300 * 1024);
        var response = await Client.SendAsync(Post($$"""{"query":"{{query}}"}"""));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Equal("PAYLOAD_TOO_LARGE", (string)response.Errors![0]["extensions"]!["code"]!);
    }

    [Fact]
    public async Task Other_methods_get_405()
    {
        using var response = await _http.SendAsync(new HttpRequestMessage(HttpMethod.Delete, "/graphql"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task A_failing_resolver_does_not_leak_a_stack_trace()
    {
        var response = await Client.SendAsync(Post("""{"query":"{ tasks(first: 1, after: \"WzFd\") { totalCount } }"}"""));

        var text = response.Body.ToString();
        Assert.DoesNotContain(" at Wuzhong.", text);
        Assert.DoesNotContain("StackTrace", text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("INVALID_CURSOR", (string)response.Errors![0]["extensions"]!["code"]!);
    }
}
