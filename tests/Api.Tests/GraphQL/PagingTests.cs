using Newtonsoft.Json.Linq;
using Wuzhong.Api.Tests.Support;
using Wuzhong.Infrastructure.Tests.Databases;

namespace Wuzhong.Api.Tests.GraphQL;

public sealed class PagingTestsOnSqlite(WuzhongApiFactory factory) : PagingTests<WuzhongApiFactory>(factory);

public sealed class PagingTestsOnPostgreSql(PostgreSqlApiFactory factory) : PagingTests<PostgreSqlApiFactory>(factory);

/// <summary>Relay cursor paging: pages walked forwards and backwards cover the list exactly once, in order.</summary>
public abstract class PagingTests<TFactory> : IClassFixture<TFactory> where TFactory : WuzhongApiFactory
{
    private readonly TFactory _factory;
    private readonly GraphQLClient _client;

    protected PagingTests(TFactory factory)
    {
        TestDatabase.SkipIfUnavailable(factory.Provider);
        _factory = factory;
        _client = new(factory.CreateClient().AskingFresh());
    }

    private async Task<List<string>> AllTaskIdsAsync() =>
        (await _client.QueryAsync("{ tasks(first: 1000) { nodes { id } } }"))["tasks"]!["nodes"]!.Select(n => (string)n["id"]!).ToList();

    [SkippableFact]
    public async Task Walking_forwards_page_by_page_gives_every_task_once_in_order()
    {
        var expected = await AllTaskIdsAsync();
        var seen = new List<string>();
        string? after = null;
        for (var pages = 0; ; pages++)
        {
            Assert.True(pages < 20, "paging does not end");
            var page = (await _client.QueryAsync("query($after: String) { tasks(first: 10, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }",
                new { after }))["tasks"]!;
            Assert.Equal(108, (int)page["totalCount"]!);
            Assert.Equal(after is not null, (bool)page["pageInfo"]!["hasPreviousPage"]!);
            var edges = page["edges"]!.ToList();
            seen.AddRange(edges.Select(e => (string)e["node"]!["id"]!));
            Assert.Equal((string?)edges.FirstOrDefault()?["cursor"], (string?)page["pageInfo"]!["startCursor"]);
            if (!(bool)page["pageInfo"]!["hasNextPage"]!)
            {
                break;
            }
            after = (string)page["pageInfo"]!["endCursor"]!;
        }

        Assert.Equal(expected, seen);
    }

    [SkippableFact]
    public async Task Walking_backwards_from_the_end_gives_every_task_once_in_order()
    {
        var expected = await AllTaskIdsAsync();
        var seen = new List<string>();
        string? before = null;
        for (var pages = 0; ; pages++)
        {
            Assert.True(pages < 20, "paging does not end");
            var page = (await _client.QueryAsync("query($before: String) { tasks(last: 25, before: $before) { nodes { id } pageInfo { hasPreviousPage hasNextPage startCursor } } }",
                new { before }))["tasks"]!;
            Assert.Equal(before is not null, (bool)page["pageInfo"]!["hasNextPage"]!);
            seen.InsertRange(0, page["nodes"]!.Select(n => (string)n["id"]!));
            if (!(bool)page["pageInfo"]!["hasPreviousPage"]!)
            {
                break;
            }
            before = (string)page["pageInfo"]!["startCursor"]!;
        }

        Assert.Equal(expected, seen);
    }

    [SkippableFact]
    public async Task A_nested_connection_pages_each_parent_on_its_own()
    {
        const string query = "query($after: String) { departments(first: 3) { nodes { name tasks(first: 2, after: $after) { totalCount nodes { number } pageInfo { hasNextPage endCursor } } } } }";
        var first = (await _client.QueryAsync(query, new { after = (string?)null }))["departments"]!["nodes"]!;
        var planning = first.Single(d => (string)d["name"]! == "资规分局")["tasks"]!;
        var all = (await _client.QueryAsync("{ departments(first: 1) { nodes { tasks(first: 100) { nodes { number } } } } }"))["departments"]!["nodes"]![0]!["tasks"]!["nodes"]!
            .Select(n => (int)n["number"]!).ToList();

        var next = (await _client.QueryAsync(query, new { after = (string)planning["pageInfo"]!["endCursor"]! }))["departments"]!["nodes"]![0]!["tasks"]!;

        Assert.Equal(all.Count, (int)planning["totalCount"]!);
        Assert.Equal(all.Take(2), planning["nodes"]!.Select(n => (int)n["number"]!));
        Assert.Equal(all.Skip(2).Take(2), next["nodes"]!.Select(n => (int)n["number"]!));
    }

    [SkippableFact]
    public async Task Without_first_or_last_a_page_holds_the_default_50()
    {
        var page = (await _client.QueryAsync("{ tasks { nodes { id } pageInfo { hasNextPage } } }"))["tasks"]!;

        Assert.Equal(50, page["nodes"]!.Count());
        Assert.True((bool)page["pageInfo"]!["hasNextPage"]!);
    }

    [SkippableTheory]
    [InlineData("{ tasks(first: 1001) { totalCount } }", "PAGE_SIZE_TOO_LARGE", "tasks.first: 1001 is more than the maximum page size of 1000")]
    [InlineData("{ departments { nodes { tasks(last: 5000) { totalCount } } } }", "PAGE_SIZE_TOO_LARGE", "tasks.last: 5000")]
    [InlineData("{ tasks(first: -1) { totalCount } }", "INVALID_PAGING_ARGUMENTS", "tasks.first: -1 is negative")]
    [InlineData("{ tasks(first: 1, last: 1) { totalCount } }", "INVALID_PAGING_ARGUMENTS", "give first or last, not both")]
    [InlineData("{ tasks(after: \"bm90IGEgY3Vyc29y\") { totalCount } }", "INVALID_CURSOR", "tasks.after")]
    public async Task Bad_paging_arguments_are_refused_before_execution(string query, string code, string message)
    {
        _factory.Sql.Reset();

        var response = await _client.PostAsync(query);

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.Status);
        var error = Assert.Single(response.Errors!);
        Assert.Equal(code, (string)error["extensions"]!["code"]!);
        Assert.Contains(message, (string)error["message"]!);
        Assert.Null(response.Body["data"]);
        Assert.Empty(_factory.Sql.Commands);
    }

    [SkippableFact]
    public async Task A_cursor_of_another_connection_order_is_refused()
    {
        var cursor = (string)(await _client.QueryAsync("{ departments(first: 1) { pageInfo { endCursor } } }"))["departments"]!["pageInfo"]!["endCursor"]!;

        var response = await _client.PostAsync("query($after: String) { tasks(first: 1, after: $after) { totalCount } }", new { after = cursor });

        Assert.Equal("INVALID_CURSOR", (string)response.Errors![0]["extensions"]!["code"]!);
        Assert.Equal(JTokenType.Null, response.Body["data"]!.Type);
    }
}
