using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using Wuzhong.Api.Tests.Support;
using Wuzhong.Infrastructure.Reporting;
using Wuzhong.Infrastructure.Tests.Databases;

namespace Wuzhong.Api.Tests.Reporting;

public sealed class SqliteReportsThroughMay : ReportsThroughMayFixture<WuzhongApiFactory>;

public sealed class PostgreSqlReportsThroughMay : ReportsThroughMayFixture<PostgreSqlApiFactory>;

/// <summary>The 2023 plan with demo reports of January to May, and none yet for June.</summary>
public abstract class ReportsThroughMayFixture<TFactory> : IAsyncLifetime where TFactory : WuzhongApiFactory, new()
{
    public TFactory Factory { get; } = new();

    public async Task InitializeAsync()
    {
        if (Factory.Provider == TestProvider.PostgreSql && PostgresServer.UnavailableReason is not null)
        {
            return;
        }
        Factory.Clock.Now = new DateTimeOffset(2023, 6, 20, 10, 0, 0, TimeSpan.FromHours(8));
        await using var scope = Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoReportSeeder>().SeedAsync(2023, 5, seed: 11, CancellationToken.None);
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}

public sealed class SupervisionMonthTestsOnSqlite(SqliteReportsThroughMay data) : SupervisionMonthTests<SqliteReportsThroughMay, WuzhongApiFactory>(data);

public sealed class SupervisionMonthTestsOnPostgreSql(PostgreSqlReportsThroughMay data)
    : SupervisionMonthTests<PostgreSqlReportsThroughMay, PostgreSqlApiFactory>(data);

/// <summary>
/// The supervision office's month (issue 26): before the 25th, June's reports are pending, not missing, and the tasks
/// not reported for June are not overdue; after it they are. The compliance table, the aggregates and isOverdue agree.
/// </summary>
public abstract class SupervisionMonthTests<TData, TFactory> : IClassFixture<TData>
    where TData : ReportsThroughMayFixture<TFactory>
    where TFactory : WuzhongApiFactory, new()
{
    private readonly TData _data;

    protected SupervisionMonthTests(TData data)
    {
        TestDatabase.SkipIfUnavailable(data.Factory.Provider);
        _data = data;
    }

    /// <summary>The month's figures, asked with a document of its own for each moment (answers are cached until midnight).</summary>
    private async Task<(int Expected, int Pending, int Missing, int OverdueAsOfJune, int IsOverdue)> FiguresAsync(DateTimeOffset now, string moment)
    {
        _data.Factory.Clock.Now = now;
        var data = await new GraphQLClient(_data.Factory.CreateClient()).QueryAsync($$"""
            query {{moment}} {
              compliance: reportingCompliance(period: "2023-06") { expected pending missing onTime late dueDate asOf }
              june: tasks { aggregates(asOf: "2023-06") { overdueCount } }
              overdue: tasks(where: { isOverdue: { eq: true } }) { totalCount }
            }
            """);
        var rows = data["compliance"]!.ToList();
        Assert.All(rows, r => Assert.Equal(("2023-06-25", now), ((string)r["dueDate"]!, DateTimeOffset.Parse((string)r["asOf"]!, System.Globalization.CultureInfo.InvariantCulture))));
        return (rows.Sum(r => (int)r["expected"]!), rows.Sum(r => (int)r["pending"]!), rows.Sum(r => (int)r["missing"]!),
            (int)data["june"]!["aggregates"]!["overdueCount"]!, (int)data["overdue"]!["totalCount"]!);
    }

    [SkippableFact]
    public async Task Before_the_25th_the_months_reports_are_pending_and_after_it_missing()
    {
        var before = await FiguresAsync(new DateTimeOffset(2023, 6, 20, 10, 0, 0, TimeSpan.FromHours(8)), "OnThe20th");
        var onTheDay = await FiguresAsync(new DateTimeOffset(2023, 6, 25, 23, 0, 0, TimeSpan.FromHours(8)), "OnThe25th");
        var after = await FiguresAsync(new DateTimeOffset(2023, 6, 26, 9, 0, 0, TimeSpan.FromHours(8)), "OnThe26th");

        Assert.True(before.Expected > 100);
        Assert.Equal((before.Expected, 0), (before.Pending, before.Missing));
        Assert.Equal((onTheDay.Expected, 0), (onTheDay.Pending, onTheDay.Missing)); // due by the end of the 25th
        Assert.Equal((0, after.Expected), (after.Pending, after.Missing));
        // Overdue as of June is overdue now: May's unreported tasks on the 20th, every unreported task on the 26th.
        Assert.Equal(before.IsOverdue, before.OverdueAsOfJune);
        Assert.Equal(after.IsOverdue, after.OverdueAsOfJune);
        Assert.True(after.OverdueAsOfJune > before.OverdueAsOfJune);
    }
}
