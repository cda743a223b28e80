using Newtonsoft.Json.Linq;
using Wuzhong.Api.Tests.Support;
using Wuzhong.Infrastructure.Tests.Databases;

namespace Wuzhong.Api.Tests.GraphQL;

public sealed class SortingTestsOnSqlite(WuzhongApiFactory factory) : SortingTests<WuzhongApiFactory>(factory);

public sealed class SortingTestsOnPostgreSql(PostgreSqlApiFactory factory) : SortingTests<PostgreSqlApiFactory>(factory);

/// <summary>Orders with several keys and nested keys, and paging through them with cursors.</summary>
public abstract class SortingTests<TFactory> : IClassFixture<TFactory> where TFactory : WuzhongApiFactory
{
    private readonly TFactory _factory;
    private readonly GraphQLClient _client;

    protected SortingTests(TFactory factory)
    {
        TestDatabase.SkipIfUnavailable(factory.Provider);
        _factory = factory;
        _client = new(factory.CreateClient());
    }

    private async Task<List<JToken>> AllTasksAsync() =>
        (await _client.QueryAsync("{ tasks(first: 1000) { nodes { id number text group { number } section { ordinal } } } }"))["tasks"]!["nodes"]!.ToList();

    [SkippableFact]
    public async Task Several_keys_and_a_nested_key_sort_as_asked_with_the_id_breaking_ties()
    {
        var expected = (await AllTasksAsync())
            .OrderByDescending(t => (int)t["group"]!["number"]!).ThenBy(t => (int)t["number"]!).ThenBy(t => IdNumber(t))
            .Select(t => (string)t["id"]!);

        var actual = (await _client.QueryAsync("{ tasks(first: 1000, order: [{ group: { number: DESC } }, { number: ASC }]) { nodes { id } } }"))
            ["tasks"]!["nodes"]!.Select(n => (string)n["id"]!);

        Assert.Equal(expected, actual);
    }

    [SkippableFact]
    public async Task Department_names_sort_in_pinyin_order()
    {
        var names = (await _client.QueryAsync("""
            { departments(where: { name: { in: ["资规分局", "水务局", "发改委", "财政局（国资办）", "工信局", "农业农村局", "城管局"] } }, order: [{ name: ASC }]) { nodes { name } } }
            """))["departments"]!["nodes"]!.Select(n => (string)n["name"]!);

        // cái, chéng, fā, gōng, nóng, shuǐ, zī: not the code-point order (发 U+53D1 would come first, 财 U+8D22 near last).
        Assert.Equal(["财政局（国资办）", "城管局", "发改委", "工信局", "农业农村局", "水务局", "资规分局"], names);
    }

    [SkippableFact]
    public async Task Task_texts_sort_in_pinyin_order_and_page_in_it()
    {
        var pinyin = Comparer<string>.Create(Wuzhong.Infrastructure.Persistence.PinyinCollationInterceptor.Compare);
        var expected = (await AllTasksAsync()).Select(t => (string)t["text"]!).Order(pinyin).ToList();

        var actual = (await _client.QueryAsync("{ tasks(first: 1000, order: [{ text: ASC }]) { nodes { text } } }"))["tasks"]!["nodes"]!.Select(n => (string)n["text"]!);
        var cursor = (string)(await _client.QueryAsync("{ tasks(first: 10, order: [{ text: ASC }]) { pageInfo { endCursor } } }"))["tasks"]!["pageInfo"]!["endCursor"]!;
        var next = (await _client.QueryAsync("query($after: String) { tasks(first: 10, after: $after, order: [{ text: ASC }]) { nodes { text } } }", new { after = cursor }))
            ["tasks"]!["nodes"]!.Select(n => (string)n["text"]!);

        Assert.Equal(expected, actual);
        Assert.Equal(expected.Skip(10).Take(10), next);
    }

