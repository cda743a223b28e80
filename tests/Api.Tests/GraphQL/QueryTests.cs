using Newtonsoft.Json.Linq;
using Snapshooter.Xunit;
using Wuzhong.Api.Tests.Support;
using Wuzhong.Infrastructure.Tests.Databases;

namespace Wuzhong.Api.Tests.GraphQL;

public sealed class QueryTestsOnSqlite(WuzhongApiFactory factory) : QueryTests<WuzhongApiFactory>(factory);

public sealed class QueryTestsOnPostgreSql(PostgreSqlApiFactory factory) : QueryTests<PostgreSqlApiFactory>(factory);

/// <summary>Representative queries over the bundled 2023 plan, their answers kept as reviewed snapshots.</summary>
public abstract class QueryTests<TFactory> : IClassFixture<TFactory> where TFactory : WuzhongApiFactory
{
    private readonly TFactory _factory;
    private readonly GraphQLClient _client;

    protected QueryTests(TFactory factory)
    {
        TestDatabase.SkipIfUnavailable(factory.Provider);
        _factory = factory;
        _client = new(factory.CreateClient());
    }

    [SkippableFact]
    public async Task The_2023_plan_has_108_tasks_and_11_targets()
    {
        var data = await _client.QueryAsync("{ tasks { totalCount } targets { totalCount } plans { totalCount } }");

        Assert.Equal(108, (int)data["tasks"]!["totalCount"]!);
        Assert.Equal(11, (int)data["targets"]!["totalCount"]!);
        Assert.Equal(1, (int)data["plans"]!["totalCount"]!);
    }

    [SkippableFact]
    public async Task A_plan_by_its_code_with_its_sections_and_groups()
    {
        var data = await _client.QueryAsync("""
            query Plan($code: String!) {
              plan(code: $code) { code title year issuer sections { ordinal title groups { number name tasks { number } } } }
            }
            """, new { code = "吴政发〔2023〕2号" });

        Snapshot.Match(data);
    }

    [SkippableFact]
    public async Task An_unknown_plan_code_is_null()
    {
        var data = await _client.QueryAsync("""{ plan(code: "吴政发〔1999〕1号") { code } }""");

        Assert.Equal(JTokenType.Null, data["plan"]!.Type);
    }

    [SkippableFact]
    public async Task The_targets_with_their_departments_and_leaders()
    {
        var data = await _client.QueryAsync("{ targets { nodes { number name text departments { isLead department { name } } leaders { name } } } }");

        Snapshot.Match(data);
    }

    [SkippableFact]
    public async Task The_first_tasks_in_full()
    {
        var data = await _client.QueryAsync("""
            {
              tasks(first: 9) {
                nodes {
                  number text section { title } group { number name }
                  departments { isLead department { name kind } } leadDepartments { name }
                  districts { name kind } leaders { name } latestStatus latestReport { summary }
                }
              }
            }
            """);

        Snapshot.Match(data);
    }

    [SkippableFact]
    public async Task Departments_with_the_tasks_they_lead()
    {
        var data = await _client.QueryAsync("""
            {
              departments(first: 6) {
                nodes { name aliases kind lead: tasks(role: LEAD, first: 3) { totalCount nodes { number } } all: tasks { totalCount } }
              }
            }
            """);

        Snapshot.Match(data);
    }

    [SkippableFact]
    public async Task Districts_with_their_members_and_task_counts()
    {
        var data = await _client.QueryAsync("{ districts { nodes { name aliases kind members { name } tasks { totalCount } } } }");

        Snapshot.Match(data);
    }

    [SkippableFact]
    public async Task Leaders_with_the_tasks_they_are_in_charge_of()
    {
        var data = await _client.QueryAsync("{ leaders { nodes { name tasks(first: 2) { totalCount nodes { number text } } } } }");

        Snapshot.Match(data);
    }

    [SkippableFact]
    public async Task The_twelve_report_periods_of_2023_fall_due_on_the_25th()
    {
        var data = await _client.QueryAsync("{ reportPeriods { totalCount nodes { year month label dueDate isClosed } } }");

        Snapshot.Match(data);
    }

    [SkippableFact]
    public async Task Task_44_comes_back_by_its_global_id()
    {
        var tasks = await _client.QueryAsync("{ plan(code: \"吴政发〔2023〕2号\") { tasks(first: 200) { nodes { id number section { ordinal } } } } }");
        var id = (string)tasks["plan"]!["tasks"]!["nodes"]!.Single(t => (int)t["number"]! == 44 && (int)t["section"]!["ordinal"]! == 5)["id"]!;

        var data = await _client.QueryAsync("""
            query Node($id: ID!) {
              node(id: $id) { id __typename ... on WorkTask { number text leadDepartments { name } districts { name } leaders { name } } }
            }
            """, new { id });

        Assert.Equal(id, (string)data["node"]!["id"]!);
        Snapshot.Match(data["node"]!.Children<JProperty>().Where(p => p.Name != "id").ToDictionary(p => p.Name, p => p.Value));
    }

    [SkippableFact]
    public async Task Nodes_of_several_types_come_back_in_order_and_unknown_ones_as_null()
    {
        var data = await _client.QueryAsync("{ departments(first: 1) { nodes { id } } leaders(first: 1) { nodes { id } } }");
        var department = (string)data["departments"]!["nodes"]![0]!["id"]!;
        var leader = (string)data["leaders"]!["nodes"]![0]!["id"]!;
        var missing = Convert.ToBase64String("Leader:99999"u8.ToArray());

        var nodes = await _client.QueryAsync("query($ids: [ID!]!) { nodes(ids: $ids) { __typename ... on Department { name } ... on Leader { name } } }",
            new { ids = new[] { leader, department, missing } });

        Assert.Equal("[{\"__typename\":\"Leader\",\"name\":\"张华谦\"},{\"__typename\":\"Department\",\"name\":\"资规分局\"},null]",
            nodes["nodes"]!.ToString(Newtonsoft.Json.Formatting.None));
    }

    [SkippableFact]
    public async Task A_malformed_id_among_nodes_is_a_null_element_with_an_error_at_its_index()
    {
        var data = await _client.QueryAsync("{ leaders(first: 1) { nodes { id } } }");
        var leader = (string)data["leaders"]!["nodes"]![0]!["id"]!;
        var otherApi = Convert.ToBase64String("Invoice:1"u8.ToArray());

        var response = await _client.PostAsync("query($ids: [ID!]!) { nodes(ids: $ids) { __typename ... on Leader { name } } }",
            new { ids = new[] { "not-an-id", leader, otherApi } });

        Assert.Equal("[null,{\"__typename\":\"Leader\",\"name\":\"张华谦\"},null]", response.Data["nodes"]!.ToString(Newtonsoft.Json.Formatting.None));
        Assert.Equal(2, response.Errors!.Count);
        Assert.All(response.Errors!, e => Assert.Equal("INVALID_ID", (string)e["extensions"]!["code"]!));
        Assert.Equal(["[\"nodes\",0]", "[\"nodes\",2]"], response.Errors!.Select(e => e["path"]!.ToString(Newtonsoft.Json.Formatting.None)).Order().ToArray());
    }

    [SkippableFact]
    public async Task A_malformed_id_is_an_error_with_a_code_and_a_path()
    {
        var response = await _client.PostAsync("{ node(id: \"not-an-id\") { id } }");

        var error = Assert.Single(response.Errors!);
        Assert.Equal("INVALID_ID", (string)error["extensions"]!["code"]!);
        Assert.Equal("[\"node\"]", error["path"]!.ToString(Newtonsoft.Json.Formatting.None));
    }
}
