using Microsoft.EntityFrameworkCore;
using Wuzhong.Domain.Access;
using Wuzhong.Domain.Reporting;
using Wuzhong.Infrastructure.Reporting;
using Wuzhong.Infrastructure.Tests.Databases;
using Codes = Wuzhong.Domain.Reporting.ReportingErrorCodes;

namespace Wuzhong.Infrastructure.Tests.Reporting;

public sealed class ReportingServiceTestsOnSqlite(SqliteReportingDatabase database) : ReportingServiceTests<SqliteReportingDatabase>(database);

public sealed class ReportingServiceTestsOnPostgreSql(PostgreSqlReportingDatabase database) : ReportingServiceTests<PostgreSqlReportingDatabase>(database);

/// <summary>Each rule with its code and nothing written; revisions, lateness, closing, targets, races.</summary>
public abstract class ReportingServiceTests<TDatabase> : IClassFixture<TDatabase> where TDatabase : ReportingDatabase
{
    private readonly TDatabase database;

    protected ReportingServiceTests(TDatabase database)
    {
        TestDatabase.SkipIfUnavailable(database.Provider);
        this.database = database;
    }

    private static SubmitProgressReport Report(int taskId, string period = "2023-03", int percent = 40, string summary = "按计划推进",
        TaskProgressStatus status = TaskProgressStatus.OnTrack, int? departmentId = null) =>
        new(taskId, departmentId, period, new ReportSubmission(status, percent, summary));

    private async Task<ReportingResult<ProgressReport>> SubmitAsync(Actor actor, SubmitProgressReport command)
    {
        await using var db = database.NewContext();
        return await database.NewService(db).SubmitProgressAsync(actor, command, CancellationToken.None);
    }

    private async Task<(int Reports, int Facts, int Progress)> CountsAsync()
    {
        await using var db = database.NewContext();
        return (await db.ProgressReports.CountAsync(), await db.ReportFacts.CountAsync(), await db.TaskProgress.CountAsync());
    }

    [SkippableFact]
    public async Task A_reporter_submits_for_a_task_of_its_department_and_the_projection_follows()
    {
        var task = await database.TaskIdAsync(5, 44);

        var result = await SubmitAsync(ReportingDatabase.Reporter("资规分局"), Report(task));

        Assert.Empty(result.Violations);
        Assert.Equal((1, false), (result.Value!.Revision, result.Value.IsLate));
        await using var db = database.NewContext();
        var progress = await db.TaskProgress.SingleAsync(p => p.WorkTaskId == task);
        Assert.Equal((TaskProgressStatus.OnTrack, 40, result.Value.Id), (progress.LatestStatus, progress.LatestPercent, progress.LatestReportId));
        Assert.Equal("accepted", (await db.AuditEntries.OrderBy(a => a.Id).LastAsync()).Outcome);
    }

    public static TheoryData<string, Func<ReportingDatabase, Task<SubmitProgressReport>>, string, string> Refusals => new()
    {
        { "not responsible", async d => Report(await d.TaskIdAsync(1, 2)), Codes.NotResponsible, "departmentId" },
        { "percent out of range", async d => Report(await d.TaskIdAsync(5, 44), percent: 101), Codes.OutOfRange, "progressPercent" },
        { "completed below 100", async d => Report(await d.TaskIdAsync(5, 44), percent: 90, status: TaskProgressStatus.Completed), Codes.CompletedNeeds100, "progressPercent" },
        { "empty summary", async d => Report(await d.TaskIdAsync(5, 44), summary: "  "), Codes.SummaryEmpty, "summary" },
        { "future period", async d => Report(await d.TaskIdAsync(5, 44), period: "2023-04"), Codes.PeriodNotOpen, "period" },
        { "unknown period", async d => Report(await d.TaskIdAsync(5, 44), period: "2031-01"), Codes.PeriodNotFound, "period" },
        { "malformed period", async d => Report(await d.TaskIdAsync(5, 44), period: "三月"), Codes.PeriodInvalid, "period" },
        { "unknown task", _ => Task.FromResult(Report(999_999)), Codes.TaskNotFound, "taskId" },
        { "another department", async d => Report(await d.TaskIdAsync(5, 44), departmentId: await d.DepartmentIdAsync("水务局")), Codes.NotYourDepartment, "departmentId" },
    };

    [SkippableTheory]
    [MemberData(nameof(Refusals))]
    public async Task A_broken_rule_gives_its_code_and_writes_nothing(string what, Func<ReportingDatabase, Task<SubmitProgressReport>> command, string code, string field)
    {
        var before = await CountsAsync();

        var result = await SubmitAsync(ReportingDatabase.Reporter("资规分局"), await command(database));

        Assert.True(result.Value is null, what);
        Assert.Contains(result.Violations, v => v.Code == code && v.Field == field);
        Assert.Equal(before, await CountsAsync());
    }

    [SkippableFact]
    public async Task A_summary_of_the_most_characters_allowed_is_kept_as_written_emoji_and_indent_included()
    {
        // 2,000 characters as a person counts them, 4,000 UTF-16 units: a column limit of 2,000 (SQL Server counts
        // units) refused it after the rule let it through.
        var summary = "\u3000\u3000" + string.Concat(Enumerable.Repeat("🏙", ReportingRules.DefaultMaxSummaryLength - 2));
        var task = await database.TaskIdAsync(5, 55);

        var result = await SubmitAsync(ReportingDatabase.Reporter("资规分局"), Report(task, summary: summary));

        Assert.Empty(result.Violations);
        await using var db = database.NewContext();
        Assert.Equal(summary, (await db.ProgressReports.SingleAsync(r => r.Id == result.Value!.Id)).Summary);
    }

