using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Wuzhong.Domain.Organisation;
using Wuzhong.Domain.Plans;
using Wuzhong.Domain.Reporting;

namespace Wuzhong.Infrastructure.Persistence;

public class WuzhongDbContext(DbContextOptions<WuzhongDbContext> options) : DbContext(options)
{
    public DbSet<Plan> Plans => Set<Plan>();
    public DbSet<Section> Sections => Set<Section>();
    public DbSet<TaskGroup> TaskGroups => Set<TaskGroup>();
    public DbSet<WorkTask> WorkTasks => Set<WorkTask>();
    public DbSet<Target> Targets => Set<Target>();
    public DbSet<TaskDepartment> TaskDepartments => Set<TaskDepartment>();
    public DbSet<TaskDistrict> TaskDistricts => Set<TaskDistrict>();
    public DbSet<TaskLeader> TaskLeaders => Set<TaskLeader>();
    public DbSet<TargetDepartment> TargetDepartments => Set<TargetDepartment>();
    public DbSet<TargetLeader> TargetLeaders => Set<TargetLeader>();
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<District> Districts => Set<District>();
    public DbSet<DistrictMembership> DistrictMemberships => Set<DistrictMembership>();
    public DbSet<Leader> Leaders => Set<Leader>();
    public DbSet<ReportPeriod> ReportPeriods => Set<ReportPeriod>();
    public DbSet<ProgressReport> ProgressReports => Set<ProgressReport>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(WuzhongDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in SQL and safe when a member is added in the middle.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);

        if (Database.IsSqlite())
        {
            // SQLite has no date-time-with-offset type; as UTC ticks the values still sort and compare in SQL.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }
}
