using Newtonsoft.Json.Linq;
using Snapshooter.Xunit;
using Wuzhong.Api.Tests.Support;
using Wuzhong.Infrastructure.Tests.Databases;

namespace Wuzhong.Api.Tests.GraphQL;

public sealed class FilteringTestsOnSqlite(WuzhongApiFactory factory) : FilteringTests<WuzhongApiFactory>(factory);

public sealed class FilteringTestsOnPostgreSql(PostgreSqlApiFactory factory) : FilteringTests<PostgreSqlApiFactory>(factory);

/// <summary>
/// Filters give the rows a plain reading of the data gives: each case is checked against the same condition
/// evaluated on every task read without a filter, not against numbers typed into the test.
/// </summary>
public abstract class FilteringTests<TFactory> : IClassFixture<TFactory> where TFactory : WuzhongApiFactory
{
    private readonly TFactory _factory;
    private readonly GraphQLClient _client;

    protected FilteringTests(TFactory factory)
    {
        TestDatabase.SkipIfUnavailable(factory.Provider);
        _factory = factory;
        _client = new(factory.CreateClient());
    }

    private const string TaskFields = "id number text group { number } departments { isLead department { name } } districts { name } leaders { name }";

    private async Task<List<JToken>> AllTasksAsync() =>
        (await _client.QueryAsync($"{{ tasks(first: 1000) {{ nodes {{ {TaskFields} }} }} }}"))["tasks"]!["nodes"]!.ToList();

    private async Task<List<string>> IdsAsync(string where) =>
        (await _client.QueryAsync($"{{ tasks(first: 1000, where: {where}) {{ nodes {{ id }} }} }}"))["tasks"]!["nodes"]!.Select(n => (string)n["id"]!).ToList();

    private static IEnumerable<string> Names(JToken task, string list, string? inner = null) =>
        task[list]!.Select(item => (string)(inner is null ? item["name"] : item[inner]!["name"])!);

    [SkippableFact]
    public async Task The_headline_query_finds_the_tasks_co_owned_by_the_planning_branch_in_jinting()
    {
        var data = await _client.QueryAsync("""
            query TasksOfDepartmentInTown {
              tasks(where: {
                  departments: { some: { department: { name: { eq: "资规分局" } } } }
                  districts: { some: { name: { eq: "金庭镇" } } } }
                order: [{ number: ASC }]) {
                totalCount
                nodes { number text latestStatus leadDepartments { name } latestReport { progressPercent summary period { label } } }
              }
            }
            """);

        var expected = (await AllTasksAsync())
            .Where(t => Names(t, "departments", "department").Contains("资规分局") && Names(t, "districts").Contains("金庭镇"))
            .Select(t => (int)t["number"]!).Order().ToList();
        Assert.Equal(expected, data["tasks"]!["nodes"]!.Select(n => (int)n["number"]!));
        Snapshot.Match(data);
    }

    public static TheoryData<string, string, Func<JToken, bool>> TaskFilters => new()
    {
        { "led by 水务局", """{ leadDepartments: { some: { name: { eq: "水务局" } } } }""",
            t => t["departments"]!.Any(d => (bool)d["isLead"]! && (string)d["department"]!["name"]! == "水务局") },
        { "led by 水务局, through the links", """{ departments: { some: { isLead: { eq: true }, department: { name: { eq: "水务局" } } } } }""",
            t => t["departments"]!.Any(d => (bool)d["isLead"]! && (string)d["department"]!["name"]! == "水务局") },
        { "no leader", "{ leaders: { any: false } }", t => !t["leaders"]!.Any() },
        { "some leader", "{ leaders: { any: true } }", t => t["leaders"]!.Any() },
        { "no lead department", "{ departments: { none: { isLead: { eq: true } } } }", t => !t["departments"]!.Any(d => (bool)d["isLead"]!) },
        { "every department leads", "{ departments: { all: { isLead: { eq: true } } } }", t => t["departments"]!.All(d => (bool)d["isLead"]!) },
        { "number range", "{ number: { gt: 20, lte: 30 } }", t => (int)t["number"]! is > 20 and <= 30 },
        { "number not in", "{ number: { nin: [1, 2, 3] } }", t => (int)t["number"]! is not (1 or 2 or 3) },
        { "negated comparisons", "{ number: { ngt: 90, nlt: 85 } }", t => (int)t["number"]! is >= 85 and <= 90 },
        { "text contains", """{ text: { contains: "太湖" } }""", t => ((string)t["text"]!).Contains("太湖") },
        { "text starts and does not end", """{ text: { startsWith: "加快", nendsWith: "。" } }""",
            t => ((string)t["text"]!).StartsWith("加快") && !((string)t["text"]!).EndsWith("。") },
        { "text or", """{ text: { or: [{ contains: "水" }, { contains: "山" }] } }""", t => ((string)t["text"]!).Contains('水') || ((string)t["text"]!).Contains('山') },
        { "or of fields", """{ or: [{ number: { eq: 44 } }, { districts: { some: { name: { in: ["甪直镇", "光福镇"] } } } }] }""",
            t => (int)t["number"]! == 44 || Names(t, "districts").Any(n => n is "甪直镇" or "光福镇") },
        { "and with a nested none", """{ and: [{ group: { number: { eq: 10 } } }, { districts: { none: { name: { eq: "金庭镇" } } } }] }""",
            t => (int)t["group"]!["number"]! == 10 && !Names(t, "districts").Contains("金庭镇") },
        { "in [] matches nothing", "{ number: { in: [] } }", _ => false },
        { "nin [] matches everything", "{ number: { nin: [] } }", _ => true },
        { "neq", """{ text: { neq: "做好气象服务工作。" } }""", t => (string)t["text"]! != "做好气象服务工作。" },
    };

