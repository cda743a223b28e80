using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Wuzhong.Api.Cli;
using Wuzhong.Api.Tests.Support;

namespace Wuzhong.Api.Tests.Cli;

/// <summary>register-documents from a folder of .graphql files and from Relay's persisted-query map; all or nothing.</summary>
public sealed class RegisterDocumentsCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("wuzhong-documents-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static async Task<int> RunAsync(WuzhongApiFactory factory, string path)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await new RegisterDocumentsCommand().RunAsync(scope.ServiceProvider, [path], CancellationToken.None);
    }

    private static async Task<HttpStatusCode> RunByIdAsync(WuzhongApiFactory factory, string id)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { documentId = id }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        return (await new GraphQLClient(factory.CreateClient()).SendAsync(request)).Status;
    }

    [Fact]
    public async Task Relays_persisted_query_map_registers_each_document_under_its_SHA_256()
    {
        await using var factory = new WuzhongApiFactory();
        const string Targets = "query TargetsQuery { targets { totalCount } }";
        const string Tasks = "query TasksQuery { tasks { totalCount } }";
        var map = Path.Combine(_folder, "persisted_queries.json");
        await File.WriteAllTextAsync(map, JsonSerializer.Serialize(new Dictionary<string, string> { [Hash(Targets)] = Targets, [Hash(Tasks)] = Tasks }));

        Assert.Equal(0, await RunAsync(factory, map));
        Assert.Equal(0, await RunAsync(factory, map)); // again: already registered, not an error

        Assert.Equal(HttpStatusCode.OK, await RunByIdAsync(factory, "sha256:" + Hash(Targets)));
        Assert.Equal(HttpStatusCode.OK, await RunByIdAsync(factory, "sha256:" + Hash(Tasks)));
    }

    [Fact]
    public async Task A_map_id_that_is_not_its_texts_SHA_256_registers_nothing()
    {
        await using var factory = new WuzhongApiFactory();
        const string Good = "query Good { targets { totalCount } }";
        var map = Path.Combine(_folder, "persisted_queries.json");
        // Relay's default algorithm is MD5: 32 hex digits that no SHA-256 lookup would find.
        await File.WriteAllTextAsync(map, JsonSerializer.Serialize(new Dictionary<string, string>
        {
            [Hash(Good)] = Good, ["0cc175b9c0f1b6a831c399e269772661"] = "query Md5 { tasks { totalCount } }",
        }));

        var refusal = await Assert.ThrowsAsync<CommandException>(() => RunAsync(factory, map));

        Assert.Contains("SHA256", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, await RunByIdAsync(factory, "sha256:" + Hash(Good)));
    }

    [Fact]
    public async Task A_folder_with_one_document_that_does_not_parse_registers_none_of_them()
    {
        await using var factory = new WuzhongApiFactory();
        const string Good = "query A { targets { totalCount } }";
        await File.WriteAllTextAsync(Path.Combine(_folder, "a.graphql"), Good);
        await File.WriteAllTextAsync(Path.Combine(_folder, "b.graphql"), "query B { targets { ");

        var refusal = await Assert.ThrowsAsync<CommandException>(() => RunAsync(factory, _folder));

        Assert.Contains("b.graphql", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, await RunByIdAsync(factory, "sha256:" + Hash(Good)));
    }
}
