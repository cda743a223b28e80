using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using Snapshooter.Xunit;
using Wuzhong.Api.Tests.Support;
using Wuzhong.Infrastructure.Import;
using Wuzhong.Infrastructure.Tests.Databases;

namespace Wuzhong.Api.Tests.Plans;

public sealed class SqliteAmendedPlan : AmendedPlanFixture<WuzhongApiFactory>;

public sealed class PostgreSqlAmendedPlan : AmendedPlanFixture<PostgreSqlApiFactory>;

/// <summary>
/// The 2023 plan with reports on tasks (20) and (22), then amended in March: (20) removed, every later task of its run
/// numbered one less.
/// </summary>
public abstract class AmendedPlanFixture<TFactory> : IAsyncLifetime where TFactory : WuzhongApiFactory, new()
{
    public const string Task20 = "加快区级人才发展服务中心、留学生创业园建设，新增人才公寓 3000 套。";

    public TFactory Factory { get; } = new();

    public string WithdrawnId { get; private set; } = "";

    public string RenumberedId { get; private set; } = "";

    public ImportReport Report { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (Factory.Provider == TestProvider.PostgreSql && PostgresServer.UnavailableReason is not null)
        {
            return;
        }
        Factory.Clock.Now = new DateTimeOffset(2023, 3, 20, 10, 0, 0, TimeSpan.FromHours(8));
        WithdrawnId = await Factory.TaskIdAsync(3, 20);
        RenumberedId = await Factory.TaskIdAsync(3, 22);
        await Factory.ReportAsync(WithdrawnId, "人才办", summary: "人才公寓在建");
        await Factory.ReportAsync(RenumberedId, "科技局", percent: 60);

        // The plan the server loaded at start-up, from its output folder.
        var published = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "data", "plans", "wuzhong-2023.txt"));
        var amended = string.Join('\n', published.Split('\n').Where(l => !l.Contains(Task20)));
        amended = System.Text.RegularExpressions.Regex.Replace(amended, @"(?<=\t|<p>)\((\d+)\)",
            m => int.Parse(m.Groups[1].Value) is var n && n > 20 ? $"({n - 1})" : m.Value);
        await using var scope = Factory.Services.CreateAsyncScope();
        Report = await scope.ServiceProvider.GetRequiredService<PlanImporter>().ImportAsync(amended);
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}

public sealed class AmendedPlanApiTestsOnSqlite(SqliteAmendedPlan data) : AmendedPlanApiTests<SqliteAmendedPlan, WuzhongApiFactory>(data);

public sealed class AmendedPlanApiTestsOnPostgreSql(PostgreSqlAmendedPlan data) : AmendedPlanApiTests<PostgreSqlAmendedPlan, PostgreSqlApiFactory>(data);

/// <summary>What callers see of an amended plan: the withdrawn task kept with its reports and out of every list and figure.</summary>
public abstract class AmendedPlanApiTests<TData, TFactory> : IClassFixture<TData>
    where TData : AmendedPlanFixture<TFactory>
    where TFactory : WuzhongApiFactory, new()
{
    private readonly TData _data;
    private readonly GraphQLClient _anonymous;

    protected AmendedPlanApiTests(TData data)
    {
        TestDatabase.SkipIfUnavailable(data.Factory.Provider);
        _data = data;
        _anonymous = new GraphQLClient(data.Factory.CreateClient());
    }

    [SkippableFact]
    public async Task The_withdrawn_task_is_listed_apart_with_its_reports()
    {
        var data = await _anonymous.QueryAsync("""
            { plans { nodes { withdrawnTasks {
                number text withdrawnAt latestStatus departments { department { name } }
                progressReports(first: 10) { totalCount nodes { summary department { name } period { label } } }
            } } } }
            """);

        Snapshot.Match(data.ToString());
    }

    [SkippableFact]
    public async Task It_leaves_the_task_lists_and_their_figures_and_the_renumbered_task_keeps_its_report()
    {
        var data = await _anonymous.QueryAsync("""
            { tasks(first: 200) { totalCount nodes { id } aggregates { count reportCount } }
              progressReports { totalCount }
              departments(where: { name: { eq: "人才办" } }) { nodes { tasks { totalCount nodes { id } } } } }
            """);
        var renumbered = (await _anonymous.QueryAsync("query($id: ID!) { node(id: $id) { ... on WorkTask { number latestProgressPercent } } }",
            new { id = _data.RenumberedId }))["node"]!;

        Assert.Equal(107, (int)data["tasks"]!["totalCount"]!);
        Assert.DoesNotContain(_data.WithdrawnId, data["tasks"]!["nodes"]!.Select(n => (string)n["id"]!));
        Assert.Equal((107, 1), ((int)data["tasks"]!["aggregates"]!["count"]!, (int)data["tasks"]!["aggregates"]!["reportCount"]!));
        Assert.Equal(2, (int)data["progressReports"]!["totalCount"]!);
        Assert.DoesNotContain(_data.WithdrawnId, data["departments"]!["nodes"]![0]!["tasks"]!["nodes"]!.Select(n => (string)n["id"]!));
        Assert.Equal((21, 60), ((int)renumbered["number"]!, (int)renumbered["latestProgressPercent"]!));
        Assert.Equal(TaskChangeKind.Withdrawn, _data.Report.TaskChanges.Single(c => c.From == 20 && c.To is null).Kind);
    }

    [SkippableFact]
    public async Task It_is_still_found_by_its_id_and_takes_no_more_reports()
    {
        var node = (await _anonymous.QueryAsync("query($id: ID!) { node(id: $id) { ... on WorkTask { number withdrawnAt } } }",
            new { id = _data.WithdrawnId }))["node"]!;
        var response = await new GraphQLClient(_data.Factory.CreateClient(), _data.Factory.Token("reporter", "人才办")).QueryAsync(
            ReportingRequests.Submit, new { input = new { taskId = _data.WithdrawnId, period = "2023-03", status = "ON_TRACK", progressPercent = 50, summary = "继续推进" } });

        Assert.Equal((20, new DateTime(2023, 3, 20, 2, 0, 0, DateTimeKind.Utc)), ((int)node["number"]!, ((DateTime)node["withdrawnAt"]!).ToUniversalTime()));
        var error = Assert.Single(response["submitProgressReport"]!["errors"]!);
        Assert.Equal("TASK_WITHDRAWN", (string)error["code"]!);
        Assert.Equal(JTokenType.Null, response["submitProgressReport"]!["progressReport"]!.Type);
    }
}
