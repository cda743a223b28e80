using System.Net;
using Microsoft.Extensions.DependencyInjection;
using System.Security.Cryptography;
using System.Text;
using Wuzhong.Api.Tests.Support;
using Wuzhong.Infrastructure.Documents;

namespace Wuzhong.Api.Tests.Http;

/// <summary>
/// Apollo's automatic persisted queries as Apollo's link sends them: the hash alone first, then, on
/// PersistedQueryNotFound, the hash with the text; later the hash alone again. Registered documents are found by
/// the same hash (Relay's SHA-256 ids, Apollo's generated manifests).
/// </summary>
public sealed class PersistedQueryTests
{
    private const string Query = "query Counts { targets { totalCount } }";

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static object Extensions(string hash, object? version = null) => new { persistedQuery = new { version = version ?? 1, sha256Hash = hash } };

    private static async Task<GraphQLClient.Response> PostAsync(WuzhongApiFactory factory, object body, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (token is not null)
        {
            request.Headers.Authorization = new("Bearer", token);
        }
        return await new GraphQLClient(factory.CreateClient()).SendAsync(request);
    }

    private static string Code(GraphQLClient.Response response) => (string)response.Errors![0]["extensions"]!["code"]!;

    [Fact]
    public async Task The_hash_alone_is_not_found_then_the_hash_with_the_text_runs_and_the_hash_alone_runs_after()
    {
        await using var factory = new WuzhongApiFactory();
        var hash = Hash(Query);

        var first = await PostAsync(factory, new { extensions = Extensions(hash) });
        var withText = await PostAsync(factory, new { query = Query, extensions = Extensions(hash) });
        var again = await PostAsync(factory, new { extensions = Extensions(hash), operationName = "Counts" });

        // As Apollo Server answers it, and as Apollo's link reads it (the message or the code): 200, then the client retries.
        Assert.Equal((HttpStatusCode.OK, "PersistedQueryNotFound", "PERSISTED_QUERY_NOT_FOUND"),
            (first.Status, (string)first.Errors![0]["message"]!, Code(first)));
        Assert.Null(first.Body["data"]);
        Assert.Equal((HttpStatusCode.OK, 11), (withText.Status, (int)withText.Data["targets"]!["totalCount"]!));
        Assert.Equal((HttpStatusCode.OK, 11), (again.Status, (int)again.Data["targets"]!["totalCount"]!));
    }

    [Fact]
    public async Task A_hash_over_GET_runs_as_Apollo_sends_it_with_useGETForHashedQueries()
    {
        await using var factory = new WuzhongApiFactory();
        var hash = Hash(Query);
        await PostAsync(factory, new { query = Query, extensions = Extensions(hash) });
        var extensions = Uri.EscapeDataString(System.Text.Json.JsonSerializer.Serialize(Extensions(hash)));

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/graphql?operationName=Counts&extensions={extensions}");
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        var response = await new GraphQLClient(factory.CreateClient()).SendAsync(request);

        Assert.Equal((HttpStatusCode.OK, 11), (response.Status, (int)response.Data["targets"]!["totalCount"]!));
    }

    [Fact]
    public async Task A_registered_documents_hash_runs_for_every_caller_even_where_anonymous_callers_are_held_to_registered_documents()
    {
        await using var factory = new SettingsFactory(new Dictionary<string, string> { ["Security:TrustedDocumentsOnlyForAnonymous"] = "true" });
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<TrustedDocuments>().RegisterAsync("counts.graphql", Query, CancellationToken.None);
        }

        var registered = await PostAsync(factory, new { extensions = Extensions(Hash(Query)) });
        var registeredWithText = await PostAsync(factory, new { query = Query, extensions = Extensions(Hash(Query)) });

        Assert.Equal((HttpStatusCode.OK, 11), (registered.Status, (int)registered.Data["targets"]!["totalCount"]!));
        Assert.Equal((HttpStatusCode.OK, 11), (registeredWithText.Status, (int)registeredWithText.Data["targets"]!["totalCount"]!));
    }

    [Fact]
    public async Task An_anonymous_caller_held_to_registered_documents_registers_nothing_and_cannot_run_what_a_signed_in_caller_registered()
    {
        await using var factory = new SettingsFactory(new Dictionary<string, string> { ["Security:TrustedDocumentsOnlyForAnonymous"] = "true" });
        const string Other = "{ tasks { totalCount } }";
        var hash = Hash(Other);

        var anonymousText = await PostAsync(factory, new { query = Other, extensions = Extensions(hash) });
        var signedIn = await PostAsync(factory, new { query = Other, extensions = Extensions(hash) }, factory.Token("viewer"));
        var signedInAgain = await PostAsync(factory, new { extensions = Extensions(hash) }, factory.Token("viewer"));
        var anonymousHash = await PostAsync(factory, new { extensions = Extensions(hash) });

        Assert.Equal((HttpStatusCode.Forbidden, "TRUSTED_DOCUMENT_REQUIRED"), (anonymousText.Status, Code(anonymousText)));
        Assert.Equal(HttpStatusCode.OK, signedIn.Status);
        Assert.Equal((HttpStatusCode.OK, 108), (signedInAgain.Status, (int)signedInAgain.Data["tasks"]!["totalCount"]!));
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", Code(anonymousHash));
    }

    [Fact]
    public async Task Switched_off_the_hash_alone_is_not_supported_so_that_Apollo_stops_hashing()
    {
        await using var factory = new SettingsFactory(new Dictionary<string, string> { ["Security:AutomaticPersistedQueries"] = "false" });
        var hash = Hash(Query);

        await PostAsync(factory, new { query = Query, extensions = Extensions(hash) });
        var hashOnly = await PostAsync(factory, new { extensions = Extensions(hash) });

        Assert.Equal(("PersistedQueryNotSupported", "PERSISTED_QUERY_NOT_SUPPORTED"), ((string)hashOnly.Errors![0]["message"]!, Code(hashOnly)));
    }

    [Theory]
    [InlineData("{\"query\":\"{ targets { totalCount } }\",\"extensions\":{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + "0000000000000000000000000000000000000000000000000000000000000000" + "\"}}}", "not the SHA-256")]
    [InlineData("{\"extensions\":{\"persistedQuery\":{\"version\":2,\"sha256Hash\":\"" + "0000000000000000000000000000000000000000000000000000000000000000" + "\"}}}", "only version 1")]
    [InlineData("{\"extensions\":{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"abc\"}}}", "64 hexadecimal digits")]
    [InlineData("{\"extensions\":{\"persistedQuery\":\"abc\"}}", "must be an object")]
    public async Task A_malformed_persisted_query_is_refused_with_its_reason(string body, string reason)
    {
        await using var factory = new WuzhongApiFactory();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");

        var response = await new GraphQLClient(factory.CreateClient()).SendAsync(request);

        Assert.Equal((HttpStatusCode.BadRequest, "PERSISTED_QUERY_INVALID"), (response.Status, Code(response)));
        Assert.Contains(reason, (string)response.Errors![0]["message"]!, StringComparison.Ordinal);
    }
}
