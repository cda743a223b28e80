using Newtonsoft.Json.Linq;
using Wuzhong.Api.Tests.Support;
using Wuzhong.Infrastructure.Tests.Databases;

namespace Wuzhong.Api.Tests.Conformance;

public sealed class FilterSortConformanceTestsOnSqlite(SqliteDemoData data) : FilterSortConformanceTests<SqliteDemoData, WuzhongApiFactory>(data);

public sealed class FilterSortConformanceTestsOnPostgreSql(PostgreSqlDemoData data) : FilterSortConformanceTests<PostgreSqlDemoData, PostgreSqlApiFactory>(data);

/// <summary>
/// Filter and sort cases where this API used to part from HotChocolate's Data (its filtering and sorting tests on EF
/// Core), each stated as HotChocolate answers it; ours must answer the same, on SQLite and PostgreSQL. The oracle of a
/// set is the whole task list filtered in C#, never the SQL under test.
/// </summary>
public abstract class FilterSortConformanceTests<TData, TFactory> : IClassFixture<TData>
    where TData : DemoDataFixture<TFactory>
    where TFactory : WuzhongApiFactory, new()
{
    private readonly GraphQLClient _client;

    protected FilterSortConformanceTests(TData data)
    {
        TestDatabase.SkipIfUnavailable(data.Factory.Provider);
        _client = new GraphQLClient(data.Factory.CreateClient());
    }

    /// <summary>Every task, as (number, text, section, latest progress), in the default order.</summary>
    private async Task<List<(int Number, string Text, int Section, int? Progress)>> AllAsync() =>
        [.. (await _client.QueryAsync("{ tasks(first: 1000) { nodes { number text section { ordinal } latestProgressPercent } } }"))["tasks"]!["nodes"]!
            .Select(n => ((int)n["number"]!, (string)n["text"]!, (int)n["section"]!["ordinal"]!, (int?)n["latestProgressPercent"]))];

    private async Task<List<int>> NumbersAsync(string where, object? variables = null, string declarations = "") =>
        [.. (await _client.QueryAsync($"query{declarations} {{ tasks(first: 1000, where: {where}) {{ nodes {{ number }} }} }}", variables))["tasks"]!["nodes"]!
            .Select(n => (int)n["number"]!)];

    private async Task<JToken> ErrorAsync(string query, object? variables = null)
    {
        var response = await _client.PostAsync(query, variables);
        Assert.True(response.Errors is { Count: > 0 }, response.Body.ToString());
        return response.Errors![0]!;
    }

    [SkippableFact]
    public async Task An_empty_or_asks_nothing_and_an_empty_branch_is_dropped()
    {
        var all = await AllAsync();
        var small = all.Where(t => t.Number <= 3).Select(t => t.Number).ToList();

        // HotChocolate: `or: []` is no condition; `{}` in an `or` is left out, not "true".
        Assert.Equal(all.Select(t => t.Number), await NumbersAsync("{ or: [] }"));
        Assert.Equal(small, await NumbersAsync("{ or: [{ number: { lte: 3 } }, {}] }"));
        Assert.Equal(small, await NumbersAsync("{ and: [{}, { number: { lte: 3 } }] }"));
    }

    [SkippableFact]
    public async Task An_empty_in_matches_nothing_and_an_empty_nin_everything()
    {
        var all = await AllAsync();

        Assert.Empty(await NumbersAsync("{ number: { in: [] } }"));
        Assert.Equal(all.Select(t => t.Number), await NumbersAsync("{ number: { nin: [] } }"));
        Assert.Empty(await NumbersAsync("{ number: { in: $n } }", new { n = Array.Empty<int>() }, "($n: [Int])"));
    }

    [SkippableTheory]
    [InlineData("{ tasks(where: { number: { in: [1, null] } }) { totalCount } }", "tasks.where.number.in")]
    [InlineData("{ tasks(where: { number: { nin: [null] } }) { totalCount } }", "tasks.where.number.nin")]
    [InlineData("{ tasks(where: { latestStatus: { in: [DELAYED, null] } }) { totalCount } }", "tasks.where.latestStatus.in")]
    [InlineData("{ tasks(where: { progressReports: { some: { progressPercent: { in: [50, null] } } } }) { totalCount } }", "tasks.where.progressReports.some.progressPercent.in")]
    [InlineData("{ tasks(where: { number: { eq: null } }) { totalCount } }", "tasks.where.number.eq")]
    [InlineData("{ tasks(where: { text: { neq: null } }) { totalCount } }", "tasks.where.text.neq")]
    [InlineData("{ tasks(where: { number: null }) { totalCount } }", "tasks.where.number")]
    [InlineData("{ tasks(where: { districts: { some: null } }) { totalCount } }", "tasks.where.districts.some")]
    [InlineData("{ tasks(order: [{ number: null }]) { totalCount } }", "tasks.order[0].number")]
    public async Task A_null_that_cannot_match_is_refused_with_a_code_and_its_path(string query, string path)
    {
        var error = await ErrorAsync(query);

        // HotChocolate refuses these nulls; it never answers an internal error.
        Assert.Contains((string)error["extensions"]!["code"]!, new[] { "INVALID_FILTER", "INVALID_SORT" });
        Assert.StartsWith(path + ":", (string)error["message"]!);
    }

    [SkippableFact]
    public async Task A_null_in_a_list_of_a_variable_is_refused_the_same_way()
    {
        var error = await ErrorAsync("query($n: [Int]) { tasks(where: { number: { in: $n } }) { totalCount } }", new { n = new int?[] { 1, null } });

        Assert.Equal("INVALID_FILTER", (string)error["extensions"]!["code"]!);
        Assert.StartsWith("tasks.where.number.in:", (string)error["message"]!);
    }

    [SkippableFact]
    public async Task A_null_on_a_field_that_can_be_null_matches_the_missing_value()
    {
        var all = await AllAsync();
        var unreported = all.Where(t => t.Progress is null).Select(t => t.Number).ToList();

        Assert.NotEmpty(unreported);
        Assert.Equal(unreported, await NumbersAsync("{ latestProgressPercent: { eq: null } }"));
        Assert.Equal(all.Where(t => t.Progress is null or 0).Select(t => t.Number), await NumbersAsync("{ latestProgressPercent: { in: [0, null] } }"));
    }

    [SkippableFact]
    public async Task The_keys_of_one_sort_object_apply_in_the_order_written_as_a_literal_and_as_a_variable()
    {
        var all = await AllAsync();
        // The sort input lists number before section; written the other way round, section comes first.
        var written = all.OrderBy(t => t.Section).ThenByDescending(t => t.Number).Select(t => (t.Number, t.Section)).ToList();
        var schemaOrder = all.OrderByDescending(t => t.Number).ThenBy(t => t.Section).Select(t => (t.Number, t.Section)).ToList();

        var literal = (await _client.QueryAsync("{ tasks(first: 1000, order: [{ section: { ordinal: ASC }, number: DESC }]) { nodes { number section { ordinal } } } }"))
            ["tasks"]!["nodes"]!.Select(n => ((int)n["number"]!, (int)n["section"]!["ordinal"]!)).ToList();
        var variable = (await _client.QueryAsync("query($order: [WorkTaskSortInput!]) { tasks(first: 1000, order: $order) { nodes { number section { ordinal } } } }",
            new { order = new[] { new Dictionary<string, object> { ["section"] = new { ordinal = "ASC" }, ["number"] = "DESC" } } }))
            ["tasks"]!["nodes"]!.Select(n => ((int)n["number"]!, (int)n["section"]!["ordinal"]!)).ToList();

        Assert.NotEqual(schemaOrder, written);
        Assert.Equal(written, literal);
        Assert.Equal(written, variable);
    }
}
