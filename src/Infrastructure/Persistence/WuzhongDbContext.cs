using Microsoft.EntityFrameworkCore;
using Wuzhong.Domain.Auditing;
using Wuzhong.Domain.Goals;
using Wuzhong.Domain.Organisation;
using Wuzhong.Domain.Plans;
using Wuzhong.Domain.Reporting;
using Wuzhong.Infrastructure.Analytics;
using Wuzhong.Infrastructure.Changes;
using Wuzhong.Infrastructure.Documents;
using Wuzhong.Infrastructure.RateLimiting;

namespace Wuzhong.Infrastructure.Persistence;

/// <summary>
/// The database of plans and reports. One subclass per provider (SQLite, SQL Server, PostgreSQL) carries that
/// provider's migrations and its details: the collation that sorts names in pinyin order, how instants are stored.
/// </summary>
public abstract class WuzhongDbContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>The columns people sort by name: they use the provider's pinyin collation.</summary>
    /// <summary>The name columns sorted by pinyin (the provider's <see cref="PinyinCollation"/>).</summary>
    internal static readonly (Type Entity, string Property)[] PinyinSorted =
    [
        (typeof(Department), nameof(Department.Name)), (typeof(District), nameof(District.Name)), (typeof(Leader), nameof(Leader.Name)),
        (typeof(Plan), nameof(Plan.Title)), (typeof(Section), nameof(Section.Title)), (typeof(TaskGroup), nameof(TaskGroup.Name)),
        (typeof(Target), nameof(Target.Name)), (typeof(WorkTask), nameof(WorkTask.Text)),
    ];

    /// <summary>The provider's collation that orders Chinese text by pinyin.</summary>
    protected abstract string PinyinCollation { get; }

    /// <summary>The SQL of "the task is in its plan" (not withdrawn), for the filtered index of task numbers.</summary>
    protected virtual string TaskInPlanSql => "\"WithdrawnAt\" IS NULL";

    public DbSet<Plan> Plans => Set<Plan>();
    public DbSet<Section> Sections => Set<Section>();
    public DbSet<TaskGroup> TaskGroups => Set<TaskGroup>();
    public DbSet<WorkTask> WorkTasks => Set<WorkTask>();
    public DbSet<Target> Targets => Set<Target>();
    public DbSet<TaskDepartment> TaskDepartments => Set<TaskDepartment>();
    public DbSet<TaskDistrict> TaskDistricts => Set<TaskDistrict>();
    public DbSet<TaskLeader> TaskLeaders => Set<TaskLeader>();
    public DbSet<TaskCoverage> TaskCoverage => Set<TaskCoverage>();
    public DbSet<TargetDepartment> TargetDepartments => Set<TargetDepartment>();
    public DbSet<TargetLeader> TargetLeaders => Set<TargetLeader>();
    public DbSet<TargetDistrict> TargetDistricts => Set<TargetDistrict>();
    public DbSet<Issuer> Issuers => Set<Issuer>();
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<District> Districts => Set<District>();
    public DbSet<DistrictMembership> DistrictMemberships => Set<DistrictMembership>();
    public DbSet<Leader> Leaders => Set<Leader>();
    public DbSet<ReportPeriod> ReportPeriods => Set<ReportPeriod>();
    public DbSet<ProgressReport> ProgressReports => Set<ProgressReport>();
    public DbSet<TargetReport> TargetReports => Set<TargetReport>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<TaskProgress> TaskProgress => Set<TaskProgress>();
    public DbSet<TaskDepartmentProgress> TaskDepartmentProgress => Set<TaskDepartmentProgress>();
    public DbSet<ReportFact> ReportFacts => Set<ReportFact>();
    public DbSet<TaskPeriodProgress> TaskPeriodProgress => Set<TaskPeriodProgress>();
    public DbSet<Goal> Goals => Set<Goal>();
    public DbSet<TrustedDocument> TrustedDocuments => Set<TrustedDocument>();
    public DbSet<RateCounter> RateCounters => Set<RateCounter>();
    public DbSet<DataChange> DataChanges => Set<DataChange>();
    public DbSet<DataVersion> DataVersions => Set<DataVersion>();
    public DbSet<Reminders.ReminderDispatch> ReminderDispatches => Set<Reminders.ReminderDispatch>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(WuzhongDbContext).Assembly);
        foreach (var (entity, property) in PinyinSorted)
        {
            modelBuilder.Entity(entity).Property(property).UseCollation(PinyinCollation);
        }
        modelBuilder.Entity<WorkTask>().HasIndex(t => new { t.PlanId, t.SectionId, t.Number }).HasFilter(TaskInPlanSql);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in SQL and safe when a member is added in the middle.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
        // Figures such as 3700 个 or 1400 亿元: exact decimals, with room for fractions.
        configurationBuilder.Properties<decimal>().HavePrecision(18, 4);
    }
}
