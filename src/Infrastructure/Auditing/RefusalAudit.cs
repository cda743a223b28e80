using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Wuzhong.Domain.Access;
using Wuzhong.Domain.Auditing;
using Wuzhong.Infrastructure.Persistence;
using Wuzhong.Infrastructure.Persistence.Configurations;

namespace Wuzhong.Infrastructure.Auditing;

/// <summary>
/// Writes refused mutations to the audit log, off the request path: a refusal is answered at once (a flood of refused
/// requests must not turn into a flood of synchronous writes), and identical refusals in one flush interval (same
/// caller, action, reason and input) become one entry with their count ("refused: 429 RATE_LIMITED ×37"); refusals
/// that asked for different things stay apart, each with its own input. Flushed every
/// second and when the server stops; held (bounded) while the database is unavailable and written when it returns.
/// </summary>
public sealed class RefusalAudit(IServiceScopeFactory scopes, TimeProvider clock, ILogger<RefusalAudit> logger) : BackgroundService
{
    /// <summary>Distinct refusals held between flushes; past it, refusals are counted under one "(others)" entry.</summary>
    public const int MaxPending = 10_000;

    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    /// <summary>Room for " ×2147483647".</summary>
    private const int CountSuffixLength = 12;
    private readonly ConcurrentDictionary<(string Actor, string Roles, string Action, string Reason, string Input), Pending> _pending = new();
    private readonly SemaphoreSlim _flushing = new(1, 1);

    private sealed class Pending(DateTimeOffset at, string input)
    {
        public DateTimeOffset At { get; } = at;
        public string Input { get; } = input;
        public int Count;
    }

    /// <remarks>
    /// What a refused request says is the sender's to choose (hundreds of root fields, a long subject): each part is cut
    /// to its column here, so that no entry can be refused by the database and hold up the others.
    /// </remarks>
    public void Record(RefusedMutation refusal)
    {
        var input = AuditText.Clip(refusal.Input, AuditEntryConfiguration.MaxInputLength);
        var key = (AuditText.Clip(refusal.Actor, AuditEntryConfiguration.MaxActorLength), AuditText.Clip(refusal.Roles, AuditEntryConfiguration.MaxRolesLength),
            AuditText.Clip(refusal.Action, AuditEntryConfiguration.MaxActionLength), AuditText.Clip(refusal.Reason, AuditEntryConfiguration.MaxOutcomeLength - CountSuffixLength), input);
        if (_pending.Count >= MaxPending && !_pending.ContainsKey(key))
        {
            key = ("(others)", "", "(several)", AuditOutcome.RefusedPrefix + "more distinct refusals than the audit holds between flushes", "");
        }
        var pending = _pending.GetOrAdd(key, _ => new Pending(clock.GetUtcNow(), key.Item5));
        Interlocked.Increment(ref pending.Count);
    }

    /// <summary>Writes what is pending in one transaction; what cannot be written (database unavailable) stays pending.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await _flushing.WaitAsync(cancellationToken);
        try
        {
            var taken = new List<((string Actor, string Roles, string Action, string Reason, string Input) Key, Pending Pending)>();
            foreach (var key in _pending.Keys)
            {
                if (_pending.TryRemove(key, out var pending))
                {
                    taken.Add((key, pending));
                }
            }
            if (taken.Count == 0)
            {
                return;
            }
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<WuzhongDbContext>();
                db.AuditEntries.AddRange(taken.Select(t => new AuditEntry
                {
                    At = t.Pending.At,
                    Actor = t.Key.Actor,
                    Roles = t.Key.Roles,
                    Action = t.Key.Action,
                    Input = t.Pending.Input,
                    Outcome = AuditOutcome.WithCount(t.Key.Reason, t.Pending.Count),
                }));
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (Exception e) when (DatabaseFaults.IsUnavailable(e))
            {
                // Put them back (merged with refusals recorded meanwhile) for the next flush.
                foreach (var (key, pending) in taken)
                {
                    var kept = _pending.GetOrAdd(key, pending);
                    if (!ReferenceEquals(kept, pending))
                    {
                        Interlocked.Add(ref kept.Count, pending.Count);
                    }
                }
                logger.LogWarning("{Count} refused mutations could not be written to the audit log yet: {Message}", taken.Count, e.GetBaseException().Message);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Not the database's absence: trying again would fail again and hold up every later refusal.
                logger.LogError(e, "{Count} refused mutations could not be written to the audit log and are dropped", taken.Count);
            }
        }
        finally
        {
            _flushing.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await FlushAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await FlushAsync(cancellationToken);
    }
}
