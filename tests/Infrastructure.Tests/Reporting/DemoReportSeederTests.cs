using Microsoft.EntityFrameworkCore;
using Wuzhong.Domain.Reporting;
using Wuzhong.Infrastructure.Analytics;
using Wuzhong.Infrastructure.Reporting;
using Wuzhong.Infrastructure.Tests.Databases;

namespace Wuzhong.Infrastructure.Tests.Reporting;

/// <summary>Demo reports are the same for the same seed, never repeat themselves, and keep the projection current.</summary>
public sealed class DemoReportSeederTests
{
    private static async Task<List<string>> SeedAsync(int seed, int through)
    {
        await using var database = new SqliteReportingDatabase();
        await database.InitializeAsync();
        await using var db = database.NewContext();
        var seeder = new DemoReportSeeder(db, TestData.Projection(db), TestData.Changes(db), database.Calendar);
        await seeder.SeedAsync(2023, through, seed, CancellationToken.None);
        Assert.Equal(0, await new DemoReportSeeder(db, TestData.Projection(db), TestData.Changes(db), database.Calendar).SeedAsync(2023, through, seed, CancellationToken.None));
        Assert.Equal(await db.ProgressReports.Select(r => r.WorkTaskId).Distinct().CountAsync(), await db.TaskProgress.CountAsync());
        var reports = await db.ProgressReports.AsNoTracking().OrderBy(r => r.Id).ToListAsync();
        await database.DisposeAsync();
        return reports.Select(r => $"{r.WorkTaskId}/{r.DepartmentId}/{r.ReportPeriodId}/{r.Revision} {r.Status} {r.ProgressPercent} {r.SubmittedAt:O} {r.IsLate}").ToList();
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_reports_and_a_second_run_adds_none()
    {
        var first = await SeedAsync(seed: 11, through: 3);
        var second = await SeedAsync(seed: 11, through: 3);
        var other = await SeedAsync(seed: 12, through: 3);

        Assert.NotEmpty(first);
        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
    }
}
