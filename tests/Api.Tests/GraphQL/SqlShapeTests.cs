using Wuzhong.Api.Tests.Support;
using Wuzhong.Domain.Reporting;
using Wuzhong.Infrastructure.Tests.Databases;

namespace Wuzhong.Api.Tests.GraphQL;

public sealed class SqlShapeTestsOnSqlite(WuzhongApiFactory factory) : SqlShapeTests<WuzhongApiFactory>(factory);

public sealed class SqlShapeTestsOnPostgreSql(PostgreSqlApiFactory factory) : SqlShapeTests<PostgreSqlApiFactory>(factory);

/// <summary>
/// What the SQL looks like, read from the commands sent: values travel as parameters, never in the statement's text;
/// a request reads what it selects (aggregates compute the measures asked for and join the keys asked for).
/// </summary>
public abstract class SqlShapeTests<TFactory> : IClassFixture<TFactory> where TFactory : WuzhongApiFactory
{
    private readonly TFactory _factory;
    private readonly GraphQLClient _client;

    protected SqlShapeTests(TFactory factory)
    {
        TestDatabase.SkipIfUnavailable(factory.Provider);
        _factory = factory;
        _client = new(factory.CreateClient().AskingFresh());
    }

    private async Task<string> SqlOfAsync(string query, object? variables = null)
    {
        _factory.Sql.Reset();
        var response = await _client.PostAsync(query, variables);
        Assert.Null(response.Errors);
        return string.Join("\n;\n", _factory.Sql.Commands);
    }

    [SkippableFact]
    public async Task Filter_values_are_parameters_not_text()
    {
        var sql = await SqlOfAsync("""
            { tasks(where: { departments: { some: { department: { name: { eq: "资规分局" } } } }, text: { contains: "违建'整治" },
                             number: { in: [44, 45] }, districts: { some: { name: { startsWith: "金庭" } } } }) { nodes { number } } }
            """);

        Assert.DoesNotContain("资规分局", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("违建", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("金庭", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("44", sql, StringComparison.Ordinal);
        Assert.Contains("@", sql, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Cursor_and_parent_id_values_are_parameters_not_text()
    {
        var first = await _client.QueryAsync("{ tasks(first: 2, order: [{ number: DESC }]) { pageInfo { endCursor } nodes { number } } }");
        var cursor = (string)first["tasks"]!["pageInfo"]!["endCursor"]!;
        var lastNumber = (int)first["tasks"]!["nodes"]![1]!["number"]!;

        var sql = await SqlOfAsync("""
            query($after: String) { tasks(first: 2, after: $after, order: [{ number: DESC }]) { nodes { number } } }
            """, new { after = cursor });

        Assert.DoesNotContain($" {lastNumber}", sql, StringComparison.Ordinal);
        Assert.Contains("@", sql, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_count_by_leader_computes_the_count_and_joins_the_leaders_only()
    {
        var sql = await SqlOfAsync("{ tasks { groupedAggregates(groupBy: [LEADER]) { keys { leader { name } } aggregates { count } } } }");

        Assert.Contains("Leaders", sql, StringComparison.Ordinal);
        foreach (var unasked in new[] { "Departments", "Districts", "Sections", "TaskGroups", "ReportPeriods", "TaskProgress", "Plans", "Aliases" })
        {
            Assert.DoesNotContain(unasked, sql, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("avg(", sql, StringComparison.OrdinalIgnoreCase);
    }

    [SkippableFact]
    public async Task Aggregates_compute_the_measures_asked_for_and_those_having_and_order_name()
    {
        var sql = await SqlOfAsync("""
            { tasks { groupedAggregates(groupBy: [STATUS], having: { averageProgress: { gte: 0 } }, order: [{ completedCount: DESC }]) {
                keys { status } aggregates { count } } } }
            """);

        Assert.Contains("avg(", sql, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("TaskProgress", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("Leaders", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("Departments", sql, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_task_list_reads_no_unselected_department_column()
    {
        var sql = await SqlOfAsync("{ tasks(first: 5) { nodes { departments { isLead department { name } } leadDepartments { name } } } }");

        Assert.DoesNotContain("Aliases", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Kind\"", sql, StringComparison.Ordinal);
        Assert.Contains("\"Name\"", sql, StringComparison.Ordinal);
    }
}
