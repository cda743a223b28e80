using Newtonsoft.Json.Linq;
using Wuzhong.Api.Tests.Support;
using Wuzhong.Infrastructure.Tests.Databases;

namespace Wuzhong.Api.Tests.Reporting;

public sealed class ReportsWithinTheirPlanTestsOnSqlite(SqliteTwoPlanYears data) : ReportsWithinTheirPlanTests<SqliteTwoPlanYears, WuzhongApiFactory>(data);

public sealed class ReportsWithinTheirPlanTestsOnPostgreSql(PostgreSqlTwoPlanYears data)
    : ReportsWithinTheirPlanTests<PostgreSqlTwoPlanYears, PostgreSqlApiFactory>(data);

/// <summary>
/// With the plans of 2023 and 2024 in one database (as a real one holds after a year), a report is taken only for a
/// period of its task's or target's own plan year: the 2024 periods exist and are open, but a 2023 task reported
/// COMPLETED for 2024-02 would leave 2023's overdue lists for good.
/// </summary>
public abstract class ReportsWithinTheirPlanTests<TData, TFactory> : IClassFixture<TData>
    where TData : TwoPlanYearsFixture<TFactory>
    where TFactory : WuzhongApiFactory, new()
{
    private readonly TData _data;

    protected ReportsWithinTheirPlanTests(TData data)
    {
        TestDatabase.SkipIfUnavailable(data.Factory.Provider);
        _data = data;
    }

    private const string SubmitTarget = """
        mutation($input: SubmitTargetReportInput!) { submitTargetReport(input: $input) { targetReport { id } errors { code path } } }
        """;

    private async Task<JToken> TaskAsync(int number) => (await new GraphQLClient(_data.Factory.CreateClient()).QueryAsync(
        $"{{ tasks(where: {{ plan: {{ year: {{ eq: 2023 }} }}, number: {{ eq: {number} }}, section: {{ ordinal: {{ eq: 5 }} }} }}) {{ nodes {{ id latestStatus lastReportedPeriod reports: progressReports {{ totalCount }} }} }} }}"))
        ["tasks"]!["nodes"]![0]!;

    [SkippableFact]
    public async Task A_2023_task_reported_for_a_2024_period_is_refused_on_the_period_and_nothing_is_written()
    {
        var before = await TaskAsync(44);
        var reporter = new GraphQLClient(_data.Factory.CreateClient(), _data.Factory.Token("reporter", "资规分局"));

        var answer = await reporter.QueryAsync(ReportingRequests.Submit,
            new { input = new { taskId = (string)before["id"]!, period = "2024-02", status = "COMPLETED", progressPercent = 100, summary = "已完成" } });

        var payload = answer["submitProgressReport"]!;
        Assert.Equal(JValue.CreateNull(), payload["progressReport"]);
        Assert.Equal("PERIOD_NOT_IN_PLAN", (string)payload["errors"]![0]!["code"]!);
        Assert.Contains("2023", (string)payload["errors"]![0]!["message"]!, StringComparison.Ordinal);
        Assert.Equal(before.ToString(), (await TaskAsync(44)).ToString());
    }

    [SkippableFact]
    public async Task A_2023_target_reported_for_a_2024_period_is_refused_on_the_period()
    {
        var target = (await new GraphQLClient(_data.Factory.CreateClient()).QueryAsync(
            "{ targets(where: { plan: { year: { eq: 2023 } }, number: { eq: 1 } }) { nodes { id departments { department { id } } } } }"))["targets"]!["nodes"]![0]!;
        var supervisor = new GraphQLClient(_data.Factory.CreateClient(), _data.Factory.Token("supervisor"));
        var input = new { targetId = (string)target["id"]!, departmentId = (string)target["departments"]![0]!["department"]!["id"]!, actualValue = 5.2m, summary = "一季度" };

        var refused = await supervisor.QueryAsync(SubmitTarget, new { input = new { input.targetId, input.departmentId, period = "2024-01", input.actualValue, input.summary } });

        Assert.Equal("""[{"code":"PERIOD_NOT_IN_PLAN","path":["input","period"]}]""",
            refused["submitTargetReport"]!["errors"]!.ToString(Newtonsoft.Json.Formatting.None));
    }
}
