using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Wuzhong.Domain.Reporting;
using Wuzhong.Infrastructure.Analytics;
using Wuzhong.Infrastructure.Auditing;
using Wuzhong.Infrastructure.Import;
using Wuzhong.Infrastructure.Persistence;
using Wuzhong.Infrastructure.Reporting;

namespace Wuzhong.Infrastructure.Tests.Reporting;

/// <summary>A SQLite file with the 2023 plan, so that several connections can write to it at once as servers do.</summary>
public sealed class ReportingDatabase : IAsyncLifetime
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"wuzhong-reporting-{Guid.NewGuid():N}.db");

    public ReportingCalendar Calendar { get; } = ReportingCalendar.ForDistrict();

    /// <summary>20 March 2023, 10:00 in Shanghai: March is open and not yet due.</summary>
    public FakeClock Clock { get; } = new(new DateTimeOffset(2023, 3, 20, 10, 0, 0, TimeSpan.FromHours(8)));

    public WuzhongDbContext NewContext() =>
        new(new DbContextOptionsBuilder<WuzhongDbContext>().UseSqlite($"Data Source={_path};Default Timeout=30").Options);

    public ReportingService NewService(WuzhongDbContext db) =>
        new(db, new ProgressProjection(db), new AuditLog(db, Clock), Calendar, new ReportingOptions(), Clock);

    public async Task InitializeAsync()
    {
        await using var db = NewContext();
        await db.Database.MigrateAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        await new PlanImporter(db, TestData.Reference, Calendar).ImportAsync(TestData.Plan2023);
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
        return Task.CompletedTask;
    }

    public async Task<int> TaskIdAsync(int sectionOrdinal, int number)
    {
        await using var db = NewContext();
        return await db.WorkTasks.Where(t => t.Section!.Ordinal == sectionOrdinal && t.Number == number).Select(t => t.Id).SingleAsync();
    }

    public async Task<int> DepartmentIdAsync(string name)
    {
        await using var db = NewContext();
        return await db.Departments.Where(d => d.Name == name).Select(d => d.Id).SingleAsync();
    }

    public static Actor Reporter(params string[] departments) => new("reporter-test", new HashSet<string> { Role.Reporter }, departments);

    public static Actor Supervisor { get; } = new("supervisor-test", new HashSet<string> { Role.Supervisor }, []);
}
