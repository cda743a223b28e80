using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using Wuzhong.Api.Tests.Support;
using Wuzhong.Domain.Goals;
using Wuzhong.Domain.Reporting;
using Wuzhong.Infrastructure.Persistence;
using Wuzhong.Infrastructure.Tests.Databases;

namespace Wuzhong.Api.Tests.Analytics;

public sealed class DashboardQuestionsTestsOnSqlite(SqliteDemoData data) : DashboardQuestionsTests<SqliteDemoData, WuzhongApiFactory>(data);

public sealed class DashboardQuestionsTestsOnPostgreSql(PostgreSqlDemoData data) : DashboardQuestionsTests<PostgreSqlDemoData, PostgreSqlApiFactory>(data);

/// <summary>
/// The supervisors' questions (docs/operations), each one request, each checked against SQL written by hand over the
/// stored rows (reports, links, memberships), not over the projection the API reads. The same SQL runs on SQLite and
/// PostgreSQL: both quote names with double quotes and have window functions.
/// </summary>
public abstract class DashboardQuestionsTests<TData, TFactory> : IClassFixture<TData>
    where TData : DemoDataFixture<TFactory>
    where TFactory : WuzhongApiFactory, new()
{
    private readonly TData _data;
    private readonly GraphQLClient _client;

    protected DashboardQuestionsTests(TData data)
    {
        TestDatabase.SkipIfUnavailable(data.Factory.Provider);
        _data = data;
        _client = new(data.Factory.CreateClient().AskingFresh());
    }

    /// <summary>Every report, ranked within its group by the latest period, then the latest submission, then the id.</summary>
    private static string Ranked(string partition) => $"""
        SELECT r."Id", r."WorkTaskId", r."DepartmentId", r."Status", r."ProgressPercent", p."Year" * 100 + p."Month" AS "Month",
               ROW_NUMBER() OVER (PARTITION BY {partition} ORDER BY p."Year" DESC, p."Month" DESC, r."SubmittedAt" DESC, r."Id" DESC) AS "Rank"
        FROM "ProgressReports" r JOIN "ReportPeriods" p ON p."Id" = r."ReportPeriodId"
        """;

    private const string DepartmentNamed = """SELECT d."Id" FROM "Departments" d WHERE d."Name" = '资规分局'""";

    private const string ConcernsJinting = """
        (SELECT l."WorkTaskId" FROM "TaskDistricts" l JOIN "Districts" d ON d."Id" = l."DistrictId" WHERE d."Name" = '金庭镇'
         UNION
         SELECT l."WorkTaskId" FROM "TaskDistricts" l JOIN "DistrictMemberships" m ON m."CollectiveId" = l."DistrictId"
         JOIN "Districts" d ON d."Id" = m."MemberId" WHERE d."Name" = '金庭镇')
        """;

    [SkippableFact]
    public async Task Tasks_whose_latest_status_is_delayed_or_at_risk()
    {
        var answer = await TaskIdsAsync("{ tasks(first: 200, where: { latestStatus: { in: [DELAYED, AT_RISK] } }) { nodes { id } } }");

        var expected = await SqlAsync($"""SELECT "WorkTaskId" AS "Value" FROM ({Ranked("r.\"WorkTaskId\"")}) x WHERE "Rank" = 1 AND "Status" IN ('Delayed', 'AtRisk')""");
        Assert.NotEmpty(expected);
        Assert.Equal(expected, answer);
    }

    [SkippableFact]
    public async Task Tasks_concerning_the_town_where_a_lead_department_itself_is_behind()
    {
        var answer = await TaskIdsAsync("""
            { tasks(first: 200, where: {
                departments: { some: { isLead: { eq: true }, latestStatus: { in: [DELAYED, AT_RISK] } } }
                coveredDistricts: { some: { name: { eq: "金庭镇" } } } }) { nodes { id } } }
            """);

        var expected = await SqlAsync($"""
            SELECT DISTINCT x."WorkTaskId" AS "Value" FROM ({Ranked("r.\"WorkTaskId\", r.\"DepartmentId\"")}) x
            JOIN "TaskDepartments" l ON l."WorkTaskId" = x."WorkTaskId" AND l."DepartmentId" = x."DepartmentId"
            WHERE x."Rank" = 1 AND x."Status" IN ('Delayed', 'AtRisk') AND l."IsLead" = TRUE AND x."WorkTaskId" IN {ConcernsJinting}
            """);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, answer);
    }

    [SkippableFact]
    public async Task A_department_s_own_status_is_its_latest_report_not_the_task_s()
    {
        var tasks = (await _client.QueryAsync("""
            { tasks(first: 200) { nodes { id departments { department { id } latestStatus latestProgressPercent lastReportedPeriod } } } }
            """))["tasks"]!["nodes"]!;
        var shown = tasks.SelectMany(t => t["departments"]!.Select(d => (Task: Id(t), Department: Id(d["department"]!),
                Status: (string)d["latestStatus"]!, Percent: (int?)d["latestProgressPercent"], Period: (string?)d["lastReportedPeriod"])))
            .Where(d => d.Status != "NOT_REPORTED").OrderBy(d => d.Task).ThenBy(d => d.Department).ToList();

        var expected = await SqlRowsAsync($"""
            SELECT x."WorkTaskId", x."DepartmentId", x."Status", x."ProgressPercent", x."Month" FROM ({Ranked("r.\"WorkTaskId\", r.\"DepartmentId\"")}) x
            JOIN "TaskDepartments" l ON l."WorkTaskId" = x."WorkTaskId" AND l."DepartmentId" = x."DepartmentId"
            WHERE x."Rank" = 1 ORDER BY x."WorkTaskId", x."DepartmentId"
            """, r => (Task: r.GetInt32(0), Department: r.GetInt32(1), Status: Constant(r.GetString(2)), Percent: (int?)r.GetInt32(3),
                Period: (string?)$"{r.GetInt32(4) / 100:D4}-{r.GetInt32(4) % 100:D2}"));
        Assert.True(expected.Count > 100);
        Assert.Equal(expected, shown);
    }

    [SkippableFact]
    public async Task How_the_department_itself_is_doing_on_the_tasks_it_shares()
    {
        var tasks = (await _client.QueryAsync("""
            { tasks(first: 200, where: { departments: { some: { department: { name: { eq: "资规分局" } } } } }) {
                nodes { id own: departments(where: { department: { name: { eq: "资规分局" } } }) { department { name } latestStatus }
                        all: departments { department { name } latestStatus } } } }
            """))["tasks"]!["nodes"]!;

        Assert.True(tasks.Count() > 5);
        Assert.All(tasks, t =>
        {
            var own = Assert.Single(t["own"]!);
            Assert.Equal("资规分局", (string)own["department"]!["name"]!);
            Assert.Equal(t["all"]!.Single(d => (string)d["department"]!["name"]! == "资规分局").ToString(), own.ToString());
        });
    }

    [SkippableFact]
    public async Task A_department_filter_is_validated_as_a_connection_s_is()
    {
        var response = await _client.PostAsync("""{ tasks(first: 1) { nodes { departments(where: { department: { name: { in: [null] } } }) { isLead } } } }""");

        var error = Assert.Single(response.Errors!);
        Assert.Equal("INVALID_FILTER", (string)error["extensions"]!["code"]!);
        Assert.Contains("departments.where.department.name.in", (string)error["message"]!, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Tasks_sorted_by_progress_page_by_page_with_cursors()
    {
        var whole = await TaskIdsAsync("{ tasks(first: 200, order: [{ latestProgressPercent: DESC }]) { nodes { id } } }", sort: false);
        var paged = await AllPagesAsync("tasks", after => _client.QueryAsync("""
            query($after: String) { tasks(first: 7, after: $after, order: [{ latestProgressPercent: DESC }]) { nodes { id } pageInfo { hasNextPage endCursor } } }
            """, new { after }));

        // Null (never reported) is the smallest value, as in .NET: last when descending; the id breaks ties.
        var expected = await SqlAsync($"""
            SELECT t."Id" AS "Value" FROM "WorkTasks" t
            LEFT JOIN ({Ranked("r.\"WorkTaskId\"")}) x ON x."WorkTaskId" = t."Id" AND x."Rank" = 1
            ORDER BY CASE WHEN x."ProgressPercent" IS NULL THEN 0 ELSE 1 END DESC, x."ProgressPercent" DESC, t."Id"
            """, sort: false);
        Assert.Equal(expected, whole);
        Assert.Equal(expected, paged);
    }

    [SkippableFact]
    public async Task Tasks_sorted_by_status_put_the_most_severe_first()
    {
        var nodes = (await _client.QueryAsync("{ tasks(first: 200, order: [{ latestStatus: DESC }]) { nodes { id latestStatus } } }"))["tasks"]!["nodes"]!;
        string[] severity = ["COMPLETED", "ON_TRACK", "NOT_STARTED", "NOT_REPORTED", "AT_RISK", "DELAYED"];
        var ranks = nodes.Select(n => Array.IndexOf(severity, (string)n["latestStatus"]!)).ToList();

        Assert.Equal(ranks.OrderDescending(), ranks);
        Assert.True(ranks.Distinct().Count() >= 3);
    }

    [SkippableFact]
    public async Task Tasks_sorted_by_when_they_were_last_reported()
    {
        var answer = await TaskIdsAsync("{ tasks(first: 200, where: { lastReportedAt: { neq: null } }, order: [{ lastReportedAt: DESC }]) { nodes { id } } }", sort: false);

        var expected = await SqlAsync("""
            SELECT r."WorkTaskId" AS "Value" FROM "ProgressReports" r GROUP BY r."WorkTaskId" ORDER BY MAX(r."SubmittedAt") DESC, r."WorkTaskId"
            """, sort: false);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, answer);
    }

    [SkippableFact]
    public async Task Tasks_with_a_late_report_from_the_department()
    {
        var answer = await TaskIdsAsync("""
            { tasks(first: 200, where: { progressReports: { some: { isLate: { eq: true }, department: { name: { eq: "资规分局" } } } } }) { nodes { id } } }
            """);

        var expected = await SqlAsync($"""
            SELECT DISTINCT r."WorkTaskId" AS "Value" FROM "ProgressReports" r WHERE r."IsLate" = TRUE AND r."DepartmentId" IN ({DepartmentNamed})
            """);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, answer);
    }

    [SkippableFact]
    public async Task Every_task_that_concerns_a_town_through_a_collective_entry_too()
    {
        var data = await _client.QueryAsync("""
            { covering: tasks(first: 200, where: { coveredDistricts: { some: { name: { eq: "金庭镇" } } } }) { nodes { id } }
              naming: tasks(first: 200, where: { districts: { some: { name: { eq: "金庭镇" } } } }) { nodes { id } }
              districts(where: { name: { eq: "金庭镇" } }) { nodes { covered: tasks(first: 200, covered: true) { nodes { id } } named: tasks(first: 200) { nodes { id } } } } }
            """);
        var covering = data["covering"]!["nodes"]!.Select(Id).Order().ToList();
        var town = data["districts"]!["nodes"]![0]!;

        var expected = await SqlAsync($"""SELECT "WorkTaskId" AS "Value" FROM {ConcernsJinting} x""");
        Assert.Equal(expected, covering);
        Assert.Equal(expected, town["covered"]!["nodes"]!.Select(Id).Order().ToList());
        Assert.Equal(data["naming"]!["nodes"]!.Select(Id).Order(), town["named"]!["nodes"]!.Select(Id).Order());
        Assert.True(expected.Count > data["naming"]!["nodes"]!.Count(), "the collective entries add tasks the town is not named in");
    }

    [SkippableFact]
    public async Task A_task_s_covered_districts_are_those_named_and_the_members_of_collectives_named()
    {
        var tasks = (await _client.QueryAsync("{ tasks(first: 200) { nodes { id coveredDistricts { id } } } }"))["tasks"]!["nodes"]!;
        var shown = tasks.SelectMany(t => t["coveredDistricts"]!.Select(d => (Id(t), Id(d)))).Order().ToList();

        var expected = await SqlRowsAsync("""
            SELECT l."WorkTaskId", l."DistrictId" FROM "TaskDistricts" l
            UNION SELECT l."WorkTaskId", m."MemberId" FROM "TaskDistricts" l JOIN "DistrictMemberships" m ON m."CollectiveId" = l."DistrictId"
            ORDER BY 1, 2
            """, r => (r.GetInt32(0), r.GetInt32(1)));
        Assert.Equal(expected, shown);
    }

    [SkippableFact]
    public async Task The_overdue_filter_and_the_overdue_field_agree_for_tasks_and_departments()
    {
        var data = await _client.QueryAsync("""
            { all: tasks(first: 200) { nodes { id isOverdue departments { department { id } isOverdue } } }
              overdue: tasks(first: 200, where: { isOverdue: { eq: true } }) { nodes { id } }
              departmentOverdue: tasks(first: 200, where: { departments: { some: { department: { name: { eq: "资规分局" } }, isOverdue: { eq: true } } } }) { nodes { id } } }
            """);
        var all = data["all"]!["nodes"]!;
        var zigui = (await SqlAsync(DepartmentNamed.Replace("d.\"Id\"", "d.\"Id\" AS \"Value\"", StringComparison.Ordinal))).Single();

        var overdueByField = all.Where(t => (bool)t["isOverdue"]!).Select(Id).Order().ToList();
        var departmentOverdueByField = all.Where(t => t["departments"]!.Any(d => Id(d["department"]!) == zigui && (bool)d["isOverdue"]!)).Select(Id).Order().ToList();
        Assert.InRange(overdueByField.Count, 1, all.Count() - 1);
        Assert.Equal(overdueByField, data["overdue"]!["nodes"]!.Select(Id).Order());
        Assert.NotEmpty(departmentOverdueByField);
        Assert.Equal(departmentOverdueByField, data["departmentOverdue"]!["nodes"]!.Select(Id).Order());
    }

    [SkippableFact]
    public async Task A_department_s_report_for_a_period_is_its_latest_revision_for_that_period()
    {
        var tasks = (await _client.QueryAsync("""
            { tasks(first: 200) { nodes { id departments { department { id } report(period: "2023-03") { id revision } } } } }
            """))["tasks"]!["nodes"]!;
        var shown = tasks.SelectMany(t => t["departments"]!.Where(d => d["report"]!.Type != JTokenType.Null)
            .Select(d => Id(d["report"]!))).Order().ToList();

        var expected = await SqlAsync("""
            SELECT r."Id" AS "Value" FROM "ProgressReports" r JOIN "ReportPeriods" p ON p."Id" = r."ReportPeriodId"
            JOIN "TaskDepartments" l ON l."WorkTaskId" = r."WorkTaskId" AND l."DepartmentId" = r."DepartmentId"
            WHERE p."Year" = 2023 AND p."Month" = 3 AND r."Revision" = (SELECT MAX(o."Revision") FROM "ProgressReports" o
              WHERE o."WorkTaskId" = r."WorkTaskId" AND o."DepartmentId" = r."DepartmentId" AND o."ReportPeriodId" = r."ReportPeriodId")
            """);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, shown);
    }

    [SkippableFact]
    public async Task A_period_that_is_not_one_is_refused_with_its_path()
    {
        var response = await _client.PostAsync("""{ tasks(where: { lastReportedPeriod: { gte: "2023-13" } }) { totalCount } }""");

        Assert.Null(response.Body["data"]);
        var error = Assert.Single(response.Errors!);
        Assert.Equal("ARGUMENTS_OF_CORRECT_TYPE", (string)error["extensions"]!["code"]!);
        Assert.Contains("lastReportedPeriod", (string)error["message"]!, StringComparison.Ordinal);
        Assert.Contains("YearMonth", (string)error["message"]!, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Documented_the_tasks_on_which_a_department_itself_is_delayed_in_a_town()
    {
        // The department with the most tasks concerning 金庭镇 on which it is itself DELAYED: the answer is not empty.
        var ranked = $"""
            SELECT x."WorkTaskId", x."DepartmentId" FROM ({Ranked("r.\"WorkTaskId\", r.\"DepartmentId\"")}) x
            JOIN "TaskDepartments" l ON l."WorkTaskId" = x."WorkTaskId" AND l."DepartmentId" = x."DepartmentId"
            WHERE x."Rank" = 1 AND x."Status" = 'Delayed' AND x."WorkTaskId" IN {ConcernsJinting}
            """;
        var department = (await SqlRowsAsync($"""
            SELECT d."Name" FROM ({ranked}) y JOIN "Departments" d ON d."Id" = y."DepartmentId"
            GROUP BY d."Name" ORDER BY COUNT(*) DESC, d."Name" LIMIT 1
            """, r => r.GetString(0))).Single();

        var data = await OperationAsync("DelayedTasksOfDepartmentInTown", new { department, town = "金庭镇" });

        var expected = await SqlAsync($"""
            SELECT y."WorkTaskId" AS "Value" FROM ({ranked}) y JOIN "Departments" d ON d."Id" = y."DepartmentId" WHERE d."Name" = '{department}'
            """);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, data["tasks"]!["nodes"]!.Select(Id).Order());
        Assert.All(data["tasks"]!["nodes"]!, t => Assert.Equal("DELAYED", (string)Assert.Single(t["own"]!)["latestStatus"]!));
    }

    [SkippableFact]
    public async Task Documented_the_tasks_not_reported_since_a_period()
    {
        var data = await OperationAsync("TasksNotReportedSince", new { period = "2023-05" });

        var expected = await SqlAsync("""
            SELECT t."Id" AS "Value" FROM "WorkTasks" t WHERE NOT EXISTS (
              SELECT 1 FROM "ProgressReports" r JOIN "ReportPeriods" p ON p."Id" = r."ReportPeriodId"
              WHERE r."WorkTaskId" = t."Id" AND p."Year" * 100 + p."Month" >= 202305)
            """);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, data["silent"]!["nodes"]!.Select(Id).Order());
    }

    [SkippableFact]
    public async Task Documented_the_tasks_by_progress_page_by_page()
    {
        var ids = await AllPagesAsync("tasks", after => OperationAsync("TasksByProgress", new { after }));

        var expected = await SqlAsync($"""
            SELECT t."Id" AS "Value" FROM "WorkTasks" t
            LEFT JOIN ({Ranked("r.\"WorkTaskId\"")}) x ON x."WorkTaskId" = t."Id" AND x."Rank" = 1
            ORDER BY CASE WHEN x."ProgressPercent" IS NULL THEN 0 ELSE 1 END, x."ProgressPercent", t."Number", t."Id"
            """, sort: false);
        Assert.Equal(expected, ids);
    }

    [SkippableFact]
    public async Task Documented_the_tasks_concerning_a_town()
    {
        var data = await OperationAsync("TasksConcerningTown", new { town = "金庭镇" });

        var expected = await SqlAsync($"""SELECT "WorkTaskId" AS "Value" FROM {ConcernsJinting} x""");
        Assert.Equal(expected, data["tasks"]!["nodes"]!.Select(Id).Order());
        Assert.Equal(expected.Count, (int)data["districts"]!["nodes"]![0]!["concerning"]!["totalCount"]!);
    }

    [SkippableFact]
    public async Task Documented_a_department_s_own_standing()
    {
        var data = await OperationAsync("DepartmentStanding", new { department = "资规分局", period = "2023-03" });
        var shown = data["tasks"]!["nodes"]!.Select(t => (Task: Id(t), Own: Assert.Single(t["own"]!)))
            .Where(t => (string)t.Own["latestStatus"]! != "NOT_REPORTED")
            .Select(t => (t.Task, Status: (string)t.Own["latestStatus"]!, Percent: (int)t.Own["latestProgressPercent"]!)).Order().ToList();

        var expected = await SqlRowsAsync($"""
            SELECT x."WorkTaskId", x."Status", x."ProgressPercent" FROM ({Ranked("r.\"WorkTaskId\", r.\"DepartmentId\"")}) x
            WHERE x."Rank" = 1 AND x."DepartmentId" IN ({DepartmentNamed})
            """, r => (Task: r.GetInt32(0), Status: Constant(r.GetString(1)), Percent: r.GetInt32(2)));
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Order(), shown);
    }

    /// <summary>Each task with the key of the last month reported on it, 0 for none.</summary>
    private const string LastReported = """
        SELECT t."Id" AS "TaskId", COALESCE(MAX(p."Year" * 100 + p."Month"), 0) AS "Month" FROM "WorkTasks" t
        LEFT JOIN "ProgressReports" r ON r."WorkTaskId" = t."Id" LEFT JOIN "ReportPeriods" p ON p."Id" = r."ReportPeriodId"
        GROUP BY t."Id"
        """;

    /// <summary>The demo data is seen on 10 July 2023: June's reports were due on the 25th, July's are not yet.</summary>
    private const int DueMonth = 202306;

    [SkippableFact]
    public async Task Departments_ranked_by_their_overdue_tasks_page_by_page()
    {
        var ids = await AllPagesAsync("departments", after => _client.QueryAsync("""
            query($after: String) {
              departments(first: 4, after: $after, where: { tasks: { aggregates: { overdueCount: { gt: 0 } } } },
                          order: [{ tasks: { overdueCount: DESC } }]) { nodes { id } pageInfo { hasNextPage endCursor } }
            }
            """, new { after }));

        var expected = await SqlAsync($"""
            SELECT l."DepartmentId" AS "Value" FROM "TaskDepartments" l JOIN ({LastReported}) x ON x."TaskId" = l."WorkTaskId"
            GROUP BY l."DepartmentId" HAVING SUM(CASE WHEN x."Month" < {DueMonth} THEN 1 ELSE 0 END) > 0
            ORDER BY SUM(CASE WHEN x."Month" < {DueMonth} THEN 1 ELSE 0 END) DESC, l."DepartmentId"
            """, sort: false);
        Assert.True(expected.Count > 4, "more than one page");
        Assert.Equal(expected, ids);
    }

    [SkippableFact]
    public async Task Documented_departments_by_overdue_tasks_and_leaders_with_a_delayed_task()
    {
        var data = await OperationAsync("DepartmentsByOverdueTasks", new { after = (string?)null });

        var departments = await SqlRowsAsync($"""
            SELECT d."Name", SUM(CASE WHEN x."Month" < {DueMonth} THEN 1 ELSE 0 END) FROM "Departments" d
            JOIN "TaskDepartments" l ON l."DepartmentId" = d."Id" JOIN ({LastReported}) x ON x."TaskId" = l."WorkTaskId"
            GROUP BY d."Id", d."Name" HAVING SUM(CASE WHEN x."Month" < {DueMonth} THEN 1 ELSE 0 END) > 0
            ORDER BY 2 DESC, (SELECT COUNT(*) FROM "TaskDepartments" k JOIN ({Ranked("r.\"WorkTaskId\"")}) y ON y."WorkTaskId" = k."WorkTaskId" AND y."Rank" = 1
                              WHERE k."DepartmentId" = d."Id" AND k."IsLead" = TRUE AND y."Status" = 'Delayed') DESC, d."Id"
            LIMIT 10
            """, r => (r.GetString(0), (int)r.GetInt64(1)));
        var leaders = await SqlRowsAsync($"""
            SELECT DISTINCT x."Name" FROM "Leaders" x JOIN "TaskLeaders" l ON l."LeaderId" = x."Id"
            JOIN ({Ranked("r.\"WorkTaskId\"")}) y ON y."WorkTaskId" = l."WorkTaskId" AND y."Rank" = 1 WHERE y."Status" = 'Delayed'
            """, r => r.GetString(0));

        Assert.Equal(departments, data["departments"]!["nodes"]!.Select(d => ((string)d["name"]!, (int)d["tasks"]!["aggregates"]!["overdueCount"]!)));
        Assert.NotEmpty(leaders);
        Assert.Equal(leaders.Order(), data["leaders"]!["nodes"]!.Select(l => (string)l["name"]!).Order());
    }

    [SkippableFact]
    public async Task Leaders_with_any_delayed_task_and_departments_by_the_tasks_they_lead()
    {
        var data = await _client.QueryAsync("""
            { leaders(where: { tasks: { aggregates: { delayedCount: { gt: 0 } } } }) { nodes { id } }
              departments(first: 100, order: [{ leadTasks: { count: DESC } }]) { nodes { id } } }
            """);

        var delayed = await SqlAsync($"""
            SELECT DISTINCT l."LeaderId" AS "Value" FROM "TaskLeaders" l
            JOIN ({Ranked("r.\"WorkTaskId\"")}) x ON x."WorkTaskId" = l."WorkTaskId" AND x."Rank" = 1 WHERE x."Status" = 'Delayed'
            """);
        var byLed = await SqlAsync("""
            SELECT d."Id" AS "Value" FROM "Departments" d LEFT JOIN "TaskDepartments" l ON l."DepartmentId" = d."Id" AND l."IsLead" = TRUE
            GROUP BY d."Id" ORDER BY COUNT(l."WorkTaskId") DESC, d."Id"
            """, sort: false);
        Assert.NotEmpty(delayed);
        Assert.Equal(delayed, data["leaders"]!["nodes"]!.Select(Id).Order());
        Assert.Equal(byLed, data["departments"]!["nodes"]!.Select(Id));
    }

    [SkippableFact]
    public async Task Ranking_parents_by_their_tasks_is_one_statement_with_the_page()
    {
        _data.Factory.Sql.Reset();
        await _client.QueryAsync("""
            { districts(first: 5, where: { tasks: { aggregates: { averageProgress: { gte: 10 } } } },
                        order: [{ tasks: { overdueCount: DESC } }, { tasks: { averageProgress: ASC } }]) { nodes { name } } }
            """);

        Assert.Single(_data.Factory.Sql.Commands);
    }

    [SkippableFact]
    public async Task Aggregates_of_progress_reports_by_department_and_quarter()
    {
        var data = (await _client.QueryAsync("""
            { progressReports {
                aggregates { count lateCount minProgress maxProgress averageProgress distinctTasks distinctDepartments }
                groupedAggregates(groupBy: [DEPARTMENT, QUARTER], having: { count: { gte: 10 } }, order: [{ lateCount: DESC }]) {
                  keys { department { id } year quarter } aggregates { count lateCount } } } }
            """))["progressReports"]!;

        var totals = (await SqlRowsAsync("""
            SELECT COUNT(*), SUM(CASE WHEN r."IsLate" THEN 1 ELSE 0 END), MIN(r."ProgressPercent"), MAX(r."ProgressPercent"), AVG(CAST(r."ProgressPercent" AS REAL)),
                   COUNT(DISTINCT r."WorkTaskId"), COUNT(DISTINCT r."DepartmentId") FROM "ProgressReports" r
            """, r => (Count: (int)r.GetInt64(0), Late: (int)r.GetInt64(1), Min: r.GetInt32(2), Max: r.GetInt32(3), Average: r.GetDouble(4),
                Tasks: (int)r.GetInt64(5), Departments: (int)r.GetInt64(6)))).Single();
        var aggregates = data["aggregates"]!;
        Assert.Equal(totals with { Average = Math.Round(totals.Average, 9) }, (Count: (int)aggregates["count"]!, Late: (int)aggregates["lateCount"]!,
            Min: (int)aggregates["minProgress"]!, Max: (int)aggregates["maxProgress"]!, Average: Math.Round((double)aggregates["averageProgress"]!, 9),
            Tasks: (int)aggregates["distinctTasks"]!, Departments: (int)aggregates["distinctDepartments"]!));

        var groups = await SqlRowsAsync("""
            SELECT r."DepartmentId", p."Year", (p."Month" + 2) / 3, COUNT(*), SUM(CASE WHEN r."IsLate" THEN 1 ELSE 0 END)
            FROM "ProgressReports" r JOIN "ReportPeriods" p ON p."Id" = r."ReportPeriodId"
            GROUP BY r."DepartmentId", p."Year", (p."Month" + 2) / 3 HAVING COUNT(*) >= 10
            ORDER BY 5 DESC, 1, 2, 3
            """, r => (r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), (int)r.GetInt64(3), (int)r.GetInt64(4)));
        Assert.True(groups.Count > 5);
        Assert.Equal(groups, data["groupedAggregates"]!.Select(g => (Id(g["keys"]!["department"]!), (int)g["keys"]!["year"]!, (int)g["keys"]!["quarter"]!,
            (int)g["aggregates"]!["count"]!, (int)g["aggregates"]!["lateCount"]!)));
    }

    [SkippableFact]
    public async Task Aggregates_of_each_task_s_reports_are_one_statement_for_the_page()
    {
        _data.Factory.Sql.Reset();
        var tasks = (await _client.QueryAsync("{ tasks(first: 200) { nodes { id progressReports { aggregates { count distinctDepartments } } } } }"))["tasks"]!["nodes"]!;
        Assert.Equal(2, _data.Factory.Sql.Commands.Count);

        var expected = await SqlRowsAsync("""
            SELECT t."Id", COUNT(r."Id"), COUNT(DISTINCT r."DepartmentId") FROM "WorkTasks" t LEFT JOIN "ProgressReports" r ON r."WorkTaskId" = t."Id"
            GROUP BY t."Id" ORDER BY 1
            """, r => (r.GetInt32(0), (int)r.GetInt64(1), (int)r.GetInt64(2)));
        Assert.Equal(expected, tasks.Select(t => (Id(t), (int)t["progressReports"]!["aggregates"]!["count"]!,
            (int)t["progressReports"]!["aggregates"]!["distinctDepartments"]!)).OrderBy(t => t.Item1));
    }

    [SkippableFact]
    public async Task Targets_stand_against_their_goals_by_their_latest_value()
    {
        // Three targets with a goal are reported: one above it, one below it, one below and then (later) at it.
        List<(decimal Value, GoalComparison Comparison, decimal Latest)> reported;
        await using (var scope = _data.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WuzhongDbContext>();
            var goals = await db.Goals.AsNoTracking().Where(g => g.TargetId != null && g.Number == 1 && g.Value > 1).OrderBy(g => g.TargetId).Take(3).ToListAsync();
            var periods = await db.ReportPeriods.AsNoTracking().Where(p => p.Year == 2023 && p.Month <= 2).OrderBy(p => p.Month).ToListAsync();
            TargetReport Report(Goal goal, decimal value, ReportPeriod period) => new()
            {
                TargetId = goal.TargetId!.Value, DepartmentId = db.TargetDepartments.First(l => l.TargetId == goal.TargetId).DepartmentId,
                ReportPeriodId = period.Id, ActualValue = value, Summary = "test", SubmittedAt = _data.Factory.Clock.Now, Revision = 1,
            };
            db.TargetReports.AddRange(Report(goals[0], goals[0].Value + 1, periods[0]), Report(goals[1], goals[1].Value - 1, periods[0]),
                Report(goals[2], goals[2].Value - 1, periods[0]), Report(goals[2], goals[2].Value, periods[1]));
            await db.SaveChangesAsync();
            reported = [(goals[0].Value, goals[0].Comparison, goals[0].Value + 1), (goals[1].Value, goals[1].Comparison, goals[1].Value - 1),
                (goals[2].Value, goals[2].Comparison, goals[2].Value)];
        }

        var targets = (await OperationAsync("TargetsAgainstGoals", new { }))["targets"]!;

        // Met: above the goal always; at it unless the goal is to exceed it (OVER).
        var reached = 1 + (reported[2].Comparison == GoalComparison.Over ? 0 : 1);
        var share = reported.Average(r => (double)(r.Latest / r.Value));
        var aggregates = targets["aggregates"]!;
        Assert.Equal((targets["nodes"]!.Count(), 3, reached), ((int)aggregates["count"]!, (int)aggregates["reportedCount"]!, (int)aggregates["reachedCount"]!));
        Assert.Equal(share, (double)aggregates["averageShareReached"]!, 9);
        Assert.Equal(reached, targets["nodes"]!.SelectMany(t => t["goals"]!).Count(g => g["reached"]!.Type == JTokenType.Boolean && (bool)g["reached"]!));
    }

    [SkippableFact]
    public async Task Documented_the_reports_of_each_department_this_quarter()
    {
        var data = (await OperationAsync("ReportsThisQuarter", new { from = "2023-04", to = "2023-06" }))["progressReports"]!;

        var expected = await SqlRowsAsync("""
            SELECT d."Name", COUNT(*), AVG(CAST(r."ProgressPercent" AS REAL)) FROM "ProgressReports" r
            JOIN "ReportPeriods" p ON p."Id" = r."ReportPeriodId" JOIN "Departments" d ON d."Id" = r."DepartmentId"
            WHERE p."Year" = 2023 AND p."Month" BETWEEN 4 AND 6
            GROUP BY d."Id", d."Name" ORDER BY 2 DESC, d."Id" LIMIT 20
            """, r => (r.GetString(0), (int)r.GetInt64(1), Math.Round(r.GetDouble(2), 9)));
        Assert.Equal(expected, data["groupedAggregates"]!.Select(g => ((string)g["keys"]!["department"]!["name"]!, (int)g["aggregates"]!["count"]!,
            Math.Round((double)g["aggregates"]!["averageProgress"]!, 9))));
        Assert.Equal(20, expected.Count);
    }

    [SkippableFact]
    public async Task A_measure_that_filters_ranks_and_keys_parents_is_computed_once_in_a_grouped_pass()
    {
        const string Query = """
            query($after: String) { departments(first: 5, after: $after, where: { tasks: { aggregates: { count: { gt: 0 } } } },
                                                order: [{ tasks: { count: DESC } }]) { nodes { id } pageInfo { endCursor } } }
            """;
        _data.Factory.Sql.Reset();
        var first = (await _client.QueryAsync(Query))["departments"]!;
        var sql = Assert.Single(_data.Factory.Sql.Commands);
        var second = (await _client.QueryAsync(Query, new { after = (string)first["pageInfo"]!["endCursor"]! }))["departments"]!;
        var ranked = await SqlAsync("""
            SELECT d."Id" AS "Value" FROM "Departments" d JOIN "TaskDepartments" l ON l."DepartmentId" = d."Id"
            GROUP BY d."Id" ORDER BY COUNT(*) DESC, d."Id" LIMIT 10
            """, sort: false);

        // In WHERE, in ORDER BY and as the cursor's key, the count is one aggregate (a sum of ones per link) of one grouping, joined to the page.
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(sql, @"sum\(", System.Text.RegularExpressions.RegexOptions.IgnoreCase));
        Assert.Contains("GROUP BY", sql, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(ranked, first["nodes"]!.Concat(second["nodes"]!).Select(Id));
    }

    /// <summary>Runs a documented operation (docs/operations/{name}.graphql) as a dashboard sends it.</summary>
    private async Task<JToken> OperationAsync(string name, object variables) =>
        await _client.QueryAsync(await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Path, "docs", "operations", name + ".graphql")), variables);

    private async Task<List<int>> TaskIdsAsync(string query, bool sort = true)
    {
        var ids = (await _client.QueryAsync(query))["tasks"]!["nodes"]!.Select(Id).ToList();
        return sort ? ids.Order().ToList() : ids;
    }

    private async Task<List<int>> SqlAsync(string sql, bool sort = true)
    {
        var values = await DirectSql.ValuesAsync(_data.Factory, sql);
        return sort ? values.Order().ToList() : values;
    }

    private Task<List<T>> SqlRowsAsync<T>(string sql, Func<System.Data.Common.DbDataReader, T> read) => DirectSql.RowsAsync(_data.Factory, sql, read);

    /// <summary>The ids of every node of a connection, page after page, following the cursors (the query takes $after).</summary>
    private static async Task<List<int>> AllPagesAsync(string connection, Func<string?, Task<JToken>> page)
    {
        var ids = new List<int>();
        string? after = null;
        do
        {
            var answer = (await page(after))[connection]!;
            ids.AddRange(answer["nodes"]!.Select(Id));
            after = (bool)answer["pageInfo"]!["hasNextPage"]! ? (string)answer["pageInfo"]!["endCursor"]! : null;
        }
        while (after is not null);
        return ids;
    }

    /// <summary>The stored name of a status (AtRisk) as GraphQL writes it (AT_RISK).</summary>
    private static string Constant(string stored) =>
        string.Concat(stored.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : c.ToString())).ToUpperInvariant();

    private static int Id(JToken node) =>
        int.Parse(System.Text.Encoding.UTF8.GetString(Convert.FromBase64String((string)node["id"]!)).Split(':')[1], System.Globalization.CultureInfo.InvariantCulture);
}
