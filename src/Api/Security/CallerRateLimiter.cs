using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Wuzhong.GraphQLEngine.Limits;
using Wuzhong.Infrastructure.RateLimiting;

namespace Wuzhong.Api.Security;

/// <summary>
/// Requests per minute per caller (the token's subject, else the client's address), with a stricter budget for
/// mutations; a refused request gets 429 and Retry-After. The limit holds across every server process on the
/// database: each process decides at once from the last total it read plus what it admitted since, and every
/// <see cref="SecurityPolicyOptions.RateLimitSyncMilliseconds"/> adds its admissions to the shared counters
/// (<see cref="SharedRateCounters"/>) and reads the totals back. A caller can therefore exceed its limit by at most
/// what the other processes admit it within one sync interval; while the database is unavailable each process keeps
/// counting on its own and syncs when it returns.
/// </summary>
public sealed class CallerRateLimiter(IOptions<SecurityPolicyOptions> options, IServiceScopeFactory scopes, TimeProvider clock,
    ILogger<CallerRateLimiter> logger) : BackgroundService
{
    private const string Queries = "queries";
    private const string Mutations = "mutations";

    private readonly ConcurrentDictionary<(string Budget, string Caller), Window> _windows = new();
    private readonly SemaphoreSlim _syncing = new(1, 1);
    private long _forgottenBefore;

    /// <summary>One caller's minute against one budget, as this process knows it.</summary>
    private sealed class Window(long minute)
    {
        public long Minute = minute;

        /// <summary>The shared total at the last sync (this process's admissions included).</summary>
        public int Shared;

        /// <summary>Admitted here and being added to the shared counter right now.</summary>
        public int Syncing;

        /// <summary>Admitted here since the last sync began.</summary>
        public int Local;
    }

    public readonly record struct Decision(bool Allowed, TimeSpan RetryAfter);

    public Decision Acquire(HttpContext http, bool mutation)
    {
        var limit = Math.Max(1, mutation ? options.Value.MutationsPerMinute : options.Value.QueriesPerMinute);
        var now = clock.GetUtcNow();
        var minute = now.ToUnixTimeSeconds() / 60;
        var window = _windows.GetOrAdd((mutation ? Mutations : Queries, Caller(http)), _ => new Window(minute));
        lock (window)
        {
            if (window.Minute != minute)
            {
                (window.Minute, window.Shared, window.Syncing, window.Local) = (minute, 0, 0, 0);
            }
            if (window.Shared + window.Syncing + window.Local >= limit)
            {
                return new Decision(false, DateTimeOffset.FromUnixTimeSeconds((minute + 1) * 60) - now);
            }
            window.Local++;
            return new Decision(true, TimeSpan.Zero);
        }
    }

    public static string Caller(HttpContext http) =>
        http.User.Identity?.IsAuthenticated == true && http.User.FindFirst("sub")?.Value is { } subject
            ? "sub:" + subject
            : "ip:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown");

    /// <summary>Adds this process's admissions to the shared counters and reads the totals back.</summary>
    public async Task SyncAsync(CancellationToken cancellationToken)
    {
        await _syncing.WaitAsync(cancellationToken);
        try
        {
            var minute = clock.GetUtcNow().ToUnixTimeSeconds() / 60;
            var batch = new List<(string Budget, string Caller, Window Window, long Minute, int Count)>();
            foreach (var (key, window) in _windows)
            {
                lock (window)
                {
                    if (window.Local > 0)
                    {
                        batch.Add((key.Budget, key.Caller, window, window.Minute, window.Local));
                        (window.Syncing, window.Local) = (window.Local, 0);
                    }
                    else if (window.Minute < minute)
                    {
                        _windows.TryRemove(new KeyValuePair<(string, string), Window>(key, window));
                    }
                }
            }
            if (batch.Count > 0)
            {
                await AddToSharedAsync(batch, cancellationToken);
            }
            if (_forgottenBefore < minute - 1)
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<SharedRateCounters>().ForgetBeforeAsync(minute - 1, cancellationToken);
                _forgottenBefore = minute - 1;
            }
        }
        finally
        {
            _syncing.Release();
        }
    }

    private async Task AddToSharedAsync(List<(string Budget, string Caller, Window Window, long Minute, int Count)> batch, CancellationToken cancellationToken)
    {
        IReadOnlyList<int>? totals = null;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            totals = await scope.ServiceProvider.GetRequiredService<SharedRateCounters>()
                .AddAsync(batch.Select(b => (b.Budget, b.Caller, b.Minute, b.Count)).ToList(), cancellationToken);
        }
        finally
        {
            for (var i = 0; i < batch.Count; i++)
            {
                var (_, _, window, minute, count) = batch[i];
                lock (window)
                {
                    if (window.Minute == minute)
                    {
                        // Written: the total includes them. Not written: they are this process's to add next time.
                        (window.Shared, window.Syncing, window.Local) = totals is null
                            ? (window.Shared, 0, window.Local + count)
                            : (Math.Max(window.Shared, totals[i]), 0, window.Local);
                    }
                }
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(Math.Max(10, options.Value.RateLimitSyncMilliseconds)));
        var failing = false;
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await SyncAsync(stoppingToken);
                    failing = false;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    if (!failing)
                    {
                        logger.LogWarning("Rate limits are counted in this process only until the database answers again: {Message}", e.GetBaseException().Message);
                    }
                    failing = true;
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
