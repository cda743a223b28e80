using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using Wuzhong.Api.Auth;
using Wuzhong.Api.Tests.Support;
using Wuzhong.Infrastructure.Import;
using Wuzhong.Infrastructure.Tests.Databases;

namespace Wuzhong.Api.Tests.Plans;

public sealed class SqliteTwoIssuers : TwoIssuersFixture<WuzhongApiFactory>;

public sealed class PostgreSqlTwoIssuers : TwoIssuersFixture<PostgreSqlApiFactory>;

/// <summary>Wuzhong's 2023 plan and a neighbouring district's, whose departments share Wuzhong's names and have no reference data.</summary>
public abstract class TwoIssuersFixture<TFactory> : IAsyncLifetime where TFactory : WuzhongApiFactory, new()
{
    public const string Wujiang = "苏州市吴江区人民政府";

    public const string WujiangPlan = """
        苏州市吴江区人民政府文件
        吴江政发〔2023〕5号
        苏州市吴江区人民政府2023年重点工作任务分解方案
        序号	名称	工作任务	主要责任部门	主要责任板块	分管区领导
        一、经济社会发展主要预期目标
        1	地区生产总值	地区生产总值增长 5%左右	★发改委	——	王 明
        二、工作任务分解
        (一) 推进产业升级
        1	做强先进制造业	(1) 推进丝绸纺织产业转型升级。	★工信局、人社局	盛泽镇、松陵街道	王 明
        		(2) 做好稳岗就业工作。	★人社局、税务局	——	李华
        """;

    public TFactory Factory { get; } = new();

    public async Task InitializeAsync()
    {
        if (Factory.Provider == TestProvider.PostgreSql && PostgresServer.UnavailableReason is not null)
        {
            return;
        }
        Factory.Clock.Now = new DateTimeOffset(2023, 3, 20, 10, 0, 0, TimeSpan.FromHours(8));
        await using var scope = Factory.Services.CreateAsyncScope();
        Report = await scope.ServiceProvider.GetRequiredService<PlanImporter>().ImportAsync(WujiangPlan.Replace("\r\n", "\n"));
    }

    public ImportReport Report { get; private set; } = null!;

    /// <summary>A token of the other district's reporter.</summary>
    public string WujiangToken(string department) =>
        Factory.Services.GetRequiredService<TokenIssuer>().Issue("test-wujiang", "reporter", [department], TimeSpan.FromHours(1), Wujiang);

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}

public sealed class TwoIssuersTestsOnSqlite(SqliteTwoIssuers data) : TwoIssuersTests<SqliteTwoIssuers, WuzhongApiFactory>(data);

public sealed class TwoIssuersTestsOnPostgreSql(PostgreSqlTwoIssuers data) : TwoIssuersTests<PostgreSqlTwoIssuers, PostgreSqlApiFactory>(data);

/// <summary>Two issuers' plans in one database: each keeps its own departments, and everything can be narrowed to one.</summary>
public abstract class TwoIssuersTests<TData, TFactory> : IClassFixture<TData>
    where TData : TwoIssuersFixture<TFactory>
    where TFactory : WuzhongApiFactory, new()
{
    private readonly TData _data;
    private readonly GraphQLClient _anonymous;

    protected TwoIssuersTests(TData data)
    {
        TestDatabase.SkipIfUnavailable(data.Factory.Provider);
        _data = data;
        _anonymous = new GraphQLClient(data.Factory.CreateClient());
    }

    private async Task<string> WujiangTaskAsync(int number) => (string)(await _anonymous.QueryAsync(
        $"{{ tasks(where: {{ plan: {{ issuedBy: {{ name: {{ eq: \"{TwoIssuersFixture<TFactory>.Wujiang}\" }} }} }}, number: {{ eq: {number} }} }}) {{ nodes {{ id }} }} }}"))
        ["tasks"]!["nodes"]![0]!["id"]!;

    [SkippableFact]
    public async Task Each_issuer_keeps_its_own_departments_under_the_same_names()
    {
        var data = await _anonymous.QueryAsync("""
            { issuers { nodes { name plans { nodes { code } } } }
              departments(where: { name: { eq: "人社局" } }) { nodes { name issuer { name } tasks { totalCount } } } }
            """);

        Assert.Equal(["苏州市吴中区人民政府 吴政发〔2023〕2号", "苏州市吴江区人民政府 吴江政发〔2023〕5号"],
            data["issuers"]!["nodes"]!.Select(i => $"{i["name"]} {string.Join(",", i["plans"]!["nodes"]!.Select(p => (string)p["code"]!))}").Order());
        var departments = data["departments"]!["nodes"]!.Select(d => $"{d["issuer"]!["name"]} {d["tasks"]!["totalCount"]}").Order().ToList();
        Assert.Equal(2, departments.Count);
        Assert.StartsWith("苏州市吴中区人民政府 ", departments[0]);
        Assert.Equal("苏州市吴江区人民政府 2", departments[1]);
    }

    [SkippableFact]
    public async Task Tasks_and_departments_narrow_to_one_issuer_and_the_Wuzhong_plan_stays_as_it_was()
    {
        var data = await _anonymous.QueryAsync("""
            { wujiang: tasks(where: { plan: { issuedBy: { name: { eq: "苏州市吴江区人民政府" } } } }) { totalCount nodes { number districts { name } leaders { name } } }
              wuzhong: tasks(where: { plan: { issuedBy: { name: { eq: "苏州市吴中区人民政府" } } } }) { totalCount }
              wujiangDepartments: departments(where: { issuer: { name: { eq: "苏州市吴江区人民政府" } } }) { totalCount } }
            """);

        Assert.Equal(108, (int)data["wuzhong"]!["totalCount"]!);
        Assert.Equal(2, (int)data["wujiang"]!["totalCount"]!);
        Assert.Equal(["盛泽镇", "松陵街道"], data["wujiang"]!["nodes"]![0]!["districts"]!.Select(d => (string)d["name"]!));
        Assert.Equal(["王明"], data["wujiang"]!["nodes"]![0]!["leaders"]!.Select(d => (string)d["name"]!)); // printed 王 明
        Assert.Equal(4, (int)data["wujiangDepartments"]!["totalCount"]!); // 发改委 工信局 人社局 税务局
        Assert.Contains(_data.Report.NewNames, n => n is { Kind: "district", Name: "盛泽镇" });
        Assert.Empty(_data.Report.UnknownNames);
    }

    [SkippableFact]
    public async Task A_reporter_reports_only_for_its_own_governments_department_of_that_name()
    {
        var task = await WujiangTaskAsync(2);
        const string Submit = "mutation($input: SubmitProgressReportInput!) { submitProgressReport(input: $input) { progressReport { department { name issuer { name } } } errors { code } } }";
        var input = new { input = new { taskId = task, period = "2023-03", status = "ON_TRACK", progressPercent = 30, summary = "稳岗就业推进中" } };

        var wuzhong = await new GraphQLClient(_data.Factory.CreateClient(), _data.Factory.Token("reporter", "人社局")).QueryAsync(Submit, input);
        var wujiang = await new GraphQLClient(_data.Factory.CreateClient(), _data.WujiangToken("人社局")).QueryAsync(Submit, input);

        Assert.Equal(["NOT_RESPONSIBLE"], wuzhong["submitProgressReport"]!["errors"]!.Select(e => (string)e["code"]!));
        Assert.Empty(wujiang["submitProgressReport"]!["errors"]!);
        Assert.Equal(TwoIssuersFixture<TFactory>.Wujiang, (string)wujiang["submitProgressReport"]!["progressReport"]!["department"]!["issuer"]!["name"]!);
    }
}
