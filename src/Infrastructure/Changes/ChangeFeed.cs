using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Wuzhong.Infrastructure.Persistence;

namespace Wuzhong.Infrastructure.Changes;

/// <summary>
/// This process's view of the committed changes: the last version it has taken in, and everyone here who wants to
/// hear of the next ones (the response cache, each subscription). It reads changes from the database only, in
/// version order, whatever woke it (this process's commit, a NOTIFY, a poll), so every process sees every change once
/// and in the same order, and a change is never announced before it is committed.
/// </summary>
public sealed class ChangeFeed(IServiceScopeFactory scopes, DataVersionReader versions, ChangeFeedOptions options, ILogger<ChangeFeed> logger)
{
    private readonly Lock _gate = new();
    private readonly List<Channel<DataChange>> _subscribers = [];
    private TaskCompletionSource? _requested;
    private bool _running;
    private long _known = -1;

    /// <summary>The last version taken in; -1 before <see cref="StartAsync"/>.</summary>
    public long KnownVersion => Interlocked.Read(ref _known);

    /// <summary>Raised for each change taken in, in version order, before subscribers hear of it.</summary>
    public event Action<DataChange>? Changed;

    /// <summary>Raised when changes may have been missed (a lost connection): forget whatever depends on the data.</summary>
    public event Action? Reset;

    /// <summary>
    /// Starts at the current version (the first reading takes it in without announcing anything): changes committed
    /// before this process started are not announced.
    /// </summary>
    public Task StartAsync(CancellationToken cancellationToken) => CatchUpAsync().WaitAsync(cancellationToken);

    /// <summary>
    /// Takes in every change committed before this call. Calls that arrive while a reading is under way share the
    /// next one (which starts after they arrived), so a burst of callers costs one reading, not one each.
    /// </summary>
    public Task CatchUpAsync()
    {
        lock (_gate)
        {
            if (_requested is null)
            {
                _requested = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                if (!_running)
                {
                    _running = true;
                    // The reading is the feed's, shared by whoever waits: it does not run in (or trace as) the caller's request.
                    using (ExecutionContext.SuppressFlow())
                    {
                        _ = Task.Run(ReadRequestedAsync);
                    }
                }
            }
            return _requested.Task;
        }
    }

    /// <summary>Catches up in the background, logging a failure (the next poll tries again).</summary>
    public void Poke() => CatchUpAsync().ContinueWith(
        t => logger.LogWarning(t.Exception!.GetBaseException(), "Reading the change feed failed"), TaskContinuationOptions.OnlyOnFaulted);

    /// <summary>Tells those who keep derived data that changes may have been missed (then catch up for subscribers).</summary>
    public void Invalidate() => Reset?.Invoke();

    /// <summary>A reader of the changes taken in from now on; dispose it to stop listening.</summary>
    public ChangeSubscription Subscribe()
    {
        var channel = Channel.CreateBounded<DataChange>(new BoundedChannelOptions(options.SubscriberBuffer) { SingleReader = true, SingleWriter = true });
        lock (_gate)
        {
            _subscribers.Add(channel);
        }
        return new ChangeSubscription(channel.Reader, () =>
        {
            lock (_gate)
            {
                _subscribers.Remove(channel);
            }
            channel.Writer.TryComplete();
        });
    }

    private async Task ReadRequestedAsync()
    {
        while (true)
        {
            TaskCompletionSource requested;
            lock (_gate)
            {
                if (_requested is null)
                {
                    _running = false;
                    return;
                }
                requested = _requested;
                _requested = null;
            }
            try
            {
                await ReadNewChangesAsync(CancellationToken.None);
                requested.SetResult();
            }
            catch (Exception e)
            {
                requested.SetException(e);
            }
        }
    }

    /// <summary>One reading: the version, then the rows up to it, announced in order. Only the reading loop calls it.</summary>
    private async Task ReadNewChangesAsync(CancellationToken cancellationToken)
    {
        var version = await versions.ReadAsync(cancellationToken);
        var known = KnownVersion;
        if (known < 0)
        {
            Interlocked.Exchange(ref _known, version);
            return;
        }
        if (version <= known)
        {
            return;
        }
        await using var scope = scopes.CreateAsyncScope();
        var changes = await scope.ServiceProvider.GetRequiredService<WuzhongDbContext>().DataChanges.AsNoTracking()
            .Where(c => c.Version > known && c.Version <= version).OrderBy(c => c.Version).ToListAsync(cancellationToken);
        if (changes.Count != version - known)
        {
            // Rows were deleted by hand: what they said is lost, so everything derived is dropped.
            logger.LogWarning("Changes {From} to {To} are partly missing; dropping everything derived from the data", known + 1, version);
            Reset?.Invoke();
        }
        foreach (var change in changes)
        {
            // Taken in before it is announced: an answer computed before this change sees the version move.
            Interlocked.Exchange(ref _known, change.Version);
            Publish(change);
        }
        Interlocked.Exchange(ref _known, version);
    }

    private void Publish(DataChange change)
    {
        Changed?.Invoke(change);
        Channel<DataChange>[] subscribers;
        lock (_gate)
        {
            subscribers = [.. _subscribers];
        }
        foreach (var subscriber in subscribers)
        {
            if (!subscriber.Writer.TryWrite(change))
            {
                // Never wait for a slow reader: it is told it fell behind and may subscribe again.
                subscriber.Writer.TryComplete(new ChangeFeedOverflowException());
            }
        }
    }
}
