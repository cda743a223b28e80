using System.Security.Cryptography;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Primitives;
using Wuzhong.Domain.Reporting;
using Wuzhong.Infrastructure.Changes;

namespace Wuzhong.Api.Caching;

/// <summary>
/// Answers of queries, kept in this process's memory and never served stale (decision 6). Each answer depends on some of
/// <see cref="CacheDependency"/>; the <see cref="ChangeFeed"/> drops the answers a change can affect (<see cref="Take"/>)
/// the moment this process takes the change in, whichever process committed it. Before an answer is served, the feed catches up with
/// every change committed until then (one version read shared by the requests that arrive meanwhile): a write
/// acknowledged by any process is never followed by an answer from before it. Answers also lapse at the district's
/// midnight, when "overdue" can change with no write at all.
/// </summary>
public sealed class ResponseCache : IDisposable
{
    private static readonly CacheDependency[] Dependencies = [CacheDependency.Plan, CacheDependency.ProgressReports, CacheDependency.TargetReports];

    private readonly MemoryCache _entries;
    private readonly ChangeFeed _feed;
    private readonly ReportingCalendar _calendar;
    private readonly TimeProvider _clock;
    private readonly ResponseCacheOptions _options;
    private readonly Lock _gate = new();
    private bool _disposed;
    private readonly CancellationTokenSource[] _sources = Dependencies.Select(_ => new CancellationTokenSource()).ToArray();

    public ResponseCache(ChangeFeed feed, ReportingCalendar calendar, TimeProvider clock, ResponseCacheOptions options)
    {
        _feed = feed;
        _calendar = calendar;
        _clock = clock;
        _options = options;
        _entries = new MemoryCache(new MemoryCacheOptions { SizeLimit = (long)options.SizeLimitMegabytes * 1024 * 1024, CompactionPercentage = 0.25 });
    }

    public bool Enabled => _options.Enabled;

    /// <summary>
    /// The kept answer, once every change committed before this call has been taken in (null when there is none), and
    /// the ticket under which to keep a new answer. Only a kept answer waits for the committed version: a request that
    /// will run reads the database itself, and its ticket is stamped with the version taken in so far (if that lags, the
    /// answer is at worst dropped once more when the lagging change is taken in). When the database cannot say what
    /// changed in time, the request is told so at once; when it refuses, the request runs and meets it itself.
    /// </summary>
    /// <param name="fresh">The client asked for a fresh answer (<c>Cache-Control: no-cache</c>): none is served, the new one is kept.</param>
    /// <param name="timeout">How long the database may take to say what changed; past it, <see cref="CacheLookup.Unavailable"/>.</param>
    public async Task<CacheLookup> LookupAsync(string key, CacheDependency dependency, bool fresh, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (fresh || !_entries.TryGetValue(key, out _))
        {
            return new CacheLookup(null, new CacheTicket(key, dependency, _feed.KnownVersion), Unavailable: false);
        }
        try
        {
            await _feed.CatchUpAsync().WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            // A database that hangs would hang the request too: it is answered unavailable now, not after a second wait.
            return new CacheLookup(null, new CacheTicket(key, dependency, -1), Unavailable: true);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A database that refuses is met by the request itself, which reports where it failed; nothing is kept.
            return new CacheLookup(null, new CacheTicket(key, dependency, -1), Unavailable: false);
        }
        var ticket = new CacheTicket(key, dependency, _feed.KnownVersion);
        var hit = _entries.TryGetValue(key, out CachedResponse? response) && response!.ValidUntil > _clock.GetUtcNow() ? response : null;
        return new CacheLookup(hit, ticket, Unavailable: false);
    }

    /// <summary>Keeps an answer unless a change was taken in while it ran (it may predate that change).</summary>
    public CachedResponse Store(CacheTicket ticket, byte[] body, string mediaType)
    {
        var response = new CachedResponse(body, mediaType, ETagOf(body), NextMidnight());
        if (body.Length > _options.MaxEntryKilobytes * 1024)
        {
            return response;
        }
        // The tokens are taken before the version is compared: a change taken in after this still drops the entry.
        var tokens = TokensOf(ticket.Dependency);
        if (_feed.KnownVersion != ticket.Version || ticket.Version < 0)
        {
            return response;
        }
        var entry = new MemoryCacheEntryOptions { Size = body.Length + ticket.Key.Length * 2 };
        foreach (var token in tokens)
        {
            entry.ExpirationTokens.Add(new CancellationChangeToken(token));
        }
        _entries.Set(ticket.Key, response, entry);
        return response;
    }

    public static string ETagOf(byte[] body) => "\"" + Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 16)) + "\"";

    private List<CancellationToken> TokensOf(CacheDependency dependency)
    {
        lock (_gate)
        {
            return [.. Dependencies.Select((d, i) => (d, i)).Where(p => dependency.HasFlag(p.d)).Select(p => _sources[p.i].Token)];
        }
    }

    /// <summary>Drops the answers a change can affect (the feed calls it for every change it takes in: see DependencyInjection).</summary>
    public void Take(DataChange change) => Drop(CacheDependencies.AffectedBy(change.Kind));

    /// <summary>Drops every answer (the feed lost its place and cannot say what changed).</summary>
    public void DropAll() => Drop(CacheDependency.All);

    private void Drop(CacheDependency affected)
    {
        var dropped = new List<CancellationTokenSource>();
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }
            for (var i = 0; i < Dependencies.Length; i++)
            {
                if (affected.HasFlag(Dependencies[i]))
                {
                    dropped.Add(_sources[i]);
                    _sources[i] = new CancellationTokenSource();
                }
            }
        }
        // Not disposed: an answer being stored may still register on a token of a source just cancelled.
        foreach (var source in dropped)
        {
            source.Cancel();
        }
    }

    /// <summary>The next midnight in the district: "overdue" and "this month" change only there.</summary>
    private DateTimeOffset NextMidnight()
    {
        var local = TimeZoneInfo.ConvertTime(_clock.GetUtcNow(), _calendar.TimeZone);
        var midnight = local.Date.AddDays(1);
        return new DateTimeOffset(midnight, _calendar.TimeZone.GetUtcOffset(midnight));
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
        }
        _entries.Dispose();
        foreach (var source in _sources)
        {
            source.Dispose();
        }
    }
}
