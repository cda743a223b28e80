using Wuzhong.Api.Tests.Support;
using Wuzhong.Infrastructure.Tests.Databases;

namespace Wuzhong.Api.Tests.GraphQL;

public sealed class BatchingTestsOnSqlite(WuzhongApiFactory factory) : BatchingTests<WuzhongApiFactory>(factory);

public sealed class BatchingTestsOnPostgreSql(PostgreSqlApiFactory factory) : BatchingTests<PostgreSqlApiFactory>(factory);

/// <summary>
/// A request costs a bounded number of SQL statements: one per connection or list field and nesting level,
/// plus one for a root totalCount, whatever the number of rows it returns.
/// </summary>
public abstract class BatchingTests<TFactory> : IClassFixture<TFactory> where TFactory : WuzhongApiFactory
{
    private readonly TFactory _factory;
    private readonly GraphQLClient _client;

    protected BatchingTests(TFactory factory)
    {
        TestDatabase.SkipIfUnavailable(factory.Provider);
        _factory = factory;
        _client = new(factory.CreateClient().AskingFresh());
    }

    private async Task<IReadOnlyList<string>> SqlOfAsync(string query, object? variables = null)
    {
        _factory.Sql.Reset();
        await _client.QueryAsync(query, variables);
        return _factory.Sql.Commands;
    }

    private const string DeepTaskQuery = """
            query($first: Int) {
              tasks(first: $first) {
                totalCount
                nodes {
                  plan { code } section { title } group { name section { ordinal } }
                  departments { isLead department { name } } leadDepartments { name }
                  districts { name members { name } } leaders { name } latestStatus latestReport { summary }
                }
              }
            }
            """;

    [SkippableTheory]
    [InlineData(1)]
    [InlineData(10)]
    [InlineData(108)]
    public async Task Nested_lists_of_tasks_cost_one_statement_each_whatever_the_page_size(int first)
    {
        var sql = await SqlOfAsync(DeepTaskQuery, new { first });

        // tasks, totalCount, plan, section, group, departments (one batch serves leadDepartments too), districts,
        // leaders, latest report, district members: 10 at most. A level with no rows (task (1) names no district) costs none.
        Assert.InRange(sql.Count, 9, 10);
    }

    [SkippableFact]
    public async Task Ten_rows_and_all_rows_cost_the_same_statements()
    {
        Assert.Equal((await SqlOfAsync(DeepTaskQuery, new { first = 10 })).Count, (await SqlOfAsync(DeepTaskQuery, new { first = 108 })).Count);
    }

    [SkippableFact]
    public async Task A_nested_connection_is_read_for_all_parents_in_one_statement()
    {
        var sql = await SqlOfAsync("{ departments(first: 60) { nodes { name tasks(first: 3) { totalCount nodes { number leaders { name } } } } } }");

        // departments; every department's page of tasks with its count; the tasks' leaders.
        Assert.Equal(3, sql.Count);
    }

    [SkippableFact]
    public async Task The_headline_shape_of_query_costs_the_same_for_1_and_100_rows()
    {
        const string query = """
            query($first: Int) {
              leaders { nodes { name tasks(first: $first) { totalCount nodes { number text latestStatus leadDepartments { name } latestReport { progressPercent period { label } } } } } }
            }
            """;

        var one = await SqlOfAsync(query, new { first = 1 });
        var hundred = await SqlOfAsync(query, new { first = 100 });

        Assert.Equal(one.Count, hundred.Count);
        Assert.InRange(hundred.Count, 1, 5);
    }

    [SkippableFact]
    public async Task TotalCount_is_only_counted_when_it_is_selected()
    {
        var without = await SqlOfAsync("{ tasks(first: 5) { nodes { number } } }");
        var with = await SqlOfAsync("{ tasks(first: 5) { totalCount nodes { number } } }");

        Assert.Single(without);
        Assert.Equal(2, with.Count);
        Assert.Contains(with, s => s.Contains("COUNT(*)", StringComparison.OrdinalIgnoreCase));
    }
}
