using Newtonsoft.Json.Linq;
using Wuzhong.Api.Tests.Support;

namespace Wuzhong.Api.Tests.GraphQL;

/// <summary>Orders with several keys and nested keys, and paging through them with cursors.</summary>
public sealed class SortingTests(WuzhongApiFactory factory) : IClassFixture<WuzhongApiFactory>
{
    private readonly GraphQLClient _client = new(factory.CreateClient());

    private async Task<List<JToken>> AllTasksAsync() =>
        (await _client.QueryAsync("{ tasks(first: 1000) { nodes { id number text group { number } section { ordinal } } } }"))["tasks"]!["nodes"]!.ToList();

    [Fact]
    public async Task Several_keys_and_a_nested_key_sort_as_asked_with_the_id_breaking_ties()
    {
        var expected = (await AllTasksAsync())
            .OrderByDescending(t => (int)t["group"]!["number"]!).ThenBy(t => (int)t["number"]!).ThenBy(t => IdNumber(t))
            .Select(t => (string)t["id"]!);

        var actual = (await _client.QueryAsync("{ tasks(first: 1000, order: [{ group: { number: DESC } }, { number: ASC }]) { nodes { id } } }"))
            ["tasks"]!["nodes"]!.Select(n => (string)n["id"]!);

        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task Text_sorts_by_code_point()
    {
        var expected = (await AllTasksAsync()).Select(t => (string)t["text"]!).Order(StringComparer.Ordinal);

        var actual = (await _client.QueryAsync("{ tasks(first: 1000, order: [{ text: ASC }]) { nodes { text } } }"))["tasks"]!["nodes"]!.Select(n => (string)n["text"]!);

        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task Enums_sort_in_their_declared_order()
    {
        var kinds = (await _client.QueryAsync("{ departments(first: 100, order: [{ kind: DESC }, { name: ASC }]) { nodes { kind } } }"))
            ["departments"]!["nodes"]!.Select(n => (string)n["kind"]!).Distinct();

        Assert.Equal(["COLLECTIVE", "PEOPLES_ORGANISATION", "PUBLIC_INSTITUTION", "STATE_OWNED_ENTERPRISE", "GOVERNMENT_BODY"], kinds);
    }

    [Fact]
    public async Task Paging_through_a_custom_order_gives_every_row_once_in_that_order()
    {
        const string query = "query($after: String) { tasks(first: 7, after: $after, order: [{ section: { ordinal: DESC } }, { text: ASC }]) { nodes { id } pageInfo { hasNextPage endCursor } } }";
        var expected = (await _client.QueryAsync("{ tasks(first: 1000, order: [{ section: { ordinal: DESC } }, { text: ASC }]) { nodes { id } } }"))
            ["tasks"]!["nodes"]!.Select(n => (string)n["id"]!).ToList();
        var seen = new List<string>();
        string? after = null;
        for (var pages = 0; pages < 30; pages++)
        {
            var page = (await _client.QueryAsync(query, new { after }))["tasks"]!;
            seen.AddRange(page["nodes"]!.Select(n => (string)n["id"]!));
            if (!(bool)page["pageInfo"]!["hasNextPage"]!)
            {
                break;
            }
            after = (string)page["pageInfo"]!["endCursor"]!;
        }

        Assert.Equal(expected, seen);
        Assert.Equal(108, seen.Distinct().Count());
    }

    [Fact]
    public async Task A_cursor_issued_under_one_order_is_refused_under_another()
    {
        var cursor = (string)(await _client.QueryAsync("{ tasks(first: 3, order: [{ number: DESC }]) { pageInfo { endCursor } } }"))["tasks"]!["pageInfo"]!["endCursor"]!;

        var response = await _client.PostAsync("query($after: String) { tasks(first: 3, after: $after, order: [{ number: ASC }]) { nodes { id } } }", new { after = cursor });

        Assert.Equal("INVALID_CURSOR", (string)response.Errors![0]["extensions"]!["code"]!);
    }

    private static int IdNumber(JToken task) =>
        int.Parse(System.Text.Encoding.UTF8.GetString(Convert.FromBase64String((string)task["id"]!)).Split(':')[1]);
}
