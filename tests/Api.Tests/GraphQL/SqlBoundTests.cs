using Wuzhong.Api.Tests.Support;
using Wuzhong.Infrastructure.Tests.Databases;

namespace Wuzhong.Api.Tests.GraphQL;

public sealed class SqlBoundTestsOnSqlite(SqliteScaledData data) : SqlBoundTests<SqliteScaledData, WuzhongApiFactory>(data);

public sealed class SqlBoundTestsOnPostgreSql(PostgreSqlScaledData data) : SqlBoundTests<PostgreSqlScaledData, PostgreSqlApiFactory>(data);

/// <summary>
/// The headline query costs the same number of SQL statements at 10, 100 and 1000 rows: one per connection or list
/// field and nesting level, plus one for totalCount. Counted with a command interceptor.
/// </summary>
public abstract class SqlBoundTests<TData, TFactory> : IClassFixture<TData>
    where TData : ScaledDataFixture<TFactory>
    where TFactory : WuzhongApiFactory, new()
{
    private readonly TData _data;
    private readonly GraphQLClient _client;

    protected SqlBoundTests(TData data)
    {
        TestDatabase.SkipIfUnavailable(data.Factory.Provider);
        _data = data;
        _client = new(data.Factory.CreateClient().AskingFresh());
    }

    private const string Headline = """
        query TasksOfDepartmentInTown($code: String!) {
          tasks(first: 1000, where: {
              plan: { code: { eq: $code } }
              departments: { some: { department: { name: { eq: "资规分局" } } } }
              districts: { some: { name: { eq: "金庭镇" } } } }
            order: [{ number: ASC }]) {
            totalCount
            nodes { number text latestStatus leadDepartments { name } districts { name } leaders { name } latestReport { progressPercent summary period { label } } }
          }
        }
        """;

    [SkippableFact]
    public async Task The_headline_query_costs_the_same_statements_at_10_100_and_1000_rows()
    {
        var statements = new List<int>();
        foreach (var size in ScaledDataFixture<TFactory>.Sizes)
        {
            _data.Factory.Sql.Reset();
            var result = await _client.QueryAsync(Headline, new { code = ScaledDataFixture<TFactory>.CodeFor(size) });

            Assert.Equal(size, (int)result["tasks"]!["totalCount"]!);
            Assert.Equal(size, result["tasks"]!["nodes"]!.Count());
            statements.Add(_data.Factory.Sql.Commands.Count);
        }

        // tasks + totalCount + departments (serving leadDepartments) + districts + leaders + latest report = 6;
        // no period is read: no task has a report yet.
        Assert.All(statements, count => Assert.Equal(6, count));
    }

    [SkippableFact]
    public async Task Standing_filters_sorts_and_fields_cost_the_same_statements_at_10_100_and_1000_rows()
    {
        var statements = new List<int>();
        foreach (var size in ScaledDataFixture<TFactory>.Sizes)
        {
            _data.Factory.Sql.Reset();
            var result = await _client.QueryAsync("""
                query($code: String!) {
                  tasks(first: 1000, where: {
                      plan: { code: { eq: $code } }
                      latestStatus: { eq: NOT_REPORTED }
                      lastReportedPeriod: { eq: null }
                      coveredDistricts: { some: { name: { eq: "金庭镇" } } }
                      departments: { some: { department: { name: { eq: "资规分局" } }, latestStatus: { eq: NOT_REPORTED } } } }
                    order: [{ latestStatus: DESC }, { latestProgressPercent: DESC }, { lastReportedAt: ASC }]) {
                    totalCount
                    nodes { number latestStatus latestProgressPercent lastReportedPeriod lastReportedAt isOverdue coveredDistricts { name }
                      departments { latestStatus latestProgressPercent isOverdue latestReport { id } report(period: "2023-06") { id } } }
                  }
                }
                """, new { code = ScaledDataFixture<TFactory>.CodeFor(size) });

            Assert.Equal(size, (int)result["tasks"]!["totalCount"]!);
            statements.Add(_data.Factory.Sql.Commands.Count);
        }

        // tasks + totalCount + the tasks' derived values (latestStatus, percent, period, lastReportedAt, isOverdue: one
        // statement, DerivedValues) + coveredDistricts + departments + the departments' derived values (standing, isOverdue,
        // the latest report's id) + their reports of 2023-06 = 7; no report is read: none exists.
        Assert.All(statements, count => Assert.Equal(7, count));
    }

    [SkippableFact]
    public async Task A_nested_connection_costs_one_statement_for_all_parents_at_every_size()
    {
        foreach (var size in ScaledDataFixture<TFactory>.Sizes)
        {
            _data.Factory.Sql.Reset();
            await _client.QueryAsync("""
                query($code: String!) {
                  departments(first: 3) { nodes { name tasks(first: 1000, where: { plan: { code: { eq: $code } } }) { totalCount nodes { number leaders { name } } } } }
                }
                """, new { code = ScaledDataFixture<TFactory>.CodeFor(size) });

            Assert.Equal(3, _data.Factory.Sql.Commands.Count);
        }
    }

    [SkippableFact]
    public async Task Only_the_selected_columns_are_read()
    {
        _data.Factory.Sql.Reset();
        await _client.QueryAsync("{ tasks(first: 5) { nodes { number } } }");
        var narrow = Assert.Single(_data.Factory.Sql.Commands);

        _data.Factory.Sql.Reset();
        await _client.QueryAsync("{ tasks(first: 5) { edges { node { ... on WorkTask { text } } } } }");
        var wide = Assert.Single(_data.Factory.Sql.Commands);

        Assert.DoesNotContain("\"Text\"", narrow);
        Assert.Contains("\"Text\"", wide);
    }
}
