using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Wuzhong.Infrastructure.Changes;
using Wuzhong.Infrastructure.Persistence;

namespace Wuzhong.Api.GraphQL.Subscriptions;

/// <summary>
/// The event stream of a subscription field: for each change the field cares about, the entities it names, read
/// after the change committed, in a scope of their own, and kept when they match the subscriber's filter (built
/// anew for each event, so that "overdue" means overdue at the event).
/// </summary>
/// <param name="concerns">The entities a change names, or null when the change is not this field's.</param>
/// <param name="filterOf">The subscriber's filter in an event's scope; null for none.</param>
public sealed class ChangeStream<T>(ChangeFeed feed, IServiceScopeFactory scopes, Func<DataChange, Expression<Func<T, bool>>?> concerns,
    Func<IServiceProvider, Expression<Func<T, bool>>?> filterOf, ILogger logger) : IObservable<T>
    where T : class
{
    public IDisposable Subscribe(IObserver<T> observer)
    {
        // Listening starts now, before the first read: no change committed after subscribing is missed.
        var subscription = feed.Subscribe();
        var stop = new CancellationTokenSource();
        _ = Task.Run(() => ForwardAsync(subscription, observer, stop.Token));
        return new Unsubscriber(() =>
        {
            stop.Cancel();
            subscription.Dispose();
        });
    }

    private async Task ForwardAsync(ChangeSubscription subscription, IObserver<T> observer, CancellationToken stop)
    {
        try
        {
            await foreach (var change in subscription.Reader.ReadAllAsync(stop))
            {
                if (concerns(change) is not { } named)
                {
                    continue;
                }
                await using var scope = scopes.CreateAsyncScope();
                var query = scope.ServiceProvider.GetRequiredService<WuzhongDbContext>().Set<T>().AsNoTracking().Where(named);
                if (filterOf(scope.ServiceProvider) is { } filter)
                {
                    query = query.Where(filter);
                }
                foreach (var item in await query.ToListAsync(stop))
                {
                    observer.OnNext(item);
                }
            }
            observer.OnCompleted();
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            logger.LogWarning("A subscription's event stream ended: {Message}", e.Message);
            observer.OnError(e);
        }
    }

    private sealed class Unsubscriber(Action dispose) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                dispose();
            }
        }
    }
}
