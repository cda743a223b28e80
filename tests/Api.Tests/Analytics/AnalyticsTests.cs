using Wuzhong.Domain.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using Wuzhong.Api.Tests.Support;
using Wuzhong.Domain.Reporting;
using Wuzhong.Infrastructure.Persistence;
using Wuzhong.Infrastructure.Tests.Databases;

namespace Wuzhong.Api.Tests.Analytics;

public sealed class AnalyticsTestsOnSqlite(SqliteDemoData data) : AnalyticsTests<SqliteDemoData, WuzhongApiFactory>(data);

public sealed class AnalyticsTestsOnPostgreSql(PostgreSqlDemoData data) : AnalyticsTests<PostgreSqlDemoData, PostgreSqlApiFactory>(data);

/// <summary>
/// Dashboard answers on demo reports, each checked against a plain computation over the stored reports (read
/// whole, worked out in C#), not against the SQL under test.
/// </summary>
public abstract class AnalyticsTests<TData, TFactory> : IClassFixture<TData>
    where TData : DemoDataFixture<TFactory>
    where TFactory : WuzhongApiFactory, new()
{
    private readonly TData _data;
    private readonly GraphQLClient _client;

    protected AnalyticsTests(TData data)
    {
        TestDatabase.SkipIfUnavailable(data.Factory.Provider);
        _data = data;
        _client = new(data.Factory.CreateClient().AskingFresh());
    }

    /// <summary>The overdue rule lives in Domain; the analytics SQL states it again: both must count the same tasks.</summary>
    [SkippableFact]
    public async Task The_overdue_count_of_the_aggregates_is_the_number_of_tasks_the_rule_calls_overdue()
    {
        var tasks = (await _client.QueryAsync("{ tasks(first: 1000) { nodes { isOverdue } aggregates { overdueCount } } }"))["tasks"]!;
        var lead = (await _client.QueryAsync("""
            { departments(first: 5) { nodes { tasks(first: 1000, role: LEAD) { nodes { isOverdue } aggregates { overdueCount } } } } }
            """))["departments"]!["nodes"]!;

        var overdue = tasks["nodes"]!.Count(n => (bool)n["isOverdue"]!);
        Assert.InRange(overdue, 1, 107);
        Assert.Equal(overdue, (int)tasks["aggregates"]!["overdueCount"]!);
        Assert.All(lead, d => Assert.Equal(d["tasks"]!["nodes"]!.Count(n => (bool)n["isOverdue"]!), (int)d["tasks"]!["aggregates"]!["overdueCount"]!));
    }

    private sealed record Facts(
        List<(int Task, int Department, bool IsLead)> Links,
        List<ProgressReport> Reports,
        Dictionary<int, string> DepartmentNames,
        HashSet<int> CollectiveDepartments);

    private async Task<Facts> ReadAllAsync()
    {
        await using var scope = _data.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WuzhongDbContext>();
        var links = (await db.TaskDepartments.AsNoTracking().ToListAsync()).Select(l => (l.WorkTaskId, l.DepartmentId, l.IsLead)).ToList();
        var reports = await db.ProgressReports.AsNoTracking().Include(r => r.Period).ToListAsync();
        var names = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name);
        var collective = (await db.Departments.AsNoTracking().Where(d => d.Kind == DepartmentKind.Collective).Select(d => d.Id).ToListAsync()).ToHashSet();
        return new Facts(links, reports, names, collective);
    }

    private static int Month(ProgressReport r) => r.Period!.Year * 100 + r.Period.Month;

    /// <summary>A task's latest report as of a month: the latest period, then the latest submission.</summary>
    private static ProgressReport? Latest(Facts facts, int task, int asOf = 999_999) => facts.Reports
        .Where(r => r.WorkTaskId == task && Month(r) <= asOf)
        .OrderByDescending(Month).ThenByDescending(r => r.SubmittedAt).ThenByDescending(r => r.Id).FirstOrDefault();

    private static TaskProgressStatus StatusOf(Facts facts, int task, int asOf = 999_999) => Latest(facts, task, asOf)?.Status ?? TaskProgressStatus.NotReported;

    private static string Constant(TaskProgressStatus status) => status switch
    {
        TaskProgressStatus.NotReported => "NOT_REPORTED", TaskProgressStatus.NotStarted => "NOT_STARTED", TaskProgressStatus.OnTrack => "ON_TRACK",
        TaskProgressStatus.AtRisk => "AT_RISK", TaskProgressStatus.Delayed => "DELAYED", _ => "COMPLETED",
    };

    private static int Id(JToken node) => int.Parse(System.Text.Encoding.UTF8.GetString(Convert.FromBase64String((string)node["id"]!)).Split(':')[1]);

    [SkippableFact]
    public async Task Aggregates_of_a_filtered_set_match_the_reports()
    {
        var facts = await ReadAllAsync();
        var water = facts.DepartmentNames.Single(d => d.Value == "水务局").Key;
        var tasks = facts.Links.Where(l => l.Department == water).Select(l => l.Task).Distinct().ToList();
        var latest = tasks.Select(t => Latest(facts, t)).ToList();
        var taskFacts = facts.Reports.Where(r => tasks.Contains(r.WorkTaskId)).GroupBy(r => (r.WorkTaskId, r.DepartmentId, r.ReportPeriodId))
            .Select(g => g.OrderBy(r => r.Revision).First()).ToList();

        var aggregates = (await _client.QueryAsync("""
            { tasks(where: { departments: { some: { department: { name: { eq: "水务局" } } } } }) {
                aggregates { count completedCount overdueCount reportCount lateReportCount averageProgress completionRate onTimeRate byStatus { status count } distinctDepartments }
            } }
            """))["tasks"]!["aggregates"]!;

        Assert.Equal(tasks.Count, (int)aggregates["count"]!);
        Assert.Equal(latest.Count(r => r?.Status == TaskProgressStatus.Completed), (int)aggregates["completedCount"]!);
        Assert.Equal(tasks.Count(t => (facts.Reports.Where(r => r.WorkTaskId == t).Select(Month).DefaultIfEmpty(0).Max()) < 202306), (int)aggregates["overdueCount"]!);
        Assert.Equal(taskFacts.Count, (int)aggregates["reportCount"]!);
        Assert.Equal(taskFacts.Count(r => r.IsLate), (int)aggregates["lateReportCount"]!);
        Assert.Equal(latest.Where(r => r is not null).Average(r => (double)r!.ProgressPercent), (double)aggregates["averageProgress"]!, 6);
        Assert.Equal((double)taskFacts.Count(r => !r.IsLate) / taskFacts.Count, (double)aggregates["onTimeRate"]!, 6);
        foreach (var status in Enum.GetValues<TaskProgressStatus>())
        {
            Assert.Equal(tasks.Count(t => StatusOf(facts, t) == status),
                (int)aggregates["byStatus"]!.Single(s => (string)s["status"]! == Constant(status))["count"]!);
        }
        Assert.Equal(facts.Links.Where(l => tasks.Contains(l.Task)).Select(l => l.Department).Distinct().Count(), (int)aggregates["distinctDepartments"]!);
    }

    [SkippableFact]
    public async Task Grouping_by_department_and_status_with_having_and_order_takes_one_statement_and_matches()
    {
        var facts = await ReadAllAsync();
        var expected = facts.Links
            .GroupBy(l => (l.Department, Status: StatusOf(facts, l.Task)))
            .Select(g => (g.Key.Department, g.Key.Status, Count: g.Count()))
            .Where(g => g.Count >= 3)
            .OrderByDescending(g => g.Count).ThenBy(g => g.Department).ThenBy(g => g.Status)
            .Take(10)
            .Select(g => $"{facts.DepartmentNames[g.Department]} {Constant(g.Status)} {g.Count}")
            .ToList();

        _data.Factory.Sql.Reset();
        var groups = (await _client.QueryAsync("""
            { tasks { groupedAggregates(groupBy: [DEPARTMENT, STATUS], having: { count: { gte: 3 } }, order: [{ count: DESC }], first: 10) {
                keys { department { name } status } aggregates { count completedCount averageProgress completionRate } } } }
            """))["tasks"]!["groupedAggregates"]!;
        var statements = _data.Factory.Sql.Commands.Count;

        Assert.Equal(expected, groups.Select(g => $"{g["keys"]!["department"]!["name"]} {g["keys"]!["status"]} {g["aggregates"]!["count"]}"));
        // The root tasks connection selects no rows, so the grouping is the request's only statement.
        Assert.Equal(1, statements);
    }

    [SkippableFact]
    public async Task A_trend_by_period_has_every_month_and_matches_the_reports_as_of_each()
    {
        var facts = await ReadAllAsync();
        var tasks = (await _client.QueryAsync("{ tasks(first: 1000) { nodes { id } } }"))["tasks"]!["nodes"]!.Select(Id).ToList();

        var trend = (await _client.QueryAsync("""
            { tasks { groupedAggregates(groupBy: [PERIOD]) { keys { period { label } } aggregates { count byStatus { status count } averageProgress } } } }
            """))["tasks"]!["groupedAggregates"]!.ToList();

        Assert.Equal(Enumerable.Range(1, 12).Select(m => $"2023-{m:D2}"), trend.Select(g => (string)g["keys"]!["period"]!["label"]!));
        foreach (var (point, month) in trend.Select((g, i) => (g, 202301 + i)))
        {
            var onTrack = tasks.Count(t => StatusOf(facts, t, month) == TaskProgressStatus.OnTrack);
            Assert.Equal(onTrack, (int)point["aggregates"]!["byStatus"]!.Single(s => (string)s["status"]! == "ON_TRACK")["count"]!);
            var reported = tasks.Select(t => Latest(facts, t, month)).Where(r => r is not null).ToList();
            double? expectedAverage = reported.Count == 0 ? null : Math.Round(reported.Average(r => (double)r!.ProgressPercent), 9);
            double? actualAverage = (double?)point["aggregates"]!["averageProgress"] is { } average ? Math.Round(average, 9) : null;
            Assert.Equal(expectedAverage, actualAverage);
        }
    }

    [SkippableFact]
    public async Task As_of_a_period_counts_only_the_reports_known_by_then()
    {
        var facts = await ReadAllAsync();
        var tasks = (await _client.QueryAsync("{ tasks(first: 1000) { nodes { id } } }"))["tasks"]!["nodes"]!.Select(Id).ToList();

        var march = (await _client.QueryAsync("""{ tasks { aggregates(asOf: "2023-03") { count overdueCount byStatus { status count } } } }"""))["tasks"]!["aggregates"]!;

        Assert.Equal(tasks.Count(t => StatusOf(facts, t, 202303) == TaskProgressStatus.NotReported),
            (int)march["byStatus"]!.Single(s => (string)s["status"]! == "NOT_REPORTED")["count"]!);
        Assert.Equal(tasks.Count(t => facts.Reports.Where(r => r.WorkTaskId == t && Month(r) <= 202303).Select(Month).DefaultIfEmpty(0).Max() < 202303),
            (int)march["overdueCount"]!);
    }

    [SkippableFact]
    public async Task The_compliance_table_for_a_month_matches_the_reports_and_is_ranked()
    {
        var facts = await ReadAllAsync();
        var firsts = facts.Reports.Where(r => Month(r) == 202303).GroupBy(r => (r.WorkTaskId, r.DepartmentId)).ToDictionary(g => g.Key, g => g.OrderBy(r => r.Revision).First());
        Dictionary<string, (int Expected, int OnTime, int Late, HashSet<int> Missing)> Expected(IEnumerable<(int Task, int Department, bool IsLead)> links) => links
            .GroupBy(l => l.Department)
            .Select(g => (Name: facts.DepartmentNames[g.Key], Expected: g.Count(),
                OnTime: g.Count(l => firsts.TryGetValue((l.Task, l.Department), out var r) && !r.IsLate),
                Late: g.Count(l => firsts.TryGetValue((l.Task, l.Department), out var r) && r.IsLate),
                Missing: g.Where(l => !firsts.ContainsKey((l.Task, l.Department))).Select(l => l.Task).ToHashSet()))
            .ToDictionary(x => x.Name, x => (x.Expected, x.OnTime, x.Late, x.Missing));
        // Collective entries (各部门、单位 …) stand for many units: ranked apart, not among the units.
        var units = Expected(facts.Links.Where(l => !facts.CollectiveDepartments.Contains(l.Department)));
        var collective = Expected(facts.Links.Where(l => facts.CollectiveDepartments.Contains(l.Department)));
        var lead = Expected(facts.Links.Where(l => l.IsLead && !facts.CollectiveDepartments.Contains(l.Department)));

        var answer = await _client.QueryAsync("""
            {
              units: reportingCompliance(period: "2023-03") { rank department { name } expected onTime late missing onTimeRate
                expectedReports(state: [MISSING]) { task { id } department { name } period { label } state submittedAt } }
              collective: reportingCompliance(period: "2023-03", collective: true) { department { name } expected onTime late missing }
              lead: reportingCompliance(period: "2023-03", role: LEAD) { department { name } expected onTime late missing }
            }
            """);

        foreach (var (name, expected) in new[] { ("units", units), ("collective", collective), ("lead", lead) })
        {
            var rows = answer[name]!.ToList();
            Assert.NotEmpty(rows);
            Assert.Equal(expected.Keys.Order(), rows.Select(r => (string)r["department"]!["name"]!).Order());
            foreach (var row in rows)
            {
                var e = expected[(string)row["department"]!["name"]!];
                Assert.Equal((e.Expected, e.OnTime, e.Late, e.Expected - e.OnTime - e.Late),
                    ((int)row["expected"]!, (int)row["onTime"]!, (int)row["late"]!, (int)row["missing"]!));
            }
        }
        var ranked = answer["units"]!.ToList();
        var rates = ranked.Select(r => (double)r["onTimeRate"]!).ToList();
        Assert.Equal(rates.OrderDescending(), rates);
        Assert.Equal(1, (int)ranked[0]["rank"]!);
        // Who, not only how many: each row names its missing reports, the department's own, none submitted.
        Assert.Contains(ranked, r => r["expectedReports"]!.Any());
        foreach (var row in ranked)
        {
            var name = (string)row["department"]!["name"]!;
            var reports = row["expectedReports"]!.ToList();
            Assert.Equal(units[name].Missing.Order(), reports.Select(r => Id(r["task"]!)).Order());
            Assert.All(reports, r => Assert.Equal((name, "2023-03", "MISSING", JTokenType.Null),
                ((string)r["department"]!["name"]!, (string)r["period"]!["label"]!, (string)r["state"]!, r["submittedAt"]!.Type)));
        }
    }

    [SkippableFact]
    public async Task Nested_aggregates_for_every_department_take_one_statement()
    {
        _data.Factory.Sql.Reset();
        var departments = (await _client.QueryAsync("{ departments(first: 100) { nodes { name tasks(first: 0) { aggregates { count completedCount } } all: tasks(first: 100) { nodes { id } } } } }"))
            ["departments"]!["nodes"]!.ToList();

        // departments; their full pages; every department's aggregates at once. The first-0 pages, which select only
        // aggregates, read nothing.
        Assert.Equal(3, _data.Factory.Sql.Commands.Count);
        Assert.All(departments, d => Assert.Equal(d["all"]!["nodes"]!.Count(), (int)d["tasks"]!["aggregates"]!["count"]!));
    }

    [SkippableTheory]
    [InlineData("""{ tasks { aggregates(asOf: "2023-06", to: "2023-06") { count } } }""", "aggregates.to")]
    [InlineData("{ tasks { groupedAggregates(groupBy: []) { aggregates { count } } } }", "name at least one dimension")]
    [InlineData("{ tasks { groupedAggregates(groupBy: [DEPARTMENT, LEAD_DEPARTMENT]) { aggregates { count } } } }", "cannot be used together")]
    [InlineData("""{ reportingCompliance(period: "2023-03", from: "2023-01", to: "2023-03") { rank } }""", "not both")]
    public async Task A_bad_aggregation_is_refused_before_any_SQL(string query, string message)
    {
        _data.Factory.Sql.Reset();

        var response = await _client.PostAsync(query);

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.Status);
        Assert.Contains(response.Errors!, e => ((string)e["message"]!).Contains(message) && (string)e["extensions"]!["code"]! == "INVALID_AGGREGATION");
        Assert.Empty(_data.Factory.Sql.Commands);
    }
}
