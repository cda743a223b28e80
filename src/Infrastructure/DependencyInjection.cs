using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Wuzhong.Domain.Reporting;
using Wuzhong.Infrastructure.Analytics;
using Wuzhong.Infrastructure.Auditing;
using Wuzhong.Infrastructure.Changes;
using Wuzhong.Infrastructure.Documents;
using Wuzhong.Infrastructure.Import;
using Wuzhong.Infrastructure.Persistence;
using Wuzhong.Infrastructure.RateLimiting;
using Wuzhong.Infrastructure.Reporting;

namespace Wuzhong.Infrastructure;

public static class DependencyInjection
{
    /// <summary>The database (from <c>Database:Provider</c> and <c>ConnectionStrings:Wuzhong</c>) and the importer.</summary>
    public static IHostApplicationBuilder AddInfrastructure(this IHostApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var environment = builder.Environment;

        // Each provider's context is registered; Database:Provider picks one when a context is first asked for,
        // so that hosts and tests can override configuration until then.
        string ConnectionString() => configuration.GetConnectionString(DatabaseOptions.ConnectionStringName)
            ?? (ProviderName() == DatabaseProvider.Sqlite
                ? DefaultSqliteConnectionString(configuration, environment)
                : throw new InvalidOperationException($"ConnectionStrings:{DatabaseOptions.ConnectionStringName} is required for Database:Provider {ProviderName()}"));
        string ReadProviderName() => DatabaseProvider.Supported.FirstOrDefault(p => string.Equals(p,
                (configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions()).Provider, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException(
                $"Database:Provider \"{configuration[$"{DatabaseOptions.SectionName}:Provider"]}\" is not supported; use one of: {string.Join(", ", DatabaseProvider.Supported)}");
        // Read once, when a context is first asked for: binding the configuration section on every request cost more than a small query.
        string? providerName = null;
        string ProviderName() => providerName ??= ReadProviderName();

        // Interceptors registered in the container (singletons: SQL counters in tests, tracing) see every command.
        // Contexts are pooled: building a context's options and internal services per request cost more than a
        // small query (the profile in docs/benchmarks.md), and a pooled context is reset when it is returned.
        builder.Services.AddDbContextPool<SqliteWuzhongDbContext>((services, options) =>
            SqliteWuzhongDbContext.WithPinyinCollation(Common(options.UseSqlite(ConnectionString()), services)
                // A table rebuild (SQLite cannot alter a column or add a foreign key) sets PRAGMA foreign_keys outside the
                // migration's transaction, since SQLite ignores it inside one; the copy itself is in the transaction and the
                // pragma lasts only for the connection. The warning says nothing a user can act on, at every first start.
                .ConfigureWarnings(w => w.Ignore(RelationalEventId.NonTransactionalMigrationOperationWarning))));
        builder.Services.AddDbContextPool<SqlServerWuzhongDbContext>((services, options) => Common(options.UseSqlServer(ConnectionString()), services));
        builder.Services.AddDbContextPool<PostgreSqlWuzhongDbContext>((services, options) =>
            Common(options.UseNpgsql(PostgreSqlConnectionDefaults.Apply(ConnectionString())), services));
        static DbContextOptionsBuilder Common(DbContextOptionsBuilder options, IServiceProvider services) => options
            .AddInterceptors(services.GetServices<IInterceptor>())
            // Meant: a withdrawn task's reports and links are read without it (it has left every list); what needs the task
            // reads it by id, ignoring the filter.
            .ConfigureWarnings(w => w.Ignore(CoreEventId.PossibleIncorrectRequiredNavigationWithQueryFilterInteractionWarning));
        builder.Services.AddScoped<WuzhongDbContext>(services => ProviderName() switch
        {
            DatabaseProvider.SqlServer => services.GetRequiredService<SqlServerWuzhongDbContext>(),
            DatabaseProvider.PostgreSql => services.GetRequiredService<PostgreSqlWuzhongDbContext>(),
            _ => services.GetRequiredService<SqliteWuzhongDbContext>(),
        });

        builder.Services.AddSingleton(_ => configuration.GetSection(ImportOptions.SectionName).Get<ImportOptions>() ?? new ImportOptions());
        builder.Services.AddSingleton(services => services.GetRequiredService<ImportOptions>() is var import
            ? ReferenceLibrary.Load(import.ReferenceFolder, import.ReferenceIssuer) : null!);
        builder.Services.AddSingleton(services => services.GetRequiredService<ReferenceLibrary>().Default);
        builder.Services.AddScoped<PlanImporter>();
        builder.Services.AddScoped<DatabaseInitializer>();

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(_ => configuration.GetSection(ReportingOptions.SectionName).Get<ReportingOptions>() ?? new ReportingOptions());
        builder.Services.AddSingleton(services =>
        {
            var reporting = services.GetRequiredService<ReportingOptions>();
            return new ReportingCalendar(TimeZoneInfo.FindSystemTimeZoneById(reporting.TimeZone), reporting.DueDay);
        });
        // What "overdue" means at this request's instant: read by the overdue filters (as SQL parameters) and the analytics.
        builder.Services.AddScoped(services => ReportingMoment.At(services.GetRequiredService<ReportingCalendar>(),
            services.GetRequiredService<TimeProvider>().GetUtcNow()));
        builder.Services.AddScoped<ProgressProjection>();
        builder.Services.AddScoped<AuditLog>();
        builder.Services.AddSingleton<RefusalAudit>();
        builder.Services.AddHostedService(services => services.GetRequiredService<RefusalAudit>());
        builder.Services.AddScoped<ReportingService>();
        builder.Services.AddScoped<DemoReportSeeder>();
        builder.Services.AddScoped<TaskAnalytics>();
        builder.Services.AddScoped<ReportAnalytics>();
        builder.Services.AddScoped<ComplianceReport>();
        builder.Services.AddScoped<Reminders.ReportingReminders>();
        builder.Services.AddScoped<TrustedDocuments>();
        builder.Services.AddScoped<SharedRateCounters>();
        builder.AddChangeFeed();
        return builder;
    }

    /// <summary>Every committed write is recorded and every process here hears of it (the response cache, subscriptions).</summary>
    private static void AddChangeFeed(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(_ => builder.Configuration.GetSection(ChangeFeedOptions.SectionName).Get<ChangeFeedOptions>() ?? new ChangeFeedOptions());
        builder.Services.AddSingleton<CommittedChangeSignal>();
        builder.Services.AddSingleton<IInterceptor>(services => services.GetRequiredService<CommittedChangeSignal>());
        builder.Services.AddSingleton<DataVersionReader>();
        builder.Services.AddSingleton<ChangeFeed>();
        builder.Services.AddHostedService<ChangeFeedListener>();
        builder.Services.AddScoped<ChangeRecorder>();
    }

    /// <summary>The embedded default: <c>wuzhong.db</c> in the data folder.</summary>
    private static string DefaultSqliteConnectionString(IConfiguration configuration, IHostEnvironment environment) =>
        new SqliteConnectionStringBuilder { DataSource = Path.Combine(DataFolder.Resolve(configuration, environment), "wuzhong.db") }.ToString();
}