    [SkippableTheory]
    [MemberData(nameof(TaskFilters))]
    public async Task A_task_filter_gives_what_the_data_says(string what, string where, Func<JToken, bool> holds)
    {
        var expected = (await AllTasksAsync()).Where(holds).Select(t => (string)t["id"]!).ToList();

        var actual = await IdsAsync(where);

        Assert.True(expected.SequenceEqual(actual), $"{what}: expected {expected.Count} tasks, got {actual.Count}");
    }

    [SkippableFact]
    public async Task Role_LEAD_and_a_lead_filter_agree()
    {
        var byRole = (await _client.QueryAsync("""{ departments(where: { name: { eq: "水务局" } }) { nodes { tasks(role: LEAD, first: 1000) { nodes { id } } } } }"""))
            ["departments"]!["nodes"]![0]!["tasks"]!["nodes"]!.Select(n => (string)n["id"]!);

        Assert.Equal(byRole, await IdsAsync("""{ leadDepartments: { some: { name: { eq: "水务局" } } } }"""));
    }

    [SkippableFact]
    public async Task Every_root_connection_takes_a_filter()
    {
        var data = await _client.QueryAsync("""
            {
              plans(where: { year: { eq: 2023 }, code: { startsWith: "吴政发" } }) { totalCount }
              targets(where: { departments: { some: { department: { name: { in: ["商务局"] } } } } }) { totalCount }
              departments(where: { or: [{ kind: { eq: STATE_OWNED_ENTERPRISE } }, { aliases: { some: { eq: "污染防治攻坚办" } } }] }) { nodes { name } }
              districts(where: { members: { any: true } }) { nodes { name } }
              leaders(where: { name: { in: ["李烨", "吴鼎明"] } }) { nodes { name } }
              reportPeriods(where: { dueDate: { gte: "2023-10-25" }, isClosed: { eq: false } }) { nodes { label } }
              progressReports(where: { status: { in: [DELAYED, AT_RISK] } }) { totalCount }
            }
            """);

        Snapshot.Match(data);
    }

    [SkippableFact]
    public async Task A_nested_connection_takes_a_filter_and_an_order()
    {
        var data = await _client.QueryAsync("""
            {
              leaders(where: { name: { eq: "周学斌" } }) {
                nodes { tasks(where: { districts: { some: { name: { eq: "金庭镇" } } } }, order: [{ number: DESC }]) { totalCount nodes { number } } }
              }
            }
            """);
        var expected = (await AllTasksAsync())
            .Where(t => Names(t, "leaders").Contains("周学斌") && Names(t, "districts").Contains("金庭镇"))
            .Select(t => (int)t["number"]!).OrderDescending();

        Assert.Equal(expected, data["leaders"]!["nodes"]![0]!["tasks"]!["nodes"]!.Select(n => (int)n["number"]!));
    }

    [SkippableTheory]
    [InlineData("{ tasks(where: { number: { in: [1, null] } }) { totalCount } }", "INVALID_FILTER", "tasks.where.number.in: number is never null")]
    [InlineData("{ tasks(where: { departments: { some: { department: { name: { nin: [null] } } } } }) { totalCount } }", "INVALID_FILTER",
        "tasks.where.departments.some.department.name.nin")]
    [InlineData("{ tasks(where: { text: { contains: null } }) { totalCount } }", "INVALID_FILTER", "tasks.where.text.contains: needs a value")]
    [InlineData("{ tasks(where: { number: { like: 4 } }) { totalCount } }", "ARGUMENTS_OF_CORRECT_TYPE", "In field 'like': Unknown field")]
    [InlineData("{ tasks(where: { number: { eq: \"four\" } }) { totalCount } }", "ARGUMENTS_OF_CORRECT_TYPE", "In field 'eq'")]
    [InlineData("{ tasks(order: [{ departments: ASC }]) { totalCount } }", "ARGUMENTS_OF_CORRECT_TYPE", "In field 'departments': Unknown field")]
    [InlineData("{ tasks(order: [{ number: UP }]) { totalCount } }", "ARGUMENTS_OF_CORRECT_TYPE", "In field 'number'")]
    [InlineData("{ departments { nodes { tasks(where: { leaders: { some: { name: { in: [null] } } } }) { totalCount } } } }", "INVALID_FILTER", "tasks.where.leaders.some.name.in")]
    public async Task A_bad_filter_or_order_is_a_validation_error_naming_the_argument(string query, string code, string message)
    {
        _factory.Sql.Reset();

        var response = await _client.PostAsync(query);

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.Status);
        var error = response.Errors!.First();
        Assert.Equal(code, (string)error["extensions"]!["code"]!);
        Assert.Contains(message, (string)error["message"]!);
        Assert.Empty(_factory.Sql.Commands);
    }
}
