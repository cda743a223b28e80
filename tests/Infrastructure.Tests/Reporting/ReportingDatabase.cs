using Microsoft.EntityFrameworkCore;
using Wuzhong.Domain.Access;
using Wuzhong.Domain.Reporting;
using Wuzhong.Infrastructure.Analytics;
using Wuzhong.Infrastructure.Auditing;
using Wuzhong.Infrastructure.Import;
using Wuzhong.Infrastructure.Persistence;
using Wuzhong.Infrastructure.Reporting;
using Wuzhong.Infrastructure.Tests.Databases;

namespace Wuzhong.Infrastructure.Tests.Reporting;

public sealed class SqliteReportingDatabase() : ReportingDatabase(TestProvider.Sqlite);

public sealed class PostgreSqlReportingDatabase() : ReportingDatabase(TestProvider.PostgreSql);

/// <summary>A database with the 2023 plan that several connections write to at once, as servers do.</summary>
public abstract class ReportingDatabase(TestProvider provider) : IAsyncLifetime
{
    private TestDatabase? _database;

    public TestProvider Provider { get; } = provider;

    public ReportingCalendar Calendar { get; } = ReportingCalendar.ForDistrict();

    /// <summary>20 March 2023, 10:00 in Shanghai: March is open and not yet due.</summary>
    public FakeClock Clock { get; } = new(new DateTimeOffset(2023, 3, 20, 10, 0, 0, TimeSpan.FromHours(8)));

    public WuzhongDbContext NewContext() => (_database ?? throw new InvalidOperationException("the database could not be had")).NewContext();

    public ReportingService NewService(WuzhongDbContext db) =>
        new(db, TestData.Projection(db), new AuditLog(db, Clock), TestData.Changes(db), Calendar, new ReportingOptions(), Clock);

    public async Task InitializeAsync()
    {
        // Where the provider cannot be had, the tests skip themselves; the fixture must not fail them first.
        if (Provider == TestProvider.PostgreSql && PostgresServer.UnavailableReason is not null)
        {
            return;
        }
        _database = new TestDatabase(Provider);
        await _database.MigrateAsync();
        await using var db = NewContext();
        await new PlanImporter(db, ReferenceLibrary.Of(TestData.Reference), TestData.Changes(db), Calendar).ImportAsync(TestData.Plan2023);
    }

    public Task DisposeAsync()
    {
        _database?.Dispose();
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
