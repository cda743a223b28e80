using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Wuzhong.Infrastructure.Import;

namespace Wuzhong.Infrastructure.Persistence;

/// <summary>Brings the database to the current migration and, when it holds no plan yet, loads the bundled one.</summary>
public sealed class DatabaseInitializer(WuzhongDbContext db, PlanImporter importer, ImportOptions options, ILogger<DatabaseInitializer> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var startupLock = await DatabaseSessionLock.StartupAsync(db, cancellationToken);
        await MigrateLockedAsync(cancellationToken);
    }

    /// <summary>Migrates and, on an empty database, loads the bundled plan; one process at a time (<see cref="DatabaseSessionLock.StartupAsync"/>).</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await using var startupLock = await DatabaseSessionLock.StartupAsync(db, cancellationToken);
        await MigrateLockedAsync(cancellationToken);
        if (await db.Plans.AnyAsync(cancellationToken) || string.IsNullOrEmpty(options.BundledPlan))
        {
            return;
        }
        var report = await importer.ImportAsync(await File.ReadAllTextAsync(options.BundledPlan, cancellationToken), cancellationToken);
        logger.LogInformation("Loaded the bundled plan {Code}: {Tasks} tasks, {Targets} targets, {Corrections} corrections",
            report.PlanCode, report.TaskCount, report.TargetCount, report.Corrections.Count);
    }

    private async Task MigrateLockedAsync(CancellationToken cancellationToken)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        if (pending.Count > 0)
        {
            logger.LogInformation("Applied {Count} migrations: {Migrations}", pending.Count, string.Join(", ", pending));
        }
    }
}
