using Microsoft.EntityFrameworkCore;
using Wuzhong.Domain.Reporting;
using Wuzhong.Infrastructure.Analytics;
using Wuzhong.Infrastructure.Reporting;
using Wuzhong.Infrastructure.Tests.Databases;

namespace Wuzhong.Infrastructure.Tests.Reporting;

public sealed class ProjectionConsistencyTestsOnSqlite() : ProjectionConsistencyTests(new SqliteReportingDatabase());

public sealed class ProjectionConsistencyTestsOnPostgreSql() : ProjectionConsistencyTests(new PostgreSqlReportingDatabase());

/// <summary>After any sequence of submissions and resubmissions, the incrementally kept projection equals a rebuild.</summary>
public abstract class ProjectionConsistencyTests : IAsyncLifetime
{
    private readonly ReportingDatabase _database;

    protected ProjectionConsistencyTests(ReportingDatabase database)
    {
        TestDatabase.SkipIfUnavailable(database.Provider);
        _database = database;
    }

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [SkippableTheory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Incremental_maintenance_and_a_rebuild_give_identical_tables(int seed)
    {
        var random = new Random(seed);
        await using var setup = _database.NewContext();
        var links = await setup.TaskDepartments.Include(l => l.Department).Select(l => new { l.WorkTaskId, l.Department!.Name }).ToListAsync();
        var statuses = new[] { TaskProgressStatus.NotStarted, TaskProgressStatus.OnTrack, TaskProgressStatus.AtRisk, TaskProgressStatus.Delayed };

        for (var i = 0; i < 150; i++)
        {
            // Jump around in time so that some reports are late and periods are reported out of order.
            var month = random.Next(1, 7);
            _database.Clock.Now = new DateTimeOffset(2023, month, random.Next(1, 29), random.Next(0, 24), 0, 0, TimeSpan.FromHours(8));
            var link = links[random.Next(links.Count)];
            await using var db = _database.NewContext();
            var completed = random.NextDouble() < 0.1;
            var result = await _database.NewService(db).SubmitProgressAsync(ReportingDatabase.Reporter(link.Name),
                new SubmitProgressReport(link.WorkTaskId, null, $"2023-{random.Next(1, month + 1):D2}",
                    new ReportSubmission(completed ? TaskProgressStatus.Completed : statuses[random.Next(statuses.Length)],
                        completed ? 100 : random.Next(0, 100), $"第{i}次报送")),
                CancellationToken.None);
            Assert.Empty(result.Violations);
        }

        var incremental = await SnapshotAsync();
        await using (var db = _database.NewContext())
        {
            await TestData.Projection(db).RebuildAsync(CancellationToken.None);
        }
        var rebuilt = await SnapshotAsync();

        Assert.NotEmpty(incremental.Facts);
        Assert.Equal(incremental.Facts, rebuilt.Facts);
        Assert.Equal(incremental.Departments, rebuilt.Departments);
        Assert.Equal(incremental.Tasks, rebuilt.Tasks);
        Assert.Equal(incremental.Periods, rebuilt.Periods);
        Assert.NotEmpty(incremental.Periods);
    }

    private async Task<(List<string> Facts, List<string> Departments, List<string> Tasks, List<string> Periods)> SnapshotAsync()
    {
        await using var db = _database.NewContext();
        return (
            (await db.ReportFacts.AsNoTracking().ToListAsync())
                .Select(f => $"{f.WorkTaskId}/{f.DepartmentId}/{f.ReportPeriodId}: {f.PeriodMonth} {f.Status} {f.ProgressPercent} #{f.LatestReportId} x{f.Revisions} {f.FirstSubmittedAt:O} {f.LastSubmittedAt:O} late={f.SubmittedLate}")
                .Order().ToList(),
            (await db.TaskDepartmentProgress.AsNoTracking().ToListAsync())
                .Select(p => $"{p.WorkTaskId}/{p.DepartmentId}: {p.LatestStatus} {p.LatestPercent} #{p.LatestReportId} {p.LastReportedPeriodId} {p.LastReportedMonth} x{p.ReportCount}")
                .Order().ToList(),
            (await db.TaskProgress.AsNoTracking().ToListAsync())
                .Select(p => $"{p.WorkTaskId}: {p.LatestStatus} {p.LatestPercent} #{p.LatestReportId} {p.LastReportedPeriodId} {p.LastReportedMonth} x{p.ReportCount} {p.FactCount}/{p.LateFactCount}")
                .Order().ToList(),
            (await db.TaskPeriodProgress.AsNoTracking().ToListAsync())
                .Select(p => $"{p.WorkTaskId}@{p.ReportPeriodId}: {p.PeriodMonth} {p.Status} {p.Percent} {p.LastReportedMonth} {p.FactCount}/{p.LateFactCount}")
                .Order().ToList());
    }
}