    [SkippableFact]
    public async Task A_second_submission_is_a_new_revision_and_the_history_is_kept()
    {
        var task = await database.TaskIdAsync(5, 43);
        var reporter = ReportingDatabase.Reporter("水务局");

        var first = await SubmitAsync(reporter, Report(task, percent: 20));
        var second = await SubmitAsync(reporter, Report(task, percent: 30, summary: "更正：规划编制完成过半"));

        Assert.Equal((1, 2), (first.Value!.Revision, second.Value!.Revision));
        await using var db = database.NewContext();
        Assert.Equal(2, await db.ProgressReports.CountAsync(r => r.WorkTaskId == task));
        var fact = await db.ReportFacts.SingleAsync(f => f.WorkTaskId == task);
        Assert.Equal((30, 2, second.Value.Id), (fact.ProgressPercent, fact.Revisions, fact.LatestReportId));
    }

    [SkippableFact]
    public async Task A_report_after_the_due_date_is_accepted_and_marked_late()
    {
        var task = await database.TaskIdAsync(5, 49);
        var lateClock = new FakeClock(new DateTimeOffset(2023, 3, 26, 0, 0, 1, TimeSpan.FromHours(8)));
        await using var db = database.NewContext();
        var service = new ReportingService(db, TestData.Projection(db), new Auditing.AuditLog(db, lateClock), TestData.Changes(db),
            database.Calendar, new ReportingOptions(), lateClock);

        var result = await service.SubmitProgressAsync(ReportingDatabase.Reporter("水务局"), Report(task), CancellationToken.None);

        Assert.True(result.Value!.IsLate);
        Assert.True((await db.ReportFacts.SingleAsync(f => f.WorkTaskId == task)).SubmittedLate);
    }

    [SkippableFact]
    public async Task A_closed_period_takes_no_more_reports()
    {
        await using (var db = database.NewContext())
        {
            var closed = await database.NewService(db).ClosePeriodAsync(ReportingDatabase.Supervisor, "2023-01", CancellationToken.None);
            Assert.True(closed.Value!.IsClosed);
        }

        var result = await SubmitAsync(ReportingDatabase.Supervisor, Report(await database.TaskIdAsync(5, 44), period: "2023-01",
            departmentId: await database.DepartmentIdAsync("资规分局")));

        Assert.Equal(Codes.PeriodClosed, Assert.Single(result.Violations).Code);
    }

    [SkippableFact]
    public async Task A_supervisor_names_the_department_when_several_are_responsible()
    {
        var result = await SubmitAsync(ReportingDatabase.Supervisor, Report(await database.TaskIdAsync(5, 44)));

        Assert.Equal(Codes.DepartmentRequired, Assert.Single(result.Violations).Code);
    }

    [SkippableFact]
    public async Task A_target_takes_reports_of_its_actual_value_with_revisions()
    {
        await using var db = database.NewContext();
        var target = await db.Targets.Where(t => t.Number == 1).Select(t => t.Id).SingleAsync();
        var service = database.NewService(db);

        var first = await service.SubmitTargetAsync(ReportingDatabase.Reporter("发改委"), new SubmitTargetReport(target, null, "2023-03", 5.8m, "一季度增长 5.8%"), CancellationToken.None);
        var second = await service.SubmitTargetAsync(ReportingDatabase.Reporter("发改委"), new SubmitTargetReport(target, null, "2023-03", 6.1m, "修正数据"), CancellationToken.None);
        var refused = await service.SubmitTargetAsync(ReportingDatabase.Reporter("水务局"), new SubmitTargetReport(target, null, "2023-03", 1m, "x"), CancellationToken.None);

        Assert.Equal((1, 2, 6.1m), (first.Value!.Revision, second.Value!.Revision, second.Value.ActualValue));
        Assert.Equal(Codes.NotResponsible, Assert.Single(refused.Violations).Code);
    }

    [SkippableFact]
    public async Task Racing_submissions_get_consecutive_revisions_never_a_duplicate_or_a_lost_one()
    {
        var task = await database.TaskIdAsync(5, 47);
        var reporter = ReportingDatabase.Reporter("水务局");
        const int racers = 8;

        var results = await Task.WhenAll(Enumerable.Range(1, racers).Select(i => Task.Run(() => SubmitAsync(reporter, Report(task, percent: i)))));

        Assert.All(results, r => Assert.Empty(r.Violations));
        Assert.Equal(Enumerable.Range(1, racers), results.Select(r => r.Value!.Revision).Order());
        await using var db = database.NewContext();
        var stored = await db.ProgressReports.Where(r => r.WorkTaskId == task).OrderBy(r => r.Revision).ToListAsync();
        Assert.Equal(Enumerable.Range(1, racers), stored.Select(r => r.Revision));
        // The revisions follow the order in which the submissions were written.
        Assert.Equal(stored.OrderBy(r => r.Id).Select(r => r.Revision), stored.Select(r => r.Revision));
        var fact = await db.ReportFacts.SingleAsync(f => f.WorkTaskId == task);
        Assert.Equal((racers, stored[^1].Id), (fact.Revisions, fact.LatestReportId));
    }
}
