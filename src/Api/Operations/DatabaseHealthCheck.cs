using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Wuzhong.GraphQLEngine.Execution;
using Wuzhong.Infrastructure.Persistence;

namespace Wuzhong.Api.Operations;

/// <summary>
/// Ready when the database answers, every migration is applied and a plan is loaded. A load balancer asks often and
/// must not wait on a hung database: the check answers Unhealthy after <see cref="HealthOptions.TimeoutSeconds"/>.
/// </summary>
public sealed class DatabaseHealthCheck(IServiceProvider services, IOptions<HealthOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var timeout = TimeSpan.FromSeconds(options.Value.TimeoutSeconds);
        var timedOut = HealthCheckResult.Unhealthy($"the database did not answer within {timeout.TotalSeconds:0.#} s");
        // Cancelled at the timeout too, so that the abandoned check stops as soon as the driver lets it.
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cancel.CancelAfter(timeout);
        try
        {
            var (finished, result) = await Deadline.RunAsync(services, timeout, scoped => CheckAsync(scoped.GetRequiredService<WuzhongDbContext>(), cancel.Token));
            return finished ? result : timedOut;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return timedOut;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("the database failed: " + e.GetBaseException().Message);
        }
    }

    private static async Task<HealthCheckResult> CheckAsync(WuzhongDbContext db, CancellationToken cancellationToken)
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
}