    [SkippableFact]
    public async Task Equality_on_names_matches_the_text_exactly_and_on_SQLite_compares_bytes_not_the_collation()
    {
        _factory.Sql.Reset();
        var data = await _client.QueryAsync("""
            { one: departments(where: { name: { eq: "资规分局" } }) { nodes { name } }
              some: departments(where: { name: { in: ["水务局", "发改委", "水务"] } }, order: [{ name: ASC }]) { nodes { name } }
              none: departments(where: { name: { neq: "资规分局" } }) { totalCount }
              all: departments { totalCount }
              tasks(where: { departments: { some: { department: { name: { eq: "资规分局" } } } } }) { totalCount } }
            """);
        var statements = _factory.Sql.Commands.ToList();
        // Its tasks through the links, with no name compared: the oracle of the filter through the links by name.
        var linked = (await _client.QueryAsync("""{ departments(where: { name: { startsWith: "资规" } }) { nodes { name tasks { totalCount } } } }"""))
            ["departments"]!["nodes"]!.Single(d => (string)d["name"]! == "资规分局")["tasks"]!["totalCount"]!;

        Assert.Equal(["资规分局"], data["one"]!["nodes"]!.Select(n => (string)n["name"]!));
        // In pinyin order (fā before shuǐ); "水务" is a prefix of a name, not a name.
        Assert.Equal(["发改委", "水务局"], data["some"]!["nodes"]!.Select(n => (string)n["name"]!));
        Assert.Equal((int)data["all"]!["totalCount"]! - 1, (int)data["none"]!["totalCount"]!);
        Assert.True((int)data["tasks"]!["totalCount"]! > 0);
        Assert.Equal((int)linked, (int)data["tasks"]!["totalCount"]!);
        if (_factory.Provider == TestProvider.Sqlite)
        {
            // Each of the four filters on a name compares bytes; the ordering still sorts by the column's collation.
            Assert.Equal(4, statements.Count(c => c.Contains("COLLATE BINARY", StringComparison.Ordinal)));
        }
        else
        {
            Assert.DoesNotContain(statements, c => c.Contains("COLLATE", StringComparison.Ordinal));
        }
    }

    [SkippableFact]
    public async Task Contains_matches_Chinese_text()
    {
        var names = (await _client.QueryAsync("""{ departments(where: { name: { contains: "攻坚" } }) { nodes { name } } }"""))["departments"]!["nodes"]!.Select(n => (string)n["name"]!);
        var districts = (await _client.QueryAsync("""{ districts(where: { name: { endsWith: "街道" }, kind: { eq: SUBDISTRICT } }) { totalCount } }"""))["districts"]!["totalCount"]!;

        Assert.Equal(["污防攻坚办"], names);
        Assert.Equal(6, (int)districts);
    }

    [SkippableFact]
    public async Task Enums_sort_in_their_declared_order()
    {
        var kinds = (await _client.QueryAsync("{ departments(first: 100, order: [{ kind: DESC }, { name: ASC }]) { nodes { kind } } }"))
            ["departments"]!["nodes"]!.Select(n => (string)n["kind"]!).Distinct();

        Assert.Equal(["COLLECTIVE", "PEOPLES_ORGANISATION", "PUBLIC_INSTITUTION", "STATE_OWNED_ENTERPRISE", "GOVERNMENT_BODY"], kinds);
    }

    [SkippableFact]
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

    [SkippableFact]
    public async Task A_cursor_issued_under_one_order_is_refused_under_another()
    {
        var cursor = (string)(await _client.QueryAsync("{ tasks(first: 3, order: [{ number: DESC }]) { pageInfo { endCursor } } }"))["tasks"]!["pageInfo"]!["endCursor"]!;

        var response = await _client.PostAsync("query($after: String) { tasks(first: 3, after: $after, order: [{ number: ASC }]) { nodes { id } } }", new { after = cursor });

        Assert.Equal("INVALID_CURSOR", (string)response.Errors![0]["extensions"]!["code"]!);
    }

    private static int IdNumber(JToken task) =>
        int.Parse(System.Text.Encoding.UTF8.GetString(Convert.FromBase64String((string)task["id"]!)).Split(':')[1]);
}
