using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Wuzhong.Api.Security;

/// <summary>
/// Requests per minute per caller (the token's subject, else the client's address), with a stricter budget for
/// mutations. A refused request gets 429 and Retry-After.
/// </summary>
public sealed class CallerRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _queries;
    private readonly PartitionedRateLimiter<string> _mutations;

    public CallerRateLimiter(IOptions<SecurityOptions> options)
    {
        _queries = PerMinute(options.Value.QueriesPerMinute);
        _mutations = PerMinute(options.Value.MutationsPerMinute);
    }

    public RateLimitLease Acquire(HttpContext http, bool mutation) => (mutation ? _mutations : _queries).AttemptAcquire(Caller(http));

    public static string Caller(HttpContext http) =>
        http.User.Identity?.IsAuthenticated == true && http.User.FindFirst("sub")?.Value is { } subject
            ? "sub:" + subject
            : "ip:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown");

    private static PartitionedRateLimiter<string> PerMinute(int permits) =>
        PartitionedRateLimiter.Create<string, string>(caller => RateLimitPartition.GetFixedWindowLimiter(caller, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, permits),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    public void Dispose()
    {
        _queries.Dispose();
        _mutations.Dispose();
    }
}
