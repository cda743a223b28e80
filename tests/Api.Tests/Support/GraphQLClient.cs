using System.Net;
using System.Text;
using System.Text.Json;
using Newtonsoft.Json.Linq;

namespace Wuzhong.Api.Tests.Support;

/// <summary>Posts GraphQL requests as a client would and reads the answer.</summary>
public sealed class GraphQLClient(HttpClient http, string? token = null)
{
    public sealed record Response(HttpStatusCode Status, string? ContentType, JToken Body)
    {
        /// <summary>What the response cache did (X-Cache: HIT, MISS or BYPASS); null when caching is off.</summary>
        public string? Cache { get; init; }

        /// <summary>The Retry-After header's seconds; null when the answer does not invite a retry.</summary>
        public double? RetryAfter { get; init; }

        public JToken Data => Body["data"] ?? throw new InvalidOperationException("no data: " + Body);
        public JArray? Errors => Body["errors"] as JArray;
    }

    public async Task<Response> PostAsync(string query, object? variables = null, string accept = "application/graphql-response+json")
    {
        var body = JsonSerializer.Serialize(new { query, variables });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd(accept);
        if (token is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }
        return await SendAsync(request);
    }

    public async Task<Response> SendAsync(HttpRequestMessage request)
    {
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new Response(response.StatusCode, response.Content.Headers.ContentType?.MediaType, text.Length == 0 ? JValue.CreateNull() : JToken.Parse(text))
        {
            Cache = response.Headers.TryGetValues("X-Cache", out var cache) ? cache.Single() : null,
            RetryAfter = response.Headers.RetryAfter?.Delta?.TotalSeconds,
        };
    }

    /// <summary>A query that must succeed: its data, or the test fails with the errors.</summary>
    public async Task<JToken> QueryAsync(string query, object? variables = null)
    {
        var response = await PostAsync(query, variables);
        Assert.True(response.Status == HttpStatusCode.OK && response.Errors is null, $"{response.Status}: {response.Body}");
        return response.Data;
    }
}
