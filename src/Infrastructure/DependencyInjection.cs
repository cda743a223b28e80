using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Wuzhong.Domain.Reporting;
using Wuzhong.Infrastructure.Analytics;
using Wuzhong.Infrastructure.Auditing;
using Wuzhong.Infrastructure.Import;
using Wuzhong.Infrastructure.Reporting;
using Wuzhong.Infrastructure.Persistence;

namespace Wuzhong.Infrastructure;

public static class DependencyInjection
{
    /// <summary>The database (from <c>Database:Provider</c> and <c>ConnectionStrings:Wuzhong</c>) and the importer.</summary>
    public static IHostApplicationBuilder AddInfrastructure(this IHostApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var environment = builder.Environment;

        // Read when the first DbContext is made, so that hosts and tests can override configuration until then.
        builder.Services.AddDbContext<WuzhongDbContext>((services, options) =>
        {
            var database = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
            var connectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName)
                ?? DefaultSqliteConnectionString(configuration, environment);
            switch (database.Provider)
            {
                case var p when string.Equals(p, DatabaseProvider.Sqlite, StringComparison.OrdinalIgnoreCase):
                    options.UseSqlite(connectionString);
                    break;
                default:
                    throw new InvalidOperationException(
                        $"Database:Provider \"{database.Provider}\" is not supported; use one of: {string.Join(", ", DatabaseProvider.Supported)}");
            }
            // Interceptors registered in the container (SQL counters in tests, tracing) see every command.
            options.AddInterceptors(services.GetServices<IInterceptor>());
        });

        builder.Services.AddSingleton(_ => configuration.GetSection(ImportOptions.SectionName).Get<ImportOptions>() ?? new ImportOptions());
        builder.Services.AddSingleton(services => ReferenceData.Load(services.GetRequiredService<ImportOptions>().ReferenceFolder));
        builder.Services.AddScoped<PlanImporter>();
        builder.Services.AddScoped<DatabaseInitializer>();

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(_ => configuration.GetSection(ReportingOptions.SectionName).Get<ReportingOptions>() ?? new ReportingOptions());
        builder.Services.AddSingleton(services =>
        {
            var reporting = services.GetRequiredService<ReportingOptions>();
            return new ReportingCalendar(TimeZoneInfo.FindSystemTimeZoneById(reporting.TimeZone), reporting.DueDay);
        });
        builder.Services.AddScoped<ProgressProjection>();
        builder.Services.AddScoped<AuditLog>();
        builder.Services.AddScoped<ReportingService>();
        builder.Services.AddScoped<DemoReportSeeder>();
        return builder;
    }

    /// <summary>The embedded default: <c>wuzhong.db</c> in the data folder.</summary>
    private static string DefaultSqliteConnectionString(IConfiguration configuration, IHostEnvironment environment) =>
        new SqliteConnectionStringBuilder { DataSource = Path.Combine(DataFolder.Resolve(configuration, environment), "wuzhong.db") }.ToString();
}
