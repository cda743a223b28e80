using Wuzhong.Api.Tests.Support;
using Wuzhong.Infrastructure.Tests.Databases;

namespace Wuzhong.Api.Tests.Analytics;

public sealed class TimeDimensionTestsOnSqlite(SqliteTwoPlanYears data) : TimeDimensionTests<SqliteTwoPlanYears, WuzhongApiFactory>(data);

public sealed class TimeDimensionTestsOnPostgreSql(PostgreSqlTwoPlanYears data) : TimeDimensionTests<PostgreSqlTwoPlanYears, PostgreSqlApiFactory>(data);

/// <summary>Quarters, halves and years, and ranges of periods, over two plans of different years; checked against hand-written SQL.</summary>
public abstract class TimeDimensionTests<TData, TFactory> : IClassFixture<TData>
    where TData : TwoPlanYearsFixture<TFactory>
    where TFactory : WuzhongApiFactory, new()
{
    private readonly TData _data;
    private readonly GraphQLClient _client;

    protected TimeDimensionTests(TData data)
    {
        TestDatabase.SkipIfUnavailable(data.Factory.Provider);
        _data = data;
        _client = new(data.Factory.CreateClient());
    }

    /// <summary>Reports counted once per task, department and period (revisions are one), with the period's key.</summary>
    private const string Facts = """
        SELECT DISTINCT r."WorkTaskId", r."DepartmentId", p."Year" * 100 + p."Month" AS "Month", p."Year"
        FROM "ProgressReports" r JOIN "ReportPeriods" p ON p."Id" = r."ReportPeriodId"
        """;

    [SkippableFact]
    public async Task Years_group_the_plans_of_different_years_apart()
    {
        var groups = (await _client.QueryAsync("{ tasks { groupedAggregates(groupBy: [YEAR]) { keys { year period { label } } aggregates { count reportCount } } } }"))
            ["tasks"]!["groupedAggregates"]!;

        var tasks = await RowsAsync("""SELECT p."Year", COUNT(*) FROM "WorkTasks" t JOIN "Plans" p ON p."Id" = t."PlanId" GROUP BY p."Year" ORDER BY 1""",
            r => (Year: r.GetInt32(0), Count: (int)r.GetInt64(1)));
        var facts = await RowsAsync($"""SELECT f."Year", COUNT(*) FROM ({Facts}) f GROUP BY f."Year" ORDER BY 1""", r => (Year: r.GetInt32(0), Count: (int)r.GetInt64(1)));

        Assert.Equal([2023, 2024], tasks.Select(t => t.Year));
        Assert.Equal(tasks.Select(t => (t.Year, t.Count, facts.Single(f => f.Year == t.Year).Count)),
            groups.Select(g => ((int)g["keys"]!["year"]!, (int)g["aggregates"]!["count"]!, (int)g["aggregates"]!["reportCount"]!)));
        Assert.Equal(["2023-12", "2024-12"], groups.Select(g => (string)g["keys"]!["period"]!["label"]!));
    }

    [SkippableFact]
    public async Task Quarters_count_the_reports_known_by_their_end_and_fill_the_gaps()
    {
        var groups = (await _client.QueryAsync("""
            { tasks(where: { plan: { year: { eq: 2023 } } }) { groupedAggregates(groupBy: [QUARTER]) { keys { year quarter } aggregates { count reportCount } } } }
            """))["tasks"]!["groupedAggregates"]!;

        var expected = new List<(int, int, int)>();
        foreach (var quarter in new[] { 1, 2, 3, 4 })
        {
            var count = (await RowsAsync($"""SELECT COUNT(*) FROM ({Facts}) f WHERE f."Year" = 2023 AND f."Month" <= {202300 + quarter * 3}""",
                r => (int)r.GetInt64(0))).Single();
            expected.Add((2023, quarter, count));
        }
        Assert.Equal(expected, groups.Select(g => ((int)g["keys"]!["year"]!, (int)g["keys"]!["quarter"]!, (int)g["aggregates"]!["reportCount"]!)));
        Assert.All(groups, g => Assert.Equal(108, (int)g["aggregates"]!["count"]!));
    }

    [SkippableFact]
    public async Task A_range_counts_the_reports_of_its_periods_only()
    {
        var data = await _client.QueryAsync("""
            { tasks {
                range: aggregates(from: "2023-03", to: "2023-05") { reportCount }
                halves: groupedAggregates(groupBy: [HALF_YEAR], from: "2023-05", to: "2024-02") { keys { year halfYear } aggregates { reportCount } } } }
            """);

        var inRange = (await RowsAsync($"""SELECT COUNT(*) FROM ({Facts}) f WHERE f."Month" BETWEEN 202303 AND 202305""", r => (int)r.GetInt64(0))).Single();
        Assert.Equal(inRange, (int)data["tasks"]!["range"]!["reportCount"]!);

        // The halves that overlap May 2023 – February 2024, each of its plan's year (a plan's tasks are reported in its
        // year's periods), counting from May to the half's end, or to February.
        var halves = data["tasks"]!["halves"]!.Select(g => ((int)g["keys"]!["year"]!, (int)g["keys"]!["halfYear"]!, (int)g["aggregates"]!["reportCount"]!)).ToList();
        async Task<int> Between(int year, int from, int to) =>
            (await RowsAsync($"""SELECT COUNT(*) FROM ({Facts}) f WHERE f."Year" = {year} AND f."Month" BETWEEN {from} AND {to}""", r => (int)r.GetInt64(0))).Single();
        Assert.Equal([(2023, 1, await Between(2023, 202305, 202306)), (2023, 2, await Between(2023, 202305, 202312)), (2024, 1, await Between(2024, 202305, 202402))],
            halves);
        Assert.True(halves[2].Item3 > 0);
    }

    [SkippableFact]
    public async Task Compliance_over_a_range_counts_each_period_of_each_task_s_plan_year()
    {
        var rows = (await _client.QueryAsync("""
            { reportingCompliance(from: "2023-05", to: "2024-02", by: PERIOD) { period { label } expected onTime late missing } }
            """))["reportingCompliance"]!;

        // Expected: one report per responsible department of each task (collective entries are ranked apart), in each
        // period of its plan's year in the range.
        var expected = await RowsAsync("""
            SELECT p."Year" * 100 + p."Month", COUNT(*),
                   SUM(CASE WHEN EXISTS (SELECT 1 FROM "ProgressReports" r WHERE r."WorkTaskId" = l."WorkTaskId" AND r."DepartmentId" = l."DepartmentId"
                                            AND r."ReportPeriodId" = p."Id" AND r."Revision" = 1 AND r."IsLate" = FALSE) THEN 1 ELSE 0 END),
                   SUM(CASE WHEN EXISTS (SELECT 1 FROM "ProgressReports" r WHERE r."WorkTaskId" = l."WorkTaskId" AND r."DepartmentId" = l."DepartmentId"
                                            AND r."ReportPeriodId" = p."Id" AND r."Revision" = 1 AND r."IsLate" = TRUE) THEN 1 ELSE 0 END)
            FROM "TaskDepartments" l JOIN "WorkTasks" t ON t."Id" = l."WorkTaskId" JOIN "Plans" pl ON pl."Id" = t."PlanId"
            JOIN "ReportPeriods" p ON p."Year" = pl."Year" JOIN "Departments" d ON d."Id" = l."DepartmentId"
            WHERE p."Year" * 100 + p."Month" BETWEEN 202305 AND 202402 AND d."Kind" <> 'Collective'
            GROUP BY p."Year" * 100 + p."Month" ORDER BY 1
            """, r => ($"{r.GetInt32(0) / 100}-{r.GetInt32(0) % 100:D2}", (int)r.GetInt64(1), (int)r.GetInt64(2), (int)r.GetInt64(3)));

        Assert.Equal(10, expected.Count);
        Assert.Equal(expected, rows.Select(r => ((string)r["period"]!["label"]!, (int)r["expected"]!, (int)r["onTime"]!, (int)r["late"]!)).OrderBy(r => r.Item1));
        Assert.All(rows, r => Assert.Equal((int)r["expected"]! - (int)r["onTime"]! - (int)r["late"]!, (int)r["missing"]!));
    }

    [SkippableFact]
    public async Task A_range_that_ends_before_it_starts_and_two_time_dimensions_are_refused()
    {
        var response = await _client.PostAsync("""
            { tasks { aggregates(from: "2023-06", to: "2023-03") { count } groupedAggregates(groupBy: [QUARTER, YEAR]) { aggregates { count } } } }
            """);

        var messages = response.Errors!.Select(e => (Code: (string)e["extensions"]!["code"]!, Message: (string)e["message"]!)).ToList();
        Assert.Contains(messages, m => m.Code == "INVALID_AGGREGATION" && m.Message.StartsWith("aggregates.from:", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Code == "INVALID_AGGREGATION" && m.Message.Contains("one time dimension", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task Documented_year_against_year()
    {
        var query = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Path, "docs", "operations", "YearAgainstYear.graphql"));
        var data = await _client.QueryAsync(query, new { from = "2023-05", to = "2024-02" });

        var years = await RowsAsync($"""
            SELECT pl."Year", COUNT(DISTINCT t."Id"), (SELECT COUNT(*) FROM ({Facts}) f WHERE f."Year" = pl."Year")
            FROM "WorkTasks" t JOIN "Plans" pl ON pl."Id" = t."PlanId" GROUP BY pl."Year" ORDER BY 1
            """, r => (r.GetInt32(0), (int)r.GetInt64(1), (int)r.GetInt64(2)));
        Assert.Equal(years, data["tasks"]!["byYear"]!.Select(g => ((int)g["keys"]!["year"]!, (int)g["aggregates"]!["count"]!, (int)g["aggregates"]!["reportCount"]!)));
        // May–December 2023 (three quarters reached) and January–February 2024 (one).
        Assert.Equal([(2023, 2), (2023, 3), (2023, 4), (2024, 1)], data["tasks"]!["byQuarter"]!.Select(g => ((int)g["keys"]!["year"]!, (int)g["keys"]!["quarter"]!)));
        Assert.Equal(10, data["reportingCompliance"]!.Count());
    }

    private Task<List<T>> RowsAsync<T>(string sql, Func<System.Data.Common.DbDataReader, T> read) => DirectSql.RowsAsync(_data.Factory, sql, read);
}
