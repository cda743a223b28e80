using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Wuzhong.Infrastructure.Persistence;

namespace Wuzhong.Api.Operations;

/// <summary>Ready when the database answers, every migration is applied and a plan is loaded.</summary>
public sealed class DatabaseHealthCheck(WuzhongDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy("the database cannot be reached");
            }
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                return HealthCheckResult.Unhealthy($"{pending.Count} migrations are not applied");
            }
            var plans = await db.Plans.CountAsync(cancellationToken);
            return plans == 0
                ? HealthCheckResult.Unhealthy("no plan is loaded")
                : HealthCheckResult.Healthy($"{plans} plans loaded", new Dictionary<string, object> { ["plans"] = plans });
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("the database failed: " + e.GetBaseException().Message);
        }
    }
}
