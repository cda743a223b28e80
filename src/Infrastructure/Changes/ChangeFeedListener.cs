using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Wuzhong.Infrastructure.Persistence;

namespace Wuzhong.Infrastructure.Changes;

/// <summary>
/// Wakes the <see cref="ChangeFeed"/> when another process commits a change. On PostgreSQL it holds a connection
/// that <c>LISTEN</c>s on <see cref="ChangeRecorder.Channel"/>; when that connection is lost, it reconnects, drops
/// everything derived from the data (notifications sent meanwhile are gone) and reads the changes it missed from the
/// table, so no subscriber misses one. On SQLite and SQL Server it reads the version every poll interval.
/// </summary>
public sealed class ChangeFeedListener(ChangeFeed feed, CommittedChangeSignal signal, IServiceScopeFactory scopes,
    ChangeFeedOptions options, ILogger<ChangeFeedListener> logger) : BackgroundService
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Starts the feed before the server takes its first request (hosted services start before the server does), so
    /// a subscription accepted at start-up hears every change committed after it. A database that does not answer in
    /// time leaves the start to the background loop, which retries.
    /// </summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await feed.StartAsync(cancellationToken).WaitAsync(StartTimeout, cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("The change feed did not start with the server ({Message}); it keeps trying", e.Message);
        }
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        signal.Committed += feed.Poke;
        try
        {
            await StartFeedAsync(stoppingToken);
            var (isPostgreSql, connectionString) = await DatabaseAsync();
            if (isPostgreSql)
            {
                await ListenAsync(connectionString, stoppingToken);
            }
            else
            {
                await PollAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            signal.Committed -= feed.Poke;
        }
    }

    /// <summary>Starts the feed if <see cref="StartAsync"/> could not, retrying until the database answers.</summary>
    private async Task StartFeedAsync(CancellationToken stoppingToken)
    {
        while (feed.KnownVersion < 0)
        {
            try
            {
                await feed.StartAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("The change feed cannot read the version yet: {Message}", e.Message);
                await Task.Delay(RetryDelay, stoppingToken);
            }
        }
    }

    private async Task<(bool IsPostgreSql, string ConnectionString)> DatabaseAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WuzhongDbContext>();
        return (db.Database.IsNpgsql(), db.Database.GetConnectionString()!);
    }

    private async Task PollAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMilliseconds(options.PollIntervalMilliseconds);
        while (true)
        {
            await Task.Delay(interval, stoppingToken);
            await CatchUpLoggingAsync();
        }
    }

    private async Task ListenAsync(string connectionString, CancellationToken stoppingToken)
    {
        // The safety net: a notification cannot be missed on a live connection, but a dead one is only found by using it.
        var check = TimeSpan.FromMilliseconds(options.PollIntervalMilliseconds * 10);
        var connected = false;
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(stoppingToken);
                connection.Notification += (_, _) => feed.Poke();
                await using (var listen = new NpgsqlCommand($"LISTEN {ChangeRecorder.Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }
                if (connected)
                {
                    logger.LogInformation("The change feed listens again; derived data is dropped and missed changes are read");
                    feed.Invalidate();
                }
                connected = true;
                await CatchUpLoggingAsync();
                while (true)
                {
                    if (!await connection.WaitAsync(check, stoppingToken))
                    {
                        await using var ping = new NpgsqlCommand("SELECT 1", connection);
                        await ping.ExecuteScalarAsync(stoppingToken);
                        await CatchUpLoggingAsync();
                    }
                }
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("The change feed lost its PostgreSQL connection: {Message}; reconnecting", e.Message);
                feed.Invalidate();
                await Task.Delay(RetryDelay, stoppingToken);
            }
        }
    }

    private async Task CatchUpLoggingAsync()
    {
        try
        {
            await feed.CatchUpAsync();
        }
        catch (Exception e)
        {
            logger.LogWarning("Reading the change feed failed: {Message}", e.Message);
        }
    }
}
